// First: it configures zod before any schema is made (the worker's script comes under the same Content Security Policy).
import './zod-jitless';
import type { ReviewAnswer, ReviewRequest } from '../ui/draft-review/background-review';
import { reviewOf } from '../ui/draft-review/review-of';
import type { TemplateSchema } from '../core/template/schema';

/** Templates the page has sent, by the number later requests name them with; the latest few are kept. */
const templates = new Map<number, TemplateSchema>();
const KEPT_TEMPLATES = 4;

/** The review worker: exports and checks drafts the page sends, off its main thread (see background-review.ts). */
self.onmessage = (event: MessageEvent<ReviewRequest>) => {
  const { id, draft, templateKey, template, origin } = event.data;
  let answer: ReviewAnswer;
  try {
    if (template) {
      templates.set(templateKey, template);
      for (const key of templates.keys()) if (templates.size > KEPT_TEMPLATES && key !== templateKey) templates.delete(key);
    }
    const known = templates.get(templateKey);
    if (!known) throw new Error('The review worker does not have this draft’s template.');
    answer = { id, review: reviewOf({ ...draft, template: known }, origin) };
  } catch (error) {
    answer = { id, failed: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
