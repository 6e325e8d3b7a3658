import { useMemo } from 'react';
import { locateComment } from '../../core/comments/locate-comment';
import { draftDoc } from '../../store/comments/draft-comments';
import type { CommentPlace } from './comment-highlight';
import { useCommentsUi } from './comments-ui';
import type { MarkedRange } from './mark-text-ranges';
import { useComments } from './use-comments';
import './comment-range.css';

const none: MarkedRange[] = [];

/** The open comments' ranges in one prose field, for its static view; worked out again when its text or the comments change. */
export function useCommentMarks(where: CommentPlace | undefined, markdown: string): readonly MarkedRange[] {
  const threads = useComments(where?.draftId ?? '');
  const current = useCommentsUi((ui) => ui.current);
  return useMemo(() => {
    const doc = where && draftDoc(where.draftId);
    if (!where || !doc) return none;
    const marks: MarkedRange[] = [];
    for (const thread of threads) {
      const { anchor } = thread;
      if (anchor.kind !== 'prose' || anchor.place !== where.place || anchor.blockId !== where.blockId || thread.status !== 'open') continue;
      const location = locateComment(doc, anchor);
      if (location.kind === 'prose') marks.push({ id: thread.id, ...location.range, current: current === thread.id });
    }
    return marks.length > 0 ? marks : none;
    // The markdown is the field's text: when it changes, the ranges may have moved.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [threads, current, where?.draftId, where?.place, where?.blockId, markdown]);
}
