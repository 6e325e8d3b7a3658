/**
 * Characters that change the order text is shown in without being seen:
 * embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and
 * marks (U+200E, U+200F, U+061C). `Spec ‮txt.exe` shows as `Spec exe.txt`.
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export type TextPart = { kind: 'text'; text: string } | { kind: 'control'; codePoint: string };

/** A name -> its text and, between, each direction control named by its code point (`U+202E`), so it can be shown. */
export function splitBidiControls(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(BIDI_CONTROL)) {
    if (match.index > from) parts.push({ kind: 'text', text: text.slice(from, match.index) });
    parts.push({ kind: 'control', codePoint: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push({ kind: 'text', text: text.slice(from) });
  return parts;
}
