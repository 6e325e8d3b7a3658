import type { Draft, DraftSection } from './draft-schema';
import { updateSection } from './section-edits';

/**
 * A section marked "not in this document" (a template section an imported
 * file lacks) added to it, with its subsections: from now on it is
 * written in the export at its template place.
 */
export function addToDocument(draft: Draft, sectionId: string): Draft {
  const present = ({ absent: _absent, ...section }: DraftSection): DraftSection => ({ ...section, children: section.children.map(present) });
  // Adding is asking for it: a conditional section comes in switched on.
  return updateSection(draft, sectionId, (section) => ({ ...present(section), enabled: true }));
}
