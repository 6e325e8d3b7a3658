import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from './read-frontmatter';
import { readYamlScalar, writeYamlScalar } from './yaml-scalar';

describe('frontmatter scalars', () => {
  it('write plain where YAML reads the text back unchanged, quoted otherwise', () => {
    const cases: [string, string][] = [
      ['draft', 'draft'],
      ['2026-11-21', '2026-11-21'],
      ['4 days', '4 days'],
      ['user-onboarding-friction', 'user-onboarding-friction'],
      ['', '""'],
      [' padded', '" padded"'],
      ['yes', '"yes"'],
      ['1.10', '"1.10"'],
      ['a: b', '"a: b"'],
      ['a #b', '"a #b"'],
      ['#tag', '"#tag"'],
      ['- item', '"- item"'],
      ['two\nlines', '"two\\nlines"'],
      ['say "hi"', 'say "hi"'],
      ['"quoted"', '"\\"quoted\\""'],
    ];
    for (const [value, written] of cases) expect(writeYamlScalar(value), value).toBe(written);
  });

  it('read back whatever they write, as a frontmatter line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        expect(readYamlScalar(writeYamlScalar(value))).toBe(value);
        expect(readFrontmatter(['---', `key: ${writeYamlScalar(value)}`, '---'])?.values.key).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('read the single-quoted and commented values templates use', () => {
    expect(readYamlScalar("'it''s'")).toBe("it's");
    expect(readFrontmatter(['---', 'status: draft          # draft | approved', 'owner: ""             # team | product', '---'])?.values).toEqual({ status: 'draft', owner: '' });
  });
});
