import { describe, expect, it } from 'vitest';
import { markdownToUnsafeHtml } from './markdown-to-unsafe-html';

describe('markdownToUnsafeHtml', () => {
  it('renders GFM: task lists, tables, fenced code with its language', () => {
    const html = markdownToUnsafeHtml('- [ ] todo\n- [x] done\n\n| A | B |\n| --- | :-: |\n| 1 | 2 |\n\n```ts\nlet a = 1;\n```');
    expect(html).toContain('<input disabled="" type="checkbox">');
    expect(html).toContain('<input checked="" disabled="" type="checkbox">');
    expect(html).toContain('<th align="center">B</th>');
    expect(html).toContain('<pre><code class="language-ts">let a = 1;\n</code></pre>');
  });

  it('shows tags that are not prose elements as text: they are placeholders or typos', () => {
    expect(markdownToUnsafeHtml('install <package> first')).toBe('<p>install &lt;package&gt; first</p>\n');
    expect(markdownToUnsafeHtml('<script>alert(1)</script>')).not.toContain('<script');
    expect(markdownToUnsafeHtml('<iframe src="x"></iframe>')).not.toContain('<iframe');
  });

  it('passes prose HTML on to the sanitiser', () => {
    expect(markdownToUnsafeHtml('a<br>b <kbd>K</kbd>')).toBe('<p>a<br>b <kbd>K</kbd></p>\n');
  });

  it('is not changed by TipTap registering its tokenizers on the marked singleton', async () => {
    const { marked } = await import('marked');
    marked.use({ extensions: [{ name: 'taskList', level: 'block', tokenizer: () => undefined }] });
    expect(markdownToUnsafeHtml('- [ ] a')).toContain('type="checkbox"');
  });
});
