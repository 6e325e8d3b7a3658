import { describe, expect, it } from 'vitest';
import type { FileResult } from './check-message';
import { broken, clean, unreadable } from './__fixtures__/file-results';
import { exitCode } from './exit-code';

const warningsOnly: FileResult = { ...broken, messages: broken.messages.filter((m) => m.severity === 'warning') };
const twoWarnings: FileResult = { ...warningsOnly, messages: [...warningsOnly.messages, ...warningsOnly.messages] };

describe('exitCode', () => {
  it('is 0 when clean or only warnings', () => {
    expect(exitCode([])).toBe(0);
    expect(exitCode([clean])).toBe(0);
    expect(exitCode([clean, twoWarnings])).toBe(0);
  });

  it('is 1 when an error remains', () => {
    expect(exitCode([clean, broken])).toBe(1);
    expect(exitCode([broken], 10)).toBe(1);
  });

  it('is 1 when there are more warnings than --max-warnings allows, and not at the limit', () => {
    expect(exitCode([twoWarnings], 2)).toBe(0);
    expect(exitCode([twoWarnings], 1)).toBe(1);
    expect(exitCode([twoWarnings], 0)).toBe(1);
  });

  it('is 2 when a file could not be read, whatever else', () => {
    expect(exitCode([clean, unreadable])).toBe(2);
    expect(exitCode([broken, unreadable], 0)).toBe(2);
  });
});
