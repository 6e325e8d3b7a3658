import type { DraftSummary } from '../core/draft-summary/draft-summary';
import type { DraftsState } from './drafts-state';
import { summaryOfDraft } from './summary-of-draft';
import { useDraftsStore } from './use-drafts-store';

export type { DraftSummary };

type Listed = Pick<DraftsState, 'drafts' | 'summaries'>;
// The last list made, and what it was made from: the library reads it on every render and every
// store change (a keystroke in its search box among them), which must not walk thousands of summaries.
let last: { drafts: Listed['drafts']; summaries: Listed['summaries']; list: DraftSummary[] } | null = null;

/**
 * Every draft's summary, in no particular order: a draft open in this tab is
 * summarised from memory, any other from its stored summary (no draft is
 * loaded to list it). The same array while neither the drafts nor the
 * summaries change, and while a change leaves every summary as it was.
 */
export function listedSummaries(state: Listed): DraftSummary[] {
  if (last && last.drafts === state.drafts && last.summaries === state.summaries) return last.list;
  const list: DraftSummary[] = [];
  for (const [id, summary] of Object.entries(state.summaries)) if (!state.drafts[id]) list.push(summary);
  for (const draft of Object.values(state.drafts)) list.push(summaryOfDraft(draft));
  const previous = last?.list;
  const same = previous !== undefined && previous.length === list.length && list.every((summary, k) => summary === previous[k]);
  last = { drafts: state.drafts, summaries: state.summaries, list: same ? previous : list };
  return last.list;
}

export function useDraftSummaries(): DraftSummary[] {
  return useDraftsStore(listedSummaries);
}
