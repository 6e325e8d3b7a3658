/** What loading an image's URL would do: nothing outside the app (`local`), or a request to another server (`remote`). */
export type ImageUrlKind = 'local' | 'remote';

// The WHATWG URL parser, global in Node and in every browser: the one parser
// that reads a URL exactly as the browser will. core's lib (ES only) has no
// type for it, so the little used here is declared.
type ParsedUrl = { protocol: string; origin: string; host: string };
declare const URL: new (url: string, base: string) => ParsedUrl;

export type ClassifiedImageUrl = { kind: 'local' } | { kind: 'remote'; host: string };

/**
 * An image's `src` as the browser would resolve it against the app's origin
 * (`https://specwright.example`): `data:` and `blob:` are local, as is a
 * relative or same-origin URL; any other http(s) or protocol-relative URL
 * (`//tracker.example/p.png`, `\\tracker.example`, `HTTPS://…` with spaces
 * or tabs inside, all of which browsers read as a remote URL) is remote.
 * Anything the URL parser cannot read, or with another scheme, counts as
 * remote too: it is never loaded without asking.
 */
export function classifyImageUrl(src: string, appOrigin: string): ClassifiedImageUrl {
  const url = parse(src, `${appOrigin}/`) ?? parse(src, opaqueBase);
  if (!url) return { kind: 'remote', host: 'an unreadable address' };
  if (url.protocol === 'data:' || url.protocol === 'blob:') return { kind: 'local' };
  if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === appOrigin) return { kind: 'local' };
  return { kind: 'remote', host: url.host || url.protocol.replace(/:$/, '') };
}

/** Resolves against when the page's own origin is opaque (`null`, as on about:blank): then nothing is same-origin. */
const opaqueBase = 'https://opaque-origin.invalid/';

function parse(src: string, base: string): ParsedUrl | null {
  try {
    return new URL(src, base);
  } catch {
    return null;
  }
}
