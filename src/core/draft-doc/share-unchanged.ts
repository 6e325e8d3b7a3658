/**
 * `next` with every part that equals the same part of `previous` replaced by
 * the previous object itself, so a draft read again after another tab's
 * keystroke keeps the identity of all it did not change (the editor's
 * narrow selectors then re-render one section, not sixty).
 */
export function shareUnchanged<T>(previous: T, next: T): T {
  return share(previous, next) as T;
}

function share(previous: unknown, next: unknown): unknown {
  if (previous === next) return previous;
  if (Array.isArray(previous) && Array.isArray(next)) {
    const shared = next.map((element, index) => (index < previous.length ? share(previous[index], element) : element));
    return shared.length === previous.length && shared.every((element, index) => element === previous[index]) ? previous : shared;
  }
  if (isObject(previous) && isObject(next)) {
    const keys = Object.keys(next);
    const shared = Object.fromEntries(keys.map((key) => [key, Object.hasOwn(previous, key) ? share(previous[key], next[key]) : next[key]]));
    const same = keys.length === Object.keys(previous).length && keys.every((key) => Object.hasOwn(previous, key) && shared[key] === previous[key]);
    return same ? previous : shared;
  }
  return next;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
