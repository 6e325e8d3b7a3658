import { describe, expect, it } from 'vitest';
import { capFileName, MAX_FILE_NAME_LENGTH } from './cap-file-name';

describe('capFileName', () => {
  it('leaves an ordinary name alone', () => {
    expect(capFileName('specwright-draft-abc.json')).toBe('specwright-draft-abc.json');
  });

  it('cuts a long name to 100 characters and keeps its extension', () => {
    const name = capFileName(`specwright-draft-${'x'.repeat(347)}.json`);
    expect(name).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('.json')).toBe(true);
    expect(name.startsWith('specwright-draft-xxx')).toBe(true);
  });

  it('never splits a character made of two code units', () => {
    const name = capFileName(`${'😀'.repeat(80)}.md`);
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('.md')).toBe(true);
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('replaces separators, controls and direction controls', () => {
    expect(capFileName('a/b\\c:\u0000\u202Egpj.exe.md')).toBe('a-b-c-gpj.exe.md');
  });

  it('gives an empty name a usable one', () => {
    expect(capFileName('')).toBe('download');
  });
});
