import type * as Y from 'yjs';
import { proseBlockAt, type ProsePlace } from '../draft-doc/draft-doc-layout';
import type { CommentAnchor } from './comment-schema';
import { fragmentText, resolveRange, type TextRange } from './text-anchor';

/** A prose block's place from an editor place (`@preamble`, `@footer` or a section id). */
export function prosePlaceOf(place: string, blockId: string): ProsePlace {
  if (place === '@preamble' || place === '@footer') return { area: place === '@preamble' ? 'preamble' : 'footer', blockId };
  return { area: 'section', sectionId: place, blockId };
}

/** The section a comment belongs to, or null for the preamble and footer. */
export function sectionOfAnchor(anchor: CommentAnchor): string | null {
  if (anchor.kind === 'section') return anchor.sectionId;
  return anchor.place.startsWith('@') ? null : anchor.place;
}

export type CommentLocation =
  | { kind: 'section' }
  /** On words of a prose field: where they are now and what they read now. */
  | { kind: 'prose'; range: TextRange; quote: string }
  /** Its words were deleted (or the field is gone): the comment stays, shown with the words it was made on. */
  | { kind: 'orphaned'; quote: string };

/** Where a comment is now in the doc. */
export function locateComment(doc: Y.Doc, anchor: CommentAnchor): CommentLocation {
  if (anchor.kind === 'section') return { kind: 'section' };
  const prose = proseBlockAt(doc, prosePlaceOf(anchor.place, anchor.blockId));
  const range = prose ? resolveRange(prose.fragment, anchor.start, anchor.end, anchor.quote) : null;
  if (!prose || !range) return { kind: 'orphaned', quote: anchor.quote };
  return { kind: 'prose', range, quote: fragmentText(prose.fragment).slice(range.from, range.to) };
}
