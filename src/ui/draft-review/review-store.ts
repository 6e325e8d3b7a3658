import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Finding } from '../../core/validate/finding';

/**
 * The open draft's export and findings, worked out off the typing path by
 * ReviewRunner and read here by whatever shows them. Narrow hooks: an outline
 * entry re-renders only when its own section's problems change.
 */
type ReviewState = {
  draftId: string | null;
  markdown: string;
  findings: Finding[];
  /** Sections with at least one error. */
  errorSections: ReadonlySet<string>;
};

export const reviewStore = createStore<ReviewState>()(() => ({ draftId: null, markdown: '', findings: [], errorSections: new Set() }));

export function publishReview(draftId: string, markdown: string, findings: Finding[]): void {
  const errorSections = new Set(findings.filter((f) => f.severity === 'error' && f.sectionId).map((f) => f.sectionId!));
  reviewStore.setState({ draftId, markdown, findings, errorSections });
}

export function useReview<T>(draftId: string, select: (state: ReviewState) => T, fallback: T): T {
  return useStore(reviewStore, (state) => (state.draftId === draftId ? select(state) : fallback));
}

/** Whether this section has an error: the outline marks it. */
export function useSectionHasErrors(draftId: string, sectionId: string): boolean {
  return useReview(draftId, (s) => s.errorSections.has(sectionId), false);
}
