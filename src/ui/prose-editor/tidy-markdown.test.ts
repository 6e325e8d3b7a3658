import { describe, expect, it } from 'vitest';
import { tidyMarkdown } from './tidy-markdown';

// What @tiptap/markdown writes, and what we store instead. The round trip
// through a real editor is in markdown-round-trip.test.ts.
describe('tidyMarkdown', () => {
  it('unescapes bracket pairs that cannot become links', () => {
    expect(tidyMarkdown('Use \\[NEEDS CLARIFICATION: x\\] and \\[Brief Title\\].')).toBe('Use [NEEDS CLARIFICATION: x] and [Brief Title].');
    expect(tidyMarkdown('\\[a \\[b\\] c\\]')).toBe('[a [b] c]');
    expect(tidyMarkdown('> \\[!NOTE\\]')).toBe('> [!NOTE]');
    expect(tidyMarkdown('Term: \\[see\\]: more')).toBe('Term: [see]: more');
  });

  it('keeps escapes where plain brackets would mean something', () => {
    for (const kept of ['\\[a\\](b)', '\\[a\\]\\[b\\]', '\\[a\\]: b', '- \\[ \\] text', '1. \\[x\\] text', '\\[^1\\]', '[\\[x\\]](https://e.com)', 'one \\[ unpaired', 'a\\]']) {
      expect(tidyMarkdown(kept), kept).toBe(kept);
    }
  });

  it('unescapes intraword underscores only', () => {
    expect(tidyMarkdown('snake\\_case\\_name and TODO(SECRET\\_TOOL)')).toBe('snake_case_name and TODO(SECRET_TOOL)');
    expect(tidyMarkdown('\\_lead and trail\\_ and \\_\\_init\\_\\_')).toBe('\\_lead and trail\\_ and \\_\\_init\\_\\_');
  });

  it('turns entities back into characters where GFM reads them as text', () => {
    expect(tidyMarkdown('R&amp;D, a -&gt; b, x &lt; 5, x &lt;= 5')).toBe('R&D, a -> b, x < 5, x <= 5');
    expect(tidyMarkdown('install &lt;package&gt; first')).toBe('install <package> first');
    expect(tidyMarkdown('&amp;amp; and &amp;#38;')).toBe('&amp;amp; and &amp;#38;');
    expect(tidyMarkdown('&lt;div&gt; and &lt;my-el&gt; and &lt;/p&gt;')).toBe('&lt;div&gt; and &lt;my-el&gt; and &lt;/p&gt;');
    expect(tidyMarkdown('&gt; not a quote\n- &gt; nor this')).toBe('&gt; not a quote\n- &gt; nor this');
    expect(tidyMarkdown('a &lt;-x **b** y&gt; c')).toBe('a &lt;-x **b** y> c');
  });

  it('leaves code spans, fenced code and bare URLs alone', () => {
    expect(tidyMarkdown('`\\[x\\] a\\_b &amp;` and \\[y\\]')).toBe('`\\[x\\] a\\_b &amp;` and [y]');
    expect(tidyMarkdown('```\n\\[x\\] &amp;\n\n\n```')).toBe('```\n\\[x\\] &amp;\n\n\n```');
    expect(tidyMarkdown('- ```ts\n  \\[x\\]\n  ```\n- \\[y\\]')).toBe('- ```ts\n  \\[x\\]\n  ```\n- [y]');
    expect(tidyMarkdown('see https://example.com/a\\_b\\[1\\]')).toBe('see https://example.com/a\\_b\\[1\\]');
  });

  it('re-pads tables after unescaping', () => {
    expect(tidyMarkdown('\n| A     | B      |\n| ----- | :----: |\n| \\[P\\] | x \\| y |\n\n\n')).toBe('| A   | B      |\n| --- | :----: |\n| [P] | x \\| y |');
  });

  it('collapses blank lines and trims the ends', () => {
    expect(tidyMarkdown('\n\nA\n\n\n\n&nbsp;\n\nB\n\n- x\n\n  \n\n  &nbsp;\n\n')).toBe('A\n\nB\n\n- x');
  });
});
