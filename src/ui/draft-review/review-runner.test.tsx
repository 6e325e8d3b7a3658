// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraft } from '../../core/draft/create-draft';
import { setBlockValue } from '../../core/draft/section-edits';
import { parseTemplate } from '../../core/template/parse-template';
import { draftsStore } from '../../store/drafts-store';
import { REVIEW_MAX_WAIT_MS, REVIEW_PAUSE_MS, ReviewRunner } from './review-runner';
import { currentReview, reviewStore } from './review-store';

const draftId = 'review-runner-draft';
// A mandatory section left empty: the review always has a finding to show.
const { template } = parseTemplate('# Spec: [NAME]\n\n## Summary *(mandatory)*\n\n[What it does]\n', { id: 'review-runner' });
const live = () => draftsStore.getState().drafts[draftId];
const summaryText = (d = live()) => {
  const value = d?.sections[0]?.blocks[0];
  return value?.kind === 'prose' ? value.markdown : undefined;
};
/** Sets the Summary's text, as typing there does. */
const type = (text: string) =>
  act(() =>
    draftsStore.getState().update(draftId, (d) => {
      const value = d.sections[0]!.blocks[0]!;
      if (value.kind !== 'prose') throw new Error('expected the Summary to be prose');
      return setBlockValue(d, d.sections[0]!.id, { ...value, markdown: text });
    }),
  );

beforeEach(() => {
  vi.useFakeTimers();
  draftsStore.getState().add(createDraft(template, { id: draftId, now: new Date('2026-11-21T09:30:00Z') }));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('ReviewRunner', () => {
  it('reviews a new draft at once, then waits for a pause in typing', async () => {
    render(<ReviewRunner draftId={draftId} />);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(reviewStore.getState().draft).toBe(live());
    expect(reviewStore.getState().findings.length).toBeGreaterThan(0);

    const reviewed = reviewStore.getState().draft;
    for (const name of ['I', 'In', 'Ing', 'Inge', 'Inges']) {
      type(name);
      await act(() => vi.advanceTimersByTimeAsync(REVIEW_PAUSE_MS / 3));
    }
    expect(reviewStore.getState().draft).toBe(reviewed); // nothing ran between keystrokes
    await act(() => vi.advanceTimersByTimeAsync(REVIEW_PAUSE_MS));
    expect(reviewStore.getState().draft).toBe(live());
    expect(summaryText(reviewStore.getState().draft!)).toBe('Inges');
  });

  it('catches up every couple of seconds while typing never pauses', async () => {
    render(<ReviewRunner draftId={draftId} />);
    await act(() => vi.advanceTimersByTimeAsync(0));
    const step = REVIEW_PAUSE_MS / 2;
    let caughtUpAt = -1;
    for (let t = 0; t < REVIEW_MAX_WAIT_MS * 1.5; t += step) {
      type(`Name ${t}`);
      await act(() => vi.advanceTimersByTimeAsync(step));
      if (caughtUpAt < 0 && summaryText(reviewStore.getState().draft!)?.startsWith('Name')) caughtUpAt = t;
    }
    expect(caughtUpAt).toBeGreaterThanOrEqual(REVIEW_MAX_WAIT_MS - 2 * step);
    expect(caughtUpAt).toBeLessThanOrEqual(REVIEW_MAX_WAIT_MS + step);
  });

  it('currentReview brings a review that is behind up to date at once, so an export has the last keystroke', async () => {
    render(<ReviewRunner draftId={draftId} />);
    await act(() => vi.advanceTimersByTimeAsync(0));
    type('Last keystroke');
    expect(summaryText(reviewStore.getState().draft!)).not.toBe('Last keystroke');
    const review = currentReview(draftId);
    expect(review.draft).toBe(live());
    expect(review.markdown).toContain('Last keystroke');
  });
});
