// First: it configures zod before any schema is made (the worker's script comes under the same Content Security Policy).
import './zod-jitless';
import type { ReviewAnswer, ReviewRequest } from '../ui/draft-review/background-review';
import { reviewOf } from '../ui/draft-review/review-of';

/** The review worker: exports and checks drafts the page sends, off its main thread (see background-review.ts). */
self.onmessage = (event: MessageEvent<ReviewRequest>) => {
  const { id, draft, origin } = event.data;
  let answer: ReviewAnswer;
  try {
    answer = { id, review: reviewOf(draft, origin) };
  } catch (error) {
    answer = { id, failed: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
