import { highlightPlaceholders } from './highlight-placeholders';
import { markdownToUnsafeHtml } from './markdown-to-unsafe-html';
import { sanitizeProseHtml } from './sanitize-prose-html';

/**
 * A draft's Markdown as safe HTML: GFM rendered by marked, sanitised
 * (`sanitizeProseHtml`: no scripts, event handlers or `javascript:` URLs;
 * links get `rel="noopener noreferrer"`), and template placeholders wrapped in
 * `<mark class="template-placeholder">`. Needs a browser DOM.
 */
export function renderMarkdown(markdown: string): string {
  if (markdown.trim() === '') return '';
  const fragment = sanitizeProseHtml(markdownToUnsafeHtml(markdown));
  highlightPlaceholders(fragment);
  const container = document.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}
