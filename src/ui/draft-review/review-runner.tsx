import { useEffect, useRef } from 'react';
import { afterPaint } from '../after-paint';
import { useDraftSelector } from '../../store/use-draft-selector';
import { reviewAskedFor, reviewDraftInBackground, reviewStore } from './review-store';

/** Typing pauses this long before the checks and the preview catch up. */
export const REVIEW_PAUSE_MS = 300;
/** While typing goes on without a pause, they still catch up this often. */
export const REVIEW_MAX_WAIT_MS = 2000;

/**
 * Renders nothing: exports and validates the draft when typing pauses (and
 * every couple of seconds while it goes on), never inside a keystroke. A
 * draft just opened is reviewed as soon as its first screen is painted. Export and Copy do not wait for
 * this: they bring the review up to date themselves (currentReview).
 */
export function ReviewRunner({ draftId }: { draftId: string }) {
  const draft = useDraftSelector(draftId, (d) => d);
  const waitingSince = useRef<number | null>(null);
  useEffect(() => {
    if (!draft) return;
    const state = reviewStore.getState();
    if (state.draftId === draftId && state.draft === draft) return;
    const run = () => {
      waitingSince.current = null;
      reviewDraftInBackground(draftId, draft);
    };
    // A draft just opened: once its first screen is painted.
    if (!reviewAskedFor(draftId)) return afterPaint(run);
    const now = Date.now();
    waitingSince.current ??= now;
    const timer = setTimeout(run, Math.min(REVIEW_PAUSE_MS, Math.max(0, waitingSince.current + REVIEW_MAX_WAIT_MS - now)));
    return () => clearTimeout(timer);
  }, [draftId, draft]);
  return null;
}
