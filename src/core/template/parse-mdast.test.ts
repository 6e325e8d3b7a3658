import { describe, expect, it } from 'vitest';
import { parseMdast } from './parse-mdast';

describe('parseMdast', () => {
  it('reads GFM and frontmatter, with positions', () => {
    const root = parseMdast('---\na: 1\n---\n\n| a |\n|---|\n| 1 |\n\n- [x] done\n');
    expect(root.children.map((n) => n.type)).toEqual(['yaml', 'table', 'list']);
    expect(root.children[1]!.position?.start.line).toBe(5);
    expect(parseMdast('---\n\ntext', { frontmatter: false }).children[0]!.type).toBe('thematicBreak');
  });

  it('never throws: where the GFM task-list step asserts, it falls back to CommonMark', () => {
    for (const text of ['*\n[ ] a', '10)\n[x] done', '-\n[x] done']) {
      const root = parseMdast(text);
      expect(root.children.length).toBeGreaterThan(0);
    }
  });
});
