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
  // Task-list checkboxes are named by their item, so a screen reader says what is done.
  for (const box of fragment.querySelectorAll('input[type="checkbox"]')) {
    const item = box.closest('li')?.textContent?.trim().slice(0, 120);
    box.setAttribute('aria-label', item || 'Task');
  }
  const container = document.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}
