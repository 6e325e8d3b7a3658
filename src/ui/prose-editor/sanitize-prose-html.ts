import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { PROSE_TAGS } from './prose-tags';

/** `class` for a code block's `language-ts`; `align` for table columns; `type`/`checked`/`disabled` for task checkboxes. */
const PROSE_ATTRIBUTES = ['href', 'title', 'alt', 'src', 'class', 'align', 'start', 'colspan', 'rowspan', 'open', 'type', 'checked', 'disabled'];

let purifier: Purifier | null = null;

/**
 * HTML from a draft made safe to insert into the page: prose elements only
 * (no scripts, event handlers, `javascript:` URLs, forms, frames, SVG or
 * styles), links with `rel="noopener noreferrer"`, inputs only as disabled
 * checkboxes. DOMPurify with our own instance and hooks.
 *
 * happy-dom cannot run DOMPurify 3.4 (its `Node.prototype.nodeName` getter
 * returns '' for elements, and its node iterator skips the node after a
 * removed one), so this is tested in Chromium: e2e/render-markdown.spec.ts.
 */
export function sanitizeProseHtml(html: string): DocumentFragment {
  return getPurifier().sanitize(html, {
    ALLOWED_TAGS: [...PROSE_TAGS, 'input'],
    ALLOWED_ATTR: PROSE_ATTRIBUTES,
    RETURN_DOM_FRAGMENT: true,
  });
}

function getPurifier(): Purifier {
  if (purifier) return purifier;
  // A separate instance, so these hooks do not change sanitising elsewhere in the app.
  const instance = DOMPurify(window);
  instance.addHook('uponSanitizeAttribute', (node, event) => {
    // Page styles must not be borrowed by a draft; only a code block's language class stays.
    if (event.attrName === 'class' && !(node.tagName === 'CODE' && /^language-[\w+#.-]+$/.test(event.attrValue))) event.keepAttr = false;
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') node.setAttribute('rel', 'noopener noreferrer');
    if (node.tagName === 'INPUT') {
      if (node.getAttribute('type') === 'checkbox') node.setAttribute('disabled', '');
      else node.remove();
    }
  });
  purifier = instance;
  return instance;
}
