import * as Y from 'yjs';
import { fromBase64url, toBase64url } from '../share/base64url';

/**
 * Anchors of prose comments: Yjs relative positions in a prose field's
 * `Y.XmlFragment`, so a comment stays on its words whoever edits around
 * them. Positions here are text offsets: characters of the field's text
 * in document order (every `Y.XmlText` of the fragment, one after the
 * other), which is what the editor (ProseMirror text nodes) and the
 * static view (DOM text nodes) both count.
 *
 * The start sticks to the first commented character and the end to the
 * last, so text typed right before or right after the range stays out of it.
 */
export type TextRange = { from: number; to: number };
export type EncodedRange = { start: string; end: string; quote: string };

type Piece = { text: Y.XmlText; offset: number; length: number };

function pieces(fragment: Y.XmlFragment | Y.XmlElement, out: Piece[] = [], at = { offset: 0 }): Piece[] {
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlText) {
      out.push({ text: child, offset: at.offset, length: child.length });
      at.offset += child.length;
    } else if (child instanceof Y.XmlElement) {
      pieces(child, out, at);
    }
  }
  return out;
}

/** The field's text, as the offsets count it. */
export function fragmentText(fragment: Y.XmlFragment): string {
  return pieces(fragment)
    .map(({ text }) => text.toDelta().map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ' ')).join(''))
    .join('');
}

/** Relative positions for the text offsets `from`..`to` (to exclusive), and the words; null for an empty or out-of-range span. */
export function anchorRange(fragment: Y.XmlFragment, { from, to }: TextRange): EncodedRange | null {
  if (!(from < to) || from < 0) return null;
  const all = pieces(fragment);
  const first = all.find((p) => p.offset <= from && from < p.offset + p.length);
  const last = all.find((p) => p.offset < to && to <= p.offset + p.length);
  if (!first || !last) return null;
  const start = Y.createRelativePositionFromTypeIndex(first.text, from - first.offset, 0);
  const end = Y.createRelativePositionFromTypeIndex(last.text, to - last.offset, -1);
  return { start: encode(start), end: encode(end), quote: fragmentText(fragment).slice(from, to) };
}

/**
 * Where an anchored range is now, or null when its words are gone (deleted,
 * or the field's text was replaced whole) or the positions cannot be read.
 *
 * With the words it was made on (`quote`): the editor's binding writes a
 * change as a diff of the old and new text, so typing a letter the range
 * starts (or ends) with, right beside it, can leave the anchor on the new
 * letter; when the range then holds its words exactly once, it is narrowed
 * to them.
 */
export function resolveRange(fragment: Y.XmlFragment, start: string, end: string, quote?: string): TextRange | null {
  const doc = fragment.doc;
  if (!doc) return null;
  const all = pieces(fragment);
  const from = offsetOf(all, start, doc);
  const to = offsetOf(all, end, doc);
  if (from === null || to === null || from >= to) return null;
  if (quote && to - from > quote.length) {
    const text = fragmentText(fragment).slice(from, to);
    const at = text.indexOf(quote);
    if (at >= 0 && text.indexOf(quote, at + 1) < 0) return { from: from + at, to: from + at + quote.length };
  }
  return { from, to };
}

function offsetOf(all: Piece[], encoded: string, doc: Y.Doc): number | null {
  const bytes = fromBase64url(encoded);
  if (!bytes) return null;
  let absolute: Y.AbsolutePosition | null;
  try {
    absolute = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(bytes), doc);
  } catch {
    return null;
  }
  // A text no longer in the field (its paragraph was deleted) is not found: the words went with it.
  const piece = absolute && all.find((p) => p.text === absolute.type);
  return piece && absolute ? piece.offset + Math.min(absolute.index, piece.length) : null;
}

function encode(position: Y.RelativePosition): string {
  return toBase64url(Y.encodeRelativePosition(position));
}
