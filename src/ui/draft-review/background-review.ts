import type { Draft } from '../../core/draft/draft-schema';
import type { TemplateSchema } from '../../core/template/schema';
import type { Review } from './review-of';

/**
 * What the page sends the review worker, and what it answers. The draft's
 * template (most of a draft's size, and the same from one keystroke to the
 * next) goes once: later requests name it by number.
 */
export type ReviewRequest = { id: number; draft: Omit<Draft, 'template'>; templateKey: number; template?: TemplateSchema; origin: string };
export type ReviewAnswer = { id: number; review: Review } | { id: number; failed: string };

let makeWorker: (() => Worker) | null = null;
let worker: Worker | null = null;
let broken = false;
let nextId = 0;
const templateKeys = new WeakMap<TemplateSchema, number>();
let nextTemplateKey = 0;
const waiting = new Map<number, { resolve: (review: Review) => void; reject: (error: Error) => void; template: TemplateSchema }>();

/**
 * Lets reviews run in a worker made by `factory` (the app's, src/app), off
 * the page's main thread: a 200-section draft's export and checks then never
 * hold up a keystroke. Until this is called, or where a worker cannot start,
 * reviewInBackground answers null and the caller reviews on the page.
 */
export function reviewInWorkers(factory: () => Worker): void {
  makeWorker = factory;
}

/** The review of `draft`, worked out in the worker; null when there is none to do it. */
export function reviewInBackground(draft: Draft, origin: string): Promise<Review> | null {
  if (broken || !makeWorker) return null;
  if (!worker) {
    try {
      worker = makeWorker();
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<ReviewAnswer>) => {
      const answer = event.data;
      const entry = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (!entry) return;
      if ('review' in answer) entry.resolve(answer.review);
      else {
        // Sent again next time, in case the worker no longer has it.
        templateKeys.delete(entry.template);
        entry.reject(new Error(answer.failed));
      }
    };
    // A worker that does not load (blocked, or a script error) is not tried again: reviews go back to the page.
    worker.onerror = () => {
      broken = true;
      worker?.terminate();
      worker = null;
      for (const entry of waiting.values()) entry.reject(new Error('The review worker stopped.'));
      waiting.clear();
    };
  }
  const id = ++nextId;
  const { template, ...rest } = draft;
  let templateKey = templateKeys.get(template);
  const sendTemplate = templateKey === undefined;
  if (templateKey === undefined) {
    templateKey = ++nextTemplateKey;
    templateKeys.set(template, templateKey);
  }
  const request: ReviewRequest = { id, draft: rest, templateKey, origin, ...(sendTemplate ? { template } : {}) };
  const answer = new Promise<Review>((resolve, reject) => waiting.set(id, { resolve, reject, template }));
  try {
    worker.postMessage(request);
  } catch (error) {
    waiting.delete(id);
    templateKeys.delete(template);
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return answer;
}
