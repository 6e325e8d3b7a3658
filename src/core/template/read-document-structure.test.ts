import { describe, expect, it } from 'vitest';
import { readDocumentStructure } from './read-document-structure';

describe('readDocumentStructure', () => {
  it('reads ATX and setext headings with their lines, and no `#` line in code', () => {
    const markdown = '# One #\n\n~~~\n# two\n~~~\n\n    # indented code\n\nThree *(optional)*\n---\n\n> ## quoted\n';
    expect(readDocumentStructure(markdown).headings).toEqual([
      { level: 1, text: 'One', line: 1, endLine: 1 },
      { level: 2, text: 'Three *(optional)*', line: 9, endLine: 10 },
    ]);
  });

  it('reads frontmatter keys in order, not nested ones', () => {
    const { frontmatterKeys, hasPreamble } = readDocumentStructure('---\nstatus: done # or draft\nowners:\n  lead: a\ndate: 2026-01-01\n---\n\n## A\n');
    expect(frontmatterKeys).toEqual(['status', 'owners', 'date']);
    expect(hasPreamble).toBe(false);
  });

  it('reads bold labels either way round, and plain labels only in lists', () => {
    const markdown = '**Status**: Draft\n\n**Created:** today\n\n**Not a label** here\n\n- Start Date: 2026-01-01\n- just an item\n\nPlain: not in a list\n';
    const { labels, hasPreamble } = readDocumentStructure(markdown);
    expect(labels).toEqual(['Status', 'Created', 'Start Date']);
    expect(hasPreamble).toBe(true);
  });
});
