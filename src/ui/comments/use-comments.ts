import { useCallback, useSyncExternalStore } from 'react';
import type { CommentThread } from '../../core/comments/comment-schema';
import { commentsOf, subscribeComments } from '../../store/comments/draft-comments';

export function useComments(draftId: string): CommentThread[] {
  const subscribe = useCallback((listener: () => void) => subscribeComments(draftId, listener), [draftId]);
  return useSyncExternalStore(subscribe, () => commentsOf(draftId));
}
