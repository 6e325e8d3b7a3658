import type * as Y from 'yjs';
import { COMMENT_VERSION, CommentEntry, type CommentAnchor } from './comment-schema';
import { commentsMap } from './read-comments';

export type NewComment = { id: string; author: string; authorId: string; text: string; createdAt: number };

/** Adds a comment on `anchor`; false (nothing written) when it does not fit the schema (an empty text, a name too long). */
export function addComment(doc: Y.Doc, anchor: CommentAnchor, comment: NewComment): boolean {
  return put(doc, { v: COMMENT_VERSION, ...comment, parentId: null, anchor, status: 'open' });
}

/** Adds a reply to the comment `parentId`; false when that comment is gone or the reply does not fit. */
export function addReply(doc: Y.Doc, parentId: string, reply: NewComment): boolean {
  if (!CommentEntry.safeParse(commentsMap(doc).get(parentId)).success) return false;
  return put(doc, { v: COMMENT_VERSION, ...reply, parentId, anchor: null, status: 'open' });
}

export function setCommentStatus(doc: Y.Doc, id: string, status: CommentEntry['status']): boolean {
  const parsed = CommentEntry.safeParse(commentsMap(doc).get(id));
  return parsed.success && parsed.data.status !== status && put(doc, { ...parsed.data, status });
}

/** Deletes a comment (with its replies) or a reply, when `authorId` wrote it. */
export function deleteComment(doc: Y.Doc, id: string, authorId: string): boolean {
  const map = commentsMap(doc);
  const parsed = CommentEntry.safeParse(map.get(id));
  if (!parsed.success || parsed.data.authorId !== authorId) return false;
  doc.transact(() => {
    map.delete(id);
    for (const [key, value] of map) {
      if (typeof value === 'object' && value !== null && (value as { parentId?: unknown }).parentId === id) map.delete(key);
    }
  });
  return true;
}

function put(doc: Y.Doc, entry: CommentEntry): boolean {
  const parsed = CommentEntry.safeParse(entry);
  if (!parsed.success) return false;
  commentsMap(doc).set(parsed.data.id, parsed.data);
  return true;
}
