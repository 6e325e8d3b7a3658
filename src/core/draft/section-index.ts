import type { DraftSection } from './draft-schema';

/**
 * Every section under a list of top sections, by id, built once per version of
 * that list. For the editor's many narrow selectors: each keystroke makes a
 * new top list, one index is built for it (linear), and every section's
 * selector then finds its section at once instead of walking the tree.
 *
 * Only for drafts treated as immutable (the store's): a list changed in place
 * after it was indexed would be read stale. `findDraftSection` has no cache.
 */
const indexes = new WeakMap<readonly DraftSection[], ReadonlyMap<string, DraftSection>>();

export function sectionIndex(sections: readonly DraftSection[]): ReadonlyMap<string, DraftSection> {
  let index = indexes.get(sections);
  if (!index) {
    const built = new Map<string, DraftSection>();
    const visit = (list: readonly DraftSection[]) => {
      for (const section of list) {
        // The first one wins, as in findDraftSection's depth-first walk.
        if (!built.has(section.id)) built.set(section.id, section);
        visit(section.children);
      }
    };
    visit(sections);
    index = built;
    indexes.set(sections, index);
  }
  return index;
}

/** The section `id` of an immutable draft's sections, or undefined. */
export function lookupDraftSection(sections: readonly DraftSection[], id: string): DraftSection | undefined {
  return sectionIndex(sections).get(id);
}
