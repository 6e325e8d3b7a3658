import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { classifyImageUrl } from '../../core/remote-images/remote-image-url';
import { PROSE_TAGS } from './prose-tags';

/** `class` for a code block's `language-ts`; `align` for table columns; `type`/`checked`/`disabled` for task checkboxes. */
const PROSE_ATTRIBUTES = ['href', 'title', 'alt', 'src', 'class', 'align', 'start', 'colspan', 'rowspan', 'open', 'type', 'checked', 'disabled'];

/** Marks an `<img>` whose remote `src` was taken out: its value is the host it would have told. */
export const BLOCKED_IMAGE_HOST = 'data-blocked-host';

let purifier: Purifier | null = null;
/** Read by the hook during one synchronous `sanitize` call. */
let blockRemoteImages = true;
/** Classes the caller's extras allow (GitHub's alert and footnote classes); read by the hook like `blockRemoteImages`. */
let extraClasses: RegExp | null = null;

/** More elements, attributes and classes for a renderer that draws more than prose (the GitHub preview). */
export type SanitizeExtras = { tags: readonly string[]; attributes: readonly string[]; classes: RegExp };

/**
 * HTML from a draft made safe to insert into the page: prose elements only
 * (no scripts, event handlers, `javascript:` URLs, forms, frames, SVG or
 * styles), links with `rel="noopener noreferrer"`, inputs only as disabled
 * checkboxes, and (unless `remoteImages: 'allow'`) no image that loads from
 * another server: such an `<img>` comes back without its `src`, marked with
 * `BLOCKED_IMAGE_HOST`. DOMPurify with our own instance and hooks.
 *
 * happy-dom cannot run DOMPurify 3.4 (its `Node.prototype.nodeName` getter
 * returns '' for elements, and its node iterator skips the node after a
 * removed one), so this is tested in Chromium: e2e/render-markdown.spec.ts.
 */
export function sanitizeProseHtml(html: string, { remoteImages = 'block', extras }: { remoteImages?: 'block' | 'allow'; extras?: SanitizeExtras } = {}): DocumentFragment {
  blockRemoteImages = remoteImages === 'block';
  extraClasses = extras?.classes ?? null;
  try {
    return getPurifier().sanitize(html, {
      ALLOWED_TAGS: [...PROSE_TAGS, 'input', ...(extras?.tags ?? [])],
      ALLOWED_ATTR: [...PROSE_ATTRIBUTES, ...(extras?.attributes ?? [])],
      RETURN_DOM_FRAGMENT: true,
    });
  } finally {
    blockRemoteImages = true;
    extraClasses = null;
  }
}

function getPurifier(): Purifier {
  if (purifier) return purifier;
  // A separate instance, so these hooks do not change sanitising elsewhere in the app.
  const instance = DOMPurify(window);
  instance.addHook('uponSanitizeAttribute', (node, event) => {
    // Page styles must not be borrowed by a draft; only a code block's language class stays.
    if (event.attrName !== 'class') return;
    const codeLanguage = node.tagName === 'CODE' && /^language-[\w+#.-]+$/.test(event.attrValue);
    const extra = extraClasses !== null && event.attrValue.split(/\s+/).every((name) => extraClasses!.test(name));
    if (!codeLanguage && !extra) event.keepAttr = false;
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') node.setAttribute('rel', 'noopener noreferrer');
    // Still in DOMPurify's inert document, where nothing loads: a remote src must
    // never reach the page's document, where an <img> fetches as soon as it has one.
    // (srcset and the other fetching attributes are not in PROSE_ATTRIBUTES at all.)
    if (node.tagName === 'IMG' && node.hasAttribute('src')) {
      const src = classifyImageUrl(node.getAttribute('src') ?? '', window.location.origin);
      if (src.kind === 'remote' && blockRemoteImages) {
        node.removeAttribute('src');
        node.setAttribute(BLOCKED_IMAGE_HOST, src.host);
      }
    }
    if (node.tagName === 'INPUT') {
      if (node.getAttribute('type') === 'checkbox') node.setAttribute('disabled', '');
      else node.remove();
    }
  });
  purifier = instance;
  return instance;
}
