/**
 * `read` with its results kept by input text, up to about `maxChars` of
 * input, oldest dropped first. The checks run again on every edit and most
 * values have not changed since the last run; parsing Markdown costs far more
 * than looking a string up. `read` must be pure.
 */
export function memoByText<T>(read: (text: string) => T, maxChars = 2_000_000): (text: string) => T {
  const kept = new Map<string, T>();
  let chars = 0;
  return (text) => {
    if (kept.has(text)) {
      const hit = kept.get(text) as T;
      // Seen again: it moves to the young end.
      kept.delete(text);
      kept.set(text, hit);
      return hit;
    }
    const value = read(text);
    if (text.length > maxChars) return value;
    kept.set(text, value);
    chars += text.length;
    for (const old of kept.keys()) {
      if (chars <= maxChars) break;
      kept.delete(old);
      chars -= old.length;
    }
    return value;
  };
}
