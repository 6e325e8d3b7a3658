import { Marked, type MarkedExtension, type Tokens } from 'marked';
import markedAlert from 'marked-alert';
import markedFootnote from 'marked-footnote';
import { gfmHeadingId } from 'marked-gfm-heading-id';
import { PROSE_TAGS } from '../prose-editor/prose-tags';
import { needsEmoji, needsMath } from './github-needs';

const RAW_HTML_TAGS: ReadonlySet<string> = new Set(PROSE_TAGS);

/**
 * Markdown to HTML the way GitHub draws it, NOT sanitised (renderMarkdown
 * sanitises it with GITHUB_EXTRAS): alerts, footnotes, heading anchors, and,
 * loaded only for a document that has them, math (KaTeX, as MathML) and
 * emoji shortcodes. Raw HTML is kept only when every tag in it is a prose
 * element, as in the plain preview.
 */
export async function githubMarkdownRenderer(markdown: string): Promise<(markdown: string) => string> {
  const extensions: MarkedExtension[] = [markedAlert(), markedFootnote(), gfmHeadingId()];
  const [math, emoji] = await Promise.all([needsMath(markdown) ? import('./math-extension') : null, needsEmoji(markdown) ? import('./emoji-extension') : null]);
  if (math) extensions.push(math.mathExtension());
  if (emoji) extensions.push(emoji.emojiExtension());
  const marked = new Marked({ gfm: true, breaks: false, renderer: { html: rawHtml } }, ...extensions);
  return (text) => marked.parse(text, { async: false });
}

function rawHtml({ text }: Tokens.HTML | Tokens.Tag): string {
  if (/^\s*<!--/.test(text)) return text;
  const tags = Array.from(text.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g), (m) => (m[1] ?? '').toLowerCase());
  return tags.every((tag) => RAW_HTML_TAGS.has(tag)) ? text : text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
