import type { FindingList } from './finding-list';
import { DOCUMENT_SLOTS, documentPlace } from './place';
import { inSection, shown } from './message-text';
import type { Marker } from './text-ref';

/** spec-kit lets a spec leave at most three questions open. */
export const MAX_CLARIFICATIONS = 3;
/** Places named in the error; each marker has its own warning besides. */
const LISTED = 10;

/**
 * Each `[NEEDS CLARIFICATION: ...]` marker is a warning the user can jump to.
 * More than three is an error for the document as a whole, naming where they
 * are; the per-marker warnings stay, so each one can still be found.
 */
export function checkClarifications(markers: Marker[], list: FindingList): void {
  if (markers.length > MAX_CLARIFICATIONS) {
    const distinct = [...new Set(markers.map((m) => `${m.ref.name}${inSection(m.ref.where)}`))];
    const places = distinct.length > LISTED ? [...distinct.slice(0, LISTED), `and ${distinct.length - LISTED} more`] : distinct;
    list.add(
      documentPlace(DOCUMENT_SLOTS.summary),
      'error',
      'clarification-too-many',
      `${markers.length} questions are marked NEEDS CLARIFICATION, more than the ${MAX_CLARIFICATIONS} a spec may leave open: ${places.join('; ')}. Answer at least ${markers.length - MAX_CLARIFICATIONS} of them.`,
    );
  }
  for (const { ref, question } of markers) {
    const asked = question ? `: "${shown(question, 80)}"` : '';
    list.add(ref.place, 'warning', 'clarification-present', `${ref.name} needs clarification${asked}${inSection(ref.where)}.`, ref.field);
  }
}
