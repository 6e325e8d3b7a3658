import { Marked, type MarkedExtension } from 'marked';
import markedAlert from 'marked-alert';
import markedFootnote from 'marked-footnote';
import { gfmHeadingId } from 'marked-gfm-heading-id';
import { rawHtml } from '../prose-editor/markdown-to-unsafe-html';
import { needsEmoji, needsMath } from './github-needs';

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
