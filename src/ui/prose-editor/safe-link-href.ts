const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The href to store for what a writer typed as a link address, or null when
 * it is not one we allow: only http(s) and mailto URLs, `#anchors` and
 * site-relative paths. A bare host (`example.com/a`) gets `https://`.
 * `javascript:`, `data:` and other schemes are refused. Parentheses and spaces
 * are percent-encoded so the Markdown `[text](href)` around it cannot break.
 */
export function safeLinkHref(input: string): string | null {
  // URLs drop tabs and newlines anywhere (`java\nscript:` is `javascript:`); so do we, before checking the scheme.
  const text = input.replace(/[\t\n\r]/g, '').trim();
  if (text === '') return null;
  if (/^(#|\/(?!\/))/.test(text)) return encodeForMarkdown(text);
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  const candidate = hasScheme || text.startsWith('//') ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(candidate, 'https://invalid.example');
  } catch {
    return null;
  }
  if (!ALLOWED_SCHEMES.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && (url.hostname === '' || url.hostname === 'invalid.example')) return null;
  return encodeForMarkdown(url.href);
}

function encodeForMarkdown(href: string): string {
  return href.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/</g, '%3C').replace(/>/g, '%3E');
}
