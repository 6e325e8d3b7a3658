import { highlightPlaceholders } from './highlight-placeholders';
import { markdownToUnsafeHtml } from './markdown-to-unsafe-html';
import { BLOCKED_IMAGE_HOST, sanitizeProseHtml, type SanitizeExtras } from './sanitize-prose-html';

export type RenderMarkdownOptions = {
  /** Whether images from other servers load; until the user allows them for the draft, they show as placeholders. */
  remoteImages?: 'block' | 'allow';
  /** Another Markdown renderer (the GitHub preview's) and what its sanitising lets through beyond prose. */
  renderer?: { toUnsafeHtml: (markdown: string) => string; extras: SanitizeExtras };
};

/**
 * A draft's Markdown as safe HTML: GFM rendered by marked, sanitised
 * (`sanitizeProseHtml`: no scripts, event handlers or `javascript:` URLs;
 * links get `rel="noopener noreferrer"`), and template placeholders wrapped in
 * `<mark class="template-placeholder">`. Remote images are blocked unless
 * allowed: each shows as its alt text and host, and nothing is fetched.
 * Needs a browser DOM.
 */
export function renderMarkdown(markdown: string, { remoteImages = 'block', renderer }: RenderMarkdownOptions = {}): string {
  if (markdown.trim() === '') return '';
  const unsafe = renderer ? renderer.toUnsafeHtml(markdown) : markdownToUnsafeHtml(markdown);
  const fragment = sanitizeProseHtml(unsafe, { remoteImages, ...(renderer ? { extras: renderer.extras } : {}) });
  for (const image of fragment.querySelectorAll(`img[${BLOCKED_IMAGE_HOST}]`)) image.replaceWith(blockedImage(image));
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

/** A remote image not loaded: its alt text and the host it would have told, as an image a screen reader names. */
function blockedImage(image: Element): HTMLElement {
  const alt = image.getAttribute('alt')?.trim() ?? '';
  const host = image.getAttribute(BLOCKED_IMAGE_HOST) ?? '';
  const placeholder = document.createElement('span');
  placeholder.className = 'blocked-image';
  placeholder.setAttribute('role', 'img');
  placeholder.setAttribute('aria-label', `Remote image not loaded${alt ? `: ${alt}` : ''} (${host})`);
  placeholder.title = `Not loaded: it would be fetched from ${host}`;
  const label = document.createElement('span');
  label.className = 'blocked-image-alt';
  label.textContent = alt || 'Image';
  const from = document.createElement('span');
  from.className = 'blocked-image-host';
  from.textContent = host;
  placeholder.append(label, from);
  return placeholder;
}
