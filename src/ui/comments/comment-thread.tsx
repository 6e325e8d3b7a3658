import { useState } from 'react';
import { addReply, deleteComment, setCommentStatus } from '../../core/comments/comment-edits';
import type { CommentEntry, CommentThread } from '../../core/comments/comment-schema';
import type { CommentLocation } from '../../core/comments/locate-comment';
import { commentAuthor, newCommentId } from '../../store/comments/comment-author';
import { editComments } from '../../store/comments/draft-comments';
import { CommentForm } from './comment-form';

type Props = { draftId: string; thread: CommentThread; location: CommentLocation; sectionTitle: string | null; onJump: () => void };

/** One comment in the panel: where it is, its text and replies, and what can be done with it. */
export function CommentThreadView({ draftId, thread, location, sectionTitle, onJump }: Props) {
  const [replying, setReplying] = useState(false);
  const { authorId } = commentAuthor();
  const on =
    location.kind === 'section' ? `On the section ${sectionTitle ?? ''}` : location.kind === 'prose' ? `On “${location.quote}”` : `On deleted text “${location.quote}”`;
  const reply = (text: string) => {
    let ok = false;
    editComments(draftId, (doc) => {
      ok = addReply(doc, thread.id, { id: newCommentId(), text, createdAt: Date.now(), ...commentAuthor() });
    });
    if (ok) setReplying(false);
    return ok;
  };
  return (
    <article className={`comment-thread is-${thread.status}${location.kind === 'orphaned' ? ' is-orphaned' : ''}`} aria-label={`Comment by ${thread.author}`}>
      <p className="comment-on">{on}</p>
      <Entry entry={thread} />
      {thread.replies.length > 0 && (
        <ol className="comment-replies" aria-label="Replies">
          {thread.replies.map((r) => (
            <li key={r.id}>
              <Entry entry={r} />
              {r.authorId === authorId && (
                <button type="button" className="button button-quiet" onClick={() => editComments(draftId, (doc) => deleteComment(doc, r.id, authorId))}>
                  Delete reply
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <div className="comment-actions">
        <button type="button" className="button button-quiet" onClick={onJump}>
          Jump to
        </button>
        <button type="button" className="button button-quiet" aria-expanded={replying} onClick={() => setReplying(!replying)}>
          Reply
        </button>
        <button type="button" className="button button-quiet" onClick={() => editComments(draftId, (doc) => setCommentStatus(doc, thread.id, thread.status === 'open' ? 'resolved' : 'open'))}>
          {thread.status === 'open' ? 'Resolve' : 'Reopen'}
        </button>
        {thread.authorId === authorId && (
          <button type="button" className="button button-quiet" onClick={() => editComments(draftId, (doc) => deleteComment(doc, thread.id, authorId))}>
            Delete
          </button>
        )}
      </div>
      {replying && <CommentForm label="Reply" submit="Add reply" onSubmit={reply} onCancel={() => setReplying(false)} />}
    </article>
  );
}

function Entry({ entry }: { entry: CommentEntry }) {
  return (
    <div className="comment-entry">
      <p className="comment-meta">
        <span className="comment-author">{entry.author}</span> <time dateTime={new Date(entry.createdAt).toISOString()}>{new Date(entry.createdAt).toLocaleString()}</time>
      </p>
      <p className="comment-text">{entry.text}</p>
    </div>
  );
}
