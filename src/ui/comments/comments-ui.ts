import { useSyncExternalStore } from 'react';
import type { CommentAnchor } from '../../core/comments/comment-schema';

/**
 * The comments panel's page state: whether it is open, the comment being
 * written (its anchor, from a prose selection or a section heading) and the
 * comment last jumped to. Module state, as the one live prose editor is.
 */
export type CommentsUi = { open: boolean; pending: CommentAnchor | null; current: string | null };

let state: CommentsUi = { open: false, pending: null, current: null };
const listeners = new Set<() => void>();

export function setCommentsUi(patch: Partial<CommentsUi>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

export function commentsUi(): CommentsUi {
  return state;
}

export function subscribeCommentsUi(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCommentsUi<T>(select: (ui: CommentsUi) => T): T {
  return useSyncExternalStore(subscribeCommentsUi, () => select(state));
}

/** Opens the panel with a new comment on `anchor`, its text box focused. */
export function startComment(anchor: CommentAnchor): void {
  setCommentsUi({ open: true, pending: anchor });
}
