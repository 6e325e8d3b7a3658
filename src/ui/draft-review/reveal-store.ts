import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { sectionState, type SectionState } from '../../core/draft/draft-completion';
import type { Draft, DraftSection } from '../../core/draft/draft-schema';
import { useDraftSection } from '../../store/use-draft-selector';

/**
 * A quiet start: a draft just begun is all empty mandatory sections, and a
 * red error beside each one says nothing the writer does not know. Findings
 * show beside a section (and in the outline) once the writer has been in it
 * and left, once it has something in it, or for every section once the
 * Checks panel is opened or the draft exported. Which sections were visited
 * lasts while the page does; the checks themselves always run on everything.
 */
type RevealState = { draftId: string | null; all: boolean; visited: ReadonlySet<string> };

export const revealStore = createStore<RevealState>()(() => ({ draftId: null, all: false, visited: new Set() }));

function forDraft(state: RevealState, draftId: string): RevealState {
  return state.draftId === draftId ? state : { draftId, all: false, visited: new Set() };
}

/** Every section's findings, from now on (Checks opened, an export). */
export function revealAllFindings(draftId: string): void {
  const state = forDraft(revealStore.getState(), draftId);
  if (!state.all || state !== revealStore.getState()) revealStore.setState({ ...state, all: true });
}

/** The writer has been in this section and left it. */
export function markSectionVisited(draftId: string, sectionId: string): void {
  const state = forDraft(revealStore.getState(), draftId);
  if (state.all || state.visited.has(sectionId)) {
    if (state !== revealStore.getState()) revealStore.setState(state);
    return;
  }
  revealStore.setState({ ...state, visited: new Set([...state.visited, sectionId]) });
}

/** Whether this section's findings are shown: visited, started, or all shown. */
export function useFindingsShown(draftId: string, sectionId: string): boolean {
  const revealed = useStore(revealStore, (s) => s.draftId === draftId && (s.all || s.visited.has(sectionId)));
  const started = useDraftSection(draftId, sectionId, (section, draft) => cachedState(draft, section) !== 'empty');
  return revealed || started === true;
}

/** Whether every finding is shown (the Checks panel was opened, or the draft exported). */
export function useAllFindingsShown(draftId: string): boolean {
  return useStore(revealStore, (s) => s.draftId === draftId && s.all);
}

// Worked out once per version of a section: the selector runs on every keystroke.
const states = new WeakMap<DraftSection, SectionState>();
function cachedState(draft: Draft, section: DraftSection): SectionState {
  let state = states.get(section);
  if (state === undefined) {
    state = sectionState(draft, section);
    states.set(section, state);
  }
  return state;
}
