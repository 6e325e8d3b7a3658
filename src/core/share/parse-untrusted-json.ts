export type ParseJsonResult = { ok: true; value: unknown } | { ok: false; reason: 'not-json' | 'too-deep' };

/**
 * JSON text from outside -> a value, or why not. Never throws.
 *
 * Depth is checked first, in one pass over the text, because everything that
 * walks the value afterwards (the reviver, the schemas, the UI) recurses.
 *
 * `__proto__` keys are dropped. JSON.parse itself makes them plain own
 * properties, but a later `result[key] = value` (as a record schema does)
 * would set the prototype instead. `constructor` and `prototype` are kept:
 * as own data properties they are inert, and they are real keys here (a
 * field labelled **Prototype:** has the key `prototype`).
 */
export function parseUntrustedJson(text: string, maxDepth: number): ParseJsonResult {
  if (nestingDepth(text) > maxDepth) return { ok: false, reason: 'too-deep' };
  try {
    return { ok: true, value: JSON.parse(text, (key, value: unknown) => (key === '__proto__' ? undefined : value)) };
  } catch {
    return { ok: false, reason: 'not-json' };
  }
}

/** The deepest nesting of `[` and `{` outside strings; malformed text is left to JSON.parse. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (inString) {
      if (c === 0x5c) k++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}
