import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from './parse-frontmatter';
import type { Problem } from './schema';

describe('parseFrontmatter', () => {
  it('reads typed fields, keeps # inside quotes, and finds where the body starts', () => {
    const problems: Problem[] = [];
    const lines = ['---', 'status: draft   # draft | done', 'title: "C# in # quotes"  # the title', 'tags:', '  - a', '---', '# Body'];
    const result = parseFrontmatter(lines, problems);
    expect(problems).toEqual([]);
    expect(result?.bodyStart).toBe(6);
    expect(result?.fields.map((f) => [f.key, f.type, f.templateValue, f.help])).toEqual([
      ['status', 'enum', 'draft', 'draft | done'],
      ['title', 'text', '"C# in # quotes"', 'the title'],
      ['tags', 'text', '\n  - a', undefined],
    ]);
    expect(result?.fields[1]?.defaultValue).toBe('C# in # quotes');
  });

  it('returns null without frontmatter, and reports an unclosed one at line 1', () => {
    expect(parseFrontmatter(['# Title'], [])).toBeNull();
    const problems: Problem[] = [];
    expect(parseFrontmatter(['---', 'status: draft', '# Title'], problems)).toBeNull();
    expect(problems).toMatchObject([{ severity: 'error', code: 'frontmatter-unclosed', line: 1 }]);
  });

  it('refuses `__proto__`, `constructor` and `prototype` keys with an error on their line, and leaves them out', () => {
    const problems: Problem[] = [];
    const lines = ['---', '__proto__: x', '  - under it', 'owner: y', 'constructor:', 'prototype: z', 'toString: t', '---'];
    const result = parseFrontmatter(lines, problems);
    expect(result?.fields.map((f) => [f.key, f.templateValue])).toEqual([
      ['owner', 'y'],
      ['toString', 't'],
    ]);
    expect(problems).toMatchObject([
      { severity: 'error', code: 'frontmatter-reserved-key', line: 2 },
      { severity: 'error', code: 'frontmatter-reserved-key', line: 5 },
      { severity: 'error', code: 'frontmatter-reserved-key', line: 6 },
    ]);
    expect(problems[0]?.message).toBe('The frontmatter key `__proto__` on line 2 is reserved (JavaScript gives it a meaning of its own): rename it.');
  });
});
