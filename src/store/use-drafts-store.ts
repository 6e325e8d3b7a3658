import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Draft } from '../core/draft/draft-schema';
import { draftsStore } from './drafts-store';
import type { DraftsState, SaveState } from './drafts-state';

/**
 * The drafts store, read through a selector. Select one value (or use
 * `useShallow` for a small list): a component that selects the whole state
 * re-renders on every keystroke in any draft.
 */
export function useDraftsStore<T>(selector: (state: DraftsState) => T): T {
  return useStore(draftsStore, selector);
}

export function useDraft(id: string): Draft | undefined {
  return useDraftsStore((s) => s.drafts[id]);
}

/** Ids of every draft in memory; changes only when a draft is added or removed. */
export function useDraftIds(): string[] {
  return useDraftsStore(useShallow((s) => Object.keys(s.drafts)));
}

export function useSaveState(id: string): SaveState | undefined {
  return useDraftsStore((s) => s.saveStates[id]);
}
