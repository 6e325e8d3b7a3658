import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Draft } from '../../core/draft/draft-schema';
import { exportMarkdown } from '../../core/markdown/export-markdown';
import { countRemoteImages } from '../../core/remote-images/count-remote-images';
import type { Finding } from '../../core/validate/finding';
import { validateDraft } from '../../core/validate/validate-draft';
import { readDraft } from '../../store/use-draft-selector';
import { applyPendingSource } from '../source-mode/pending-source';

/**
 * The open draft's export and findings, worked out off the typing path by
 * ReviewRunner and read here by whatever shows them. Narrow hooks: an outline
 * entry re-renders only when its own section's problems change.
 */
type ReviewState = {
  draftId: string | null;
  /** The version of the draft this review is of: a newer one in the drafts store means the review is behind. */
  draft: Draft | null;
  markdown: string;
  /** Images in the export that would load from another server (the "Load N remote images" button). */
  remoteImages: number;
  findings: Finding[];
  /** Sections with at least one error. */
  errorSections: ReadonlySet<string>;
};

export const reviewStore = createStore<ReviewState>()(() => ({ draftId: null, draft: null, markdown: '', remoteImages: 0, findings: [], errorSections: new Set() }));

/** Exports and validates this version of the draft, and publishes the result. */
export function reviewDraft(draftId: string, draft: Draft): void {
  let markdown: string;
  try {
    markdown = exportMarkdown(draft);
  } catch (error) {
    markdown = `<!-- The export failed: ${error instanceof Error ? error.message : String(error)} -->\n`;
  }
  const findings = validateDraft(draft);
  const errorSections = new Set(findings.filter((f) => f.severity === 'error' && f.sectionId).map((f) => f.sectionId!));
  const remoteImages = countRemoteImages(markdown, window.location.origin);
  reviewStore.setState({ draftId, draft, markdown, remoteImages, findings, errorSections });
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
