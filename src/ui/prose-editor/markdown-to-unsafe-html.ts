import { Marked, type Tokens } from 'marked';
import { PROSE_TAGS } from './prose-tags';

const RAW_HTML_TAGS: ReadonlySet<string> = new Set(PROSE_TAGS);

// Our own instance: @tiptap/markdown registers its tokenizers on the shared
// `marked` singleton each time an editor is created (and they break
// `marked.parse` for task lists), so nothing here may use that singleton.
const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: { html: rawHtml },
});

/**
 * GFM rendered to HTML, NOT sanitised: only for `renderMarkdown`, which
 * sanitises it, and for tests. Raw HTML in the Markdown passes through when
 * every tag in it is a prose element; anything else is shown as the text it
 * is, because `install <package> first` is a template placeholder, not an
 * element (a sanitiser would silently drop it).
 */
export function markdownToUnsafeHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

/** Raw HTML kept when every tag in it is a prose element, shown as text otherwise (shared with the GitHub preview's renderer). */
export function rawHtml({ text }: Tokens.HTML | Tokens.Tag): string {
  if (/^\s*<!--/.test(text)) return text;
  const tags = Array.from(text.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g), (m) => (m[1] ?? '').toLowerCase());
  return tags.every((tag) => RAW_HTML_TAGS.has(tag)) ? text : escapeHtml(text);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
