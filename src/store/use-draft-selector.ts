import { useStore } from 'zustand';
import type { Draft, DraftSection } from '../core/draft/draft-schema';
import { lookupDraftSection } from '../core/draft/section-index';
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
