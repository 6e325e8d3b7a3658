import type * as Y from 'yjs';
import { commentsMap, readComments } from '../../core/comments/read-comments';
import type { CommentThread } from '../../core/comments/comment-schema';
import { draftsStore } from '../drafts-store';
import { LOCAL_ORIGIN } from '../draft-docs';

const none: CommentThread[] = [];
const cache = new WeakMap<Y.Doc, CommentThread[]>();

/** A draft's comments, the same array until they change (for useSyncExternalStore). */
export function commentsOf(draftId: string): CommentThread[] {
  const doc = draftsStore.docs.open(draftId);
  if (!doc) return none;
  let threads = cache.get(doc);
  if (!threads) {
    threads = readComments(doc);
    cache.set(doc, threads);
  }
  return threads;
}

/** Calls `listener` after any change to a draft's comments, from this tab, another or a peer. Edits to the prose move anchors without changing comments: the highlights work their places out again from the field's text (use-comment-marks). */
export function subscribeComments(draftId: string, listener: () => void): () => void {
  const doc = draftsStore.docs.open(draftId);
  if (!doc) return () => {};
  const map = commentsMap(doc);
  const onChange = () => {
    cache.delete(doc);
    listener();
  };
  map.observe(onChange);
  return () => map.unobserve(onChange);
}

/** Runs a comment edit on a draft's doc (kept and synced as every change to it is). */
export function editComments(draftId: string, edit: (doc: Y.Doc) => void): void {
  draftsStore.docs.apply(draftId, edit, LOCAL_ORIGIN);
}

export function draftDoc(draftId: string): Y.Doc | undefined {
  return draftsStore.docs.open(draftId);
}
