import { useShallow } from 'zustand/react/shallow';
import type { DraftSummary } from '../core/draft-summary/draft-summary';
import type { DraftsState } from './drafts-state';
import { summaryOfDraft } from './summary-of-draft';
import { useDraftsStore } from './use-drafts-store';

export type { DraftSummary };

/**
 * Every draft's summary, in no particular order: a draft open in this tab is
 * summarised from memory, any other from its stored summary (no draft is
 * loaded to list it).
 */
export function listedSummaries(state: Pick<DraftsState, 'drafts' | 'summaries'>): DraftSummary[] {
  const list: DraftSummary[] = [];
  for (const [id, summary] of Object.entries(state.summaries)) if (!state.drafts[id]) list.push(summary);
  for (const draft of Object.values(state.drafts)) list.push(summaryOfDraft(draft));
  return list;
}

export function useDraftSummaries(): DraftSummary[] {
  return useDraftsStore(useShallow(listedSummaries));
}
