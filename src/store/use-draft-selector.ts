import { useStore } from 'zustand';
import type { Draft, DraftSection } from '../core/draft/draft-schema';
import { lookupDraftSection } from '../core/draft/section-index';
import { proseBlockAt, type ProseBlockDoc } from '../core/draft-doc/draft-doc-layout';
import { draftsStore } from './drafts-store';

/** One value of one draft. Select narrowly: the component re-renders only when this value changes. */
export function useDraftSelector<T>(draftId: string, select: (draft: Draft) => T): T | undefined {
  return useStore(draftsStore, (state) => {
    const draft = state.drafts[draftId];
    return draft ? select(draft) : undefined;
  });
}

/** The sections under `parentId` (the top sections for null), found through the index the editor's selectors share. */
export function childSectionsOf(draft: Draft | undefined, parentId: string | null): readonly DraftSection[] {
  if (!draft) return [];
  return parentId === null ? draft.sections : (lookupDraftSection(draft.sections, parentId)?.children ?? []);
}

/** Applies an edit to a draft through the store (saved after a short pause). */
export function editDraft(draftId: string, recipe: (draft: Draft) => Draft): void {
  draftsStore.getState().update(draftId, recipe);
}

/** The current draft, read once (for undo snapshots), without subscribing. */
export function readDraft(draftId: string): Draft | undefined {
  return draftsStore.getState().drafts[draftId];
}

/** A prose block's part of its draft's document (`place`: a section id, `@preamble` or `@footer`), for the live editor; null when there is none. */
export function proseDocFor(draftId: string, place: string, blockId: string): ProseBlockDoc | null {
  const doc = draftsStore.docs.open(draftId);
  if (!doc) return null;
  if (place === '@preamble' || place === '@footer') return proseBlockAt(doc, { area: place === '@preamble' ? 'preamble' : 'footer', blockId });
  return proseBlockAt(doc, { area: 'section', sectionId: place, blockId });
}
