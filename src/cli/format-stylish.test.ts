import { describe, expect, it } from 'vitest';
import { broken, clean, unreadable } from './__fixtures__/file-results';
import { formatStylish } from './format-stylish';

describe('formatStylish', () => {
  it('lists each file with findings, its template, and aligned lines', () => {
    expect(formatStylish([clean, broken, unreadable])).toBe(
      [
        '',
        'specs/broken, 1.md  (template: speckit)',
        '   0:0  warning  not-in-document   "Success Criteria" is mandatory in the template, but not in this document.',
        '  12:5  error    placeholder-left  FR-002 still has the placeholder [NEEDS: 100%]\nand more.',
        '',
        'specs/locked.md',
        '  0:0  error    file-unreadable  The file cannot be read: permission denied.',
        '',
        '✖ 3 problems (2 errors, 1 warning) in 3 files',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatStylish([clean])).toBe('\n✔ 1 file checked, no problems\n');
    expect(formatStylish([])).toBe('\n✔ 0 files checked, no problems\n');
  });
});
