import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Draft } from '../../core/draft/draft-schema';
import { readDraft } from '../../store/use-draft-selector';
import { applyPendingSource } from '../source-mode/pending-source';
import { reviewInBackground } from './background-review';
import { reviewOf, type Review } from './review-of';

/**
 * The open draft's export and findings, worked out off the typing path by
 * ReviewRunner and read here by whatever shows them. Narrow hooks: an outline
 * entry re-renders only when its own section's problems change.
 */
type ReviewState = Review & {
  draftId: string | null;
  /** The version of the draft this review is of: a newer one in the drafts store means the review is behind. */
  draft: Draft | null;
};

export const reviewStore = createStore<ReviewState>()(() => ({ draftId: null, draft: null, markdown: '', remoteImages: 0, findings: [], errorSections: new Set() }));

/** Reviews are numbered as asked for: one that comes back after a later one was shown is dropped. */
let asked = 0;
let shown = 0;
let lastAskedFor: string | null = null;

function publish(turn: number, draftId: string, draft: Draft, review: Review): void {
  if (turn < shown) return;
  shown = turn;
  reviewStore.setState({ draftId, draft, ...review });
}

/** Exports and validates this version of the draft, and publishes the result, at once. */
export function reviewDraft(draftId: string, draft: Draft): void {
  lastAskedFor = draftId;
  publish(++asked, draftId, draft, reviewOf(draft, window.location.origin));
}

/** The same, in the review worker where there is one (the result is published when it comes), else at once. */
export function reviewDraftInBackground(draftId: string, draft: Draft): void {
  const turn = ++asked;
  lastAskedFor = draftId;
  const origin = window.location.origin;
  const pending = reviewInBackground(draft, origin);
  if (!pending) return publish(turn, draftId, draft, reviewOf(draft, origin));
  pending.then(
    (review) => publish(turn, draftId, draft, review),
    () => publish(turn, draftId, draft, reviewOf(draft, origin)),
  );
}

/** Whether the latest review asked for (shown or on its way) is of this draft. */
export function reviewAskedFor(draftId: string): boolean {
  return lastAskedFor === draftId || reviewStore.getState().draftId === draftId;
}

/**
 * The review of the draft as it is now, brought up to date first when typing
 * got ahead of it: what is copied or downloaded is always the latest text.
 */
export function currentReview(draftId: string): ReviewState {
  applyPendingSource(draftId);
  const draft = readDraft(draftId);
  const state = reviewStore.getState();
  if (draft && (state.draftId !== draftId || state.draft !== draft)) reviewDraft(draftId, draft);
  return reviewStore.getState();
}

export function useReview<T>(draftId: string, select: (state: ReviewState) => T, fallback: T): T {
  return useStore(reviewStore, (state) => (state.draftId === draftId ? select(state) : fallback));
}

/** Whether this section has an error: the outline marks it. */
export function useSectionHasErrors(draftId: string, sectionId: string): boolean {
  return useReview(draftId, (s) => s.errorSections.has(sectionId), false);
}
