import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { shallow } from 'zustand/vanilla/shallow';
import type { Draft, DraftSection } from '../core/draft/draft-schema';
import { lookupDraftSection } from '../core/draft/section-index';
import { proseBlockAt, type ProseBlockDoc } from '../core/draft-doc/draft-doc-layout';
import { draftsStore } from './drafts-store';
import { createSectionSubscriptions } from './section-subscriptions';

/** One value of one draft. Select narrowly: the component re-renders only when this value changes. */
export function useDraftSelector<T>(draftId: string, select: (draft: Draft) => T): T | undefined {
  return useStore(draftsStore, (state) => {
    const draft = state.drafts[draftId];
    return draft ? select(draft) : undefined;
  });
}

const sections = createSectionSubscriptions(draftsStore);

/**
 * Values of one section of a draft (`select` may also read the draft, e.g.
 * its template), compared shallowly. Unlike useDraftSelector, the selector
 * runs only when this section is a new object (it or something under it was
 * edited) or the template changed: not on every keystroke elsewhere.
 */
export function useDraftSection<T>(draftId: string, sectionId: string, select: (section: DraftSection, draft: Draft) => T): T | undefined {
  return useSectionValue(draftId, sectionId, (draft) => {
    const section = lookupDraftSection(draft.sections, sectionId);
    return section ? select(section, draft) : undefined;
  });
}

/** Values of the sections under `parentId` (the top sections for null), compared shallowly; the selector runs only when that list may have changed. */
export function useChildSections<T>(draftId: string, parentId: string | null, select: (children: readonly DraftSection[]) => T): T {
  return useSectionValue(draftId, parentId, (draft) => select(childSectionsOf(draft, parentId))) ?? select([]);
}

function useSectionValue<T>(draftId: string, sectionId: string | null, select: (draft: Draft) => T | undefined): T | undefined {
  const last = useRef<T | undefined>(undefined);
  const subscribe = useCallback((listener: () => void) => sections.subscribe(draftId, sectionId, listener), [draftId, sectionId]);
  const snapshot = () => {
    const draft = draftsStore.getState().drafts[draftId];
    const next = draft ? select(draft) : undefined;
    return shallow(last.current, next) ? last.current : (last.current = next);
  };
  return useSyncExternalStore(subscribe, snapshot, snapshot);
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
