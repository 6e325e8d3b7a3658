import type * as Y from 'yjs';
import { COMMENTS_KEY, CommentEntry, type CommentThread } from './comment-schema';

export function commentsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(COMMENTS_KEY);
}

/**
 * The comments of a doc, oldest first, each with its replies. An entry that
 * does not fit the schema (a peer's bug or a hostile peer), whose key is not
 * its id, or a reply whose comment is gone, is skipped; the rest are shown.
 */
export function readComments(doc: Y.Doc): CommentThread[] {
  const entries: CommentEntry[] = [];
  for (const [key, value] of commentsMap(doc)) {
    const parsed = CommentEntry.safeParse(value);
    if (parsed.success && parsed.data.id === key) entries.push(parsed.data);
  }
  entries.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const threads = new Map<string, CommentThread>();
  for (const entry of entries) if (entry.parentId === null && entry.anchor) threads.set(entry.id, { ...entry, anchor: entry.anchor, replies: [] });
  for (const entry of entries) if (entry.parentId !== null) threads.get(entry.parentId)?.replies.push(entry);
  return [...threads.values()];
}
