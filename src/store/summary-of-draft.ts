import type { Draft } from '../core/draft/draft-schema';
import { summarizeDraft, type DraftSummary } from '../core/draft-summary/draft-summary';

// One summary object per draft object: an unchanged draft keeps its summary (so `useShallow` sees no
// change) and a save does not count the draft's completion again.
const summaries = new WeakMap<Draft, DraftSummary>();

/** The summary of a draft in memory, made once per draft object. */
export function summaryOfDraft(draft: Draft): DraftSummary {
  let summary = summaries.get(draft);
  if (!summary) summaries.set(draft, (summary = summarizeDraft(draft)));
  return summary;
}
