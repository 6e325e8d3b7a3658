const IDENT = '[0-9A-Za-z-]+';
// Each part is bounded by a dot, a dash, a plus or the end, so matching is linear.
const VERSION = new RegExp(`^(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-${IDENT}(?:\\.${IDENT})*)?(?:\\+${IDENT}(?:\\.${IDENT})*)?$`);

/** `X.Y.Z` as semantic versioning writes it (`1.4.0`, `2.0.0-rc.1`); `v1.4`, `1.4` and `01.4.0` are not. */
export function isVersion(text: string): boolean {
  return VERSION.test(text);
}
