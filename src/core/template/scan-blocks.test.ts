import { describe, expect, it } from 'vitest';
import { scanBlocks, splitLines } from './scan-blocks';

const scan = (text: string) => scanBlocks(splitLines(text));

describe('scanBlocks', () => {
  it('numbers tokens by source line and keeps fenced # lines as code', () => {
    const tokens = scan('# Title\n\nIntro text\n\n```python\n# not a heading\n```\n## Next');
    expect(tokens.map((t) => [t.type, t.line])).toEqual([
      ['heading', 1],
      ['paragraph', 3],
      ['code', 5],
      ['heading', 8],
    ]);
    expect(tokens[2]).toMatchObject({ lang: 'python', code: '# not a heading', closed: true });
  });

  it('reads a multi-line comment, a table with alignment and escaped pipes, and a rule', () => {
    const tokens = scan('<!--\n  guidance\n-->\n| A | B |\n|:--|--:|\n| `a|b` | c \\| d |\n\n---');
    expect(tokens.map((t) => t.type)).toEqual(['comment', 'table', 'rule']);
    expect(tokens[1]).toMatchObject({ header: ['A', 'B'], align: ['left', 'right'], rows: [['`a|b`', 'c \\| d']] });
  });

  it('keeps list items with their continuation lines and blank-separated items in one list', () => {
    const tokens = scan('- one\n  more of one\n\n- two\n  - nested\n\nAfter');
    expect(tokens.map((t) => t.type)).toEqual(['list', 'paragraph']);
    expect(tokens[0]).toMatchObject({ ordered: false, items: ['one\nmore of one', 'two\n- nested'] });
  });

  it('reads setext headings and a --- under text as a heading', () => {
    expect(scan('Title\n=====\nSub\n---').map((t) => (t.type === 'heading' ? [t.level, t.text] : t.type))).toEqual([
      [1, 'Title'],
      [2, 'Sub'],
    ]);
  });

  it('splits lines on CRLF and drops a BOM', () => {
    expect(splitLines('\uFEFFa\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
  });
});
