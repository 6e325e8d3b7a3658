// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createDraft } from '../../core/draft/create-draft';
import type { Draft } from '../../core/draft/draft-schema';
import { setBlockValue } from '../../core/draft/section-edits';
import { parseTemplate } from '../../core/template/parse-template';
import { draftsStore } from '../../store/drafts-store';
import { reviewInWorkers, type ReviewAnswer, type ReviewRequest } from './background-review';
import { reviewOf } from './review-of';
import { currentReview, reviewDraftInBackground, reviewStore } from './review-store';

const draftId = 'review-store-draft';
const { template } = parseTemplate('# Spec: [NAME]\n\n## Summary *(mandatory)*\n\n[What it does]\n', { id: 'review-store' });
const withSummary = (d: Draft, text: string) => {
  const value = d.sections[0]!.blocks[0]!;
  if (value.kind !== 'prose') throw new Error('expected the Summary to be prose');
  return setBlockValue(d, d.sections[0]!.id, { ...value, markdown: text });
};

/** Stands in for the review worker: it answers only when told to, as a busy worker answers late. */
class HeldWorker {
  onmessage: ((event: MessageEvent<ReviewAnswer>) => void) | null = null;
  onerror: (() => void) | null = null;
  held: ReviewRequest[] = [];
  templates = new Map<number, Draft['template']>();
  postMessage(request: ReviewRequest) {
    this.held.push(structuredClone(request));
  }
  answerAll() {
    for (const request of this.held.splice(0)) {
      if (request.template) this.templates.set(request.templateKey, request.template);
      const draft = { ...request.draft, template: this.templates.get(request.templateKey)! };
      this.onmessage?.({ data: { id: request.id, review: reviewOf(draft, request.origin) } } as MessageEvent<ReviewAnswer>);
    }
  }
  terminate() {}
}

describe('reviews in the worker', () => {
  it('are published when they come, the template sent once; one that comes after a newer review is dropped', async () => {
    const worker = new HeldWorker();
    reviewInWorkers(() => worker as unknown as Worker);
    draftsStore.getState().add(createDraft(template, { id: draftId, now: new Date('2026-12-02T09:00:00Z') }));
    const first = draftsStore.getState().drafts[draftId]!;
    reviewDraftInBackground(draftId, first);
    expect(reviewStore.getState().draft).not.toBe(first);
    worker.answerAll();
    await Promise.resolve();
    expect(reviewStore.getState().draft).toBe(first);
    expect(reviewStore.getState().findings.some((f) => f.sectionId === first.sections[0]!.id)).toBe(true);

    // Typing goes on: a review is asked for in the worker, then an export needs the latest at once.
    draftsStore.getState().update(draftId, (d) => withSummary(d, 'Stores every run.'));
    const second = draftsStore.getState().drafts[draftId]!;
    reviewDraftInBackground(draftId, second);
    draftsStore.getState().update(draftId, (d) => withSummary(d, 'Stores every run as an event.'));
    const third = draftsStore.getState().drafts[draftId]!;
    expect(currentReview(draftId).draft).toBe(third);
    expect(worker.held).toHaveLength(1);
    expect(worker.held[0]!.template).toBeUndefined();
    worker.answerAll();
    await Promise.resolve();
    expect(reviewStore.getState().draft).toBe(third);
    expect(reviewStore.getState().markdown).toContain('Stores every run as an event.');
  });
});
