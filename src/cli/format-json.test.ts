import { describe, expect, it } from 'vitest';
import { broken, clean, unreadable } from './__fixtures__/file-results';
import { CHECK_REPORT_KIND, formatJson } from './format-json';

describe('formatJson', () => {
  it('writes a report with a kind and a version, and each file with its counts', () => {
    const report = JSON.parse(formatJson([clean, broken, unreadable]));
    expect(report).toMatchObject({ kind: CHECK_REPORT_KIND, version: 1, errorCount: 2, warningCount: 1 });
    expect(report.files).toEqual([
      { filePath: 'specs/clean.md', template: 'speckit', messages: [], errorCount: 0, warningCount: 0, unreadable: false },
      { filePath: 'specs/broken, 1.md', template: 'speckit', messages: broken.messages, errorCount: 1, warningCount: 1, unreadable: false },
      { filePath: 'specs/locked.md', template: null, messages: unreadable.messages, errorCount: 1, warningCount: 0, unreadable: true },
    ]);
  });
});
