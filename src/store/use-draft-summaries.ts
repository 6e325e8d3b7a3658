import { useShallow } from 'zustand/react/shallow';
import { draftCompletion } from '../core/draft/draft-completion';
import type { Draft } from '../core/draft/draft-schema';
import { draftDisplayTitle } from '../core/draft/draft-title';
import { useDraftsStore } from './use-drafts-store';

/** What the library shows of one draft. */
export type DraftSummary = {
  id: string;
  title: string;
  templateName: string;
  createdAt: string;
  updatedAt: string;
  filled: number;
  total: number;
};

// One summary object per draft object, so an unchanged draft keeps its summary
// and `useShallow` sees no change.
const summaries = new WeakMap<Draft, DraftSummary>();

export function draftSummary(draft: Draft): DraftSummary {
  let summary = summaries.get(draft);
  if (!summary) {
    const { filled, total } = draftCompletion(draft);
    summary = {
      id: draft.id,
      title: draftDisplayTitle(draft),
      templateName: draft.template.name,
      createdAt: draft.createdAt,
      updatedAt: draft.updatedAt,
      filled,
      total,
    };
    summaries.set(draft, summary);
  }
  return summary;
}

/** A summary of every draft, in no particular order. */
export function useDraftSummaries(): DraftSummary[] {
  return useDraftsStore(useShallow((s) => Object.values(s.drafts).map(draftSummary)));
}
