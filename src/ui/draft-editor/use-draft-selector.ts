import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Draft, DraftSection } from '../../core/draft/draft-schema';
import { findDraftSection } from '../../core/draft/section-edits';
import { draftsStore } from '../../store/drafts-store';

/** One value of one draft. Select narrowly: the component re-renders only when this value changes. */
export function useDraftSelector<T>(draftId: string, select: (draft: Draft) => T): T | undefined {
  return useStore(draftsStore, (state) => {
    const draft = state.drafts[draftId];
    return draft ? select(draft) : undefined;
  });
}

/** A section of a draft; its object changes when it or anything under it changes. */
export function useDraftSection(draftId: string, sectionId: string): DraftSection | undefined {
  return useDraftSelector(draftId, (draft) => findDraftSection(draft.sections, sectionId));
}

/** The ids of a section's children (or of the top sections), stable while only their content changes. */
export function useChildIds(draftId: string, parentId: string | null): string[] {
  return useStore(
    draftsStore,
    useShallow((state) => {
      const draft = state.drafts[draftId];
      if (!draft) return [];
      const list = parentId === null ? draft.sections : (findDraftSection(draft.sections, parentId)?.children ?? []);
      return list.map((s) => s.id);
    }),
  );
}

/** Applies an edit to a draft through the store (saved after a short pause). */
export function editDraft(draftId: string, recipe: (draft: Draft) => Draft): void {
  draftsStore.getState().update(draftId, recipe);
}

/** The current draft, read once (for undo snapshots), without subscribing. */
export function readDraft(draftId: string): Draft | undefined {
  return draftsStore.getState().drafts[draftId];
}
