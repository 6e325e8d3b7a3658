import { useState } from 'react';
import { addComment } from '../../core/comments/comment-edits';
import type { CommentAnchor } from '../../core/comments/comment-schema';
import { locateComment, sectionOfAnchor } from '../../core/comments/locate-comment';
import { reviewSummary } from '../../core/comments/review-summary';
import { lookupDraftSection } from '../../core/draft/section-index';
import { exportFileName } from '../../core/markdown/export-file-name';
import { commentAuthor, newCommentId } from '../../store/comments/comment-author';
import { draftDoc, editComments } from '../../store/comments/draft-comments';
import { readDraft } from '../../store/use-draft-selector';
import { sectionHeading } from '../draft-editor/progressive-sections';
import { downloadTextFile } from '../download/download-text-file';
import { bringIntoView } from '../scroll/bring-into-view';
import { CommentForm } from './comment-form';
import { CommentThreadView } from './comment-thread';
import { setCommentsUi, useCommentsUi } from './comments-ui';
import { useComments } from './use-comments';
import './comments.css';

type Filter = 'open' | 'resolved';

/** The review comments of a draft: a new one being written, the open or resolved ones with jump-to, and the review-summary download. */
export function CommentsPanel({ draftId }: { draftId: string }) {
  const threads = useComments(draftId);
  const pending = useCommentsUi((ui) => ui.pending);
  const [filter, setFilter] = useState<Filter>('open');
  const [status, setStatus] = useState('');
  const doc = draftDoc(draftId);
  const draft = readDraft(draftId);
  const titleOf = (sectionId: string | null) => (sectionId && draft ? (lookupDraftSection(draft.sections, sectionId)?.title ?? null) : null);
  const shown = threads.filter((t) => t.status === filter);
  const counts = { open: threads.filter((t) => t.status === 'open').length, resolved: threads.filter((t) => t.status === 'resolved').length };

  const add = (anchor: CommentAnchor, text: string) => {
    let ok = false;
    editComments(draftId, (d) => {
      ok = addComment(d, anchor, { id: newCommentId(), text, createdAt: Date.now(), ...commentAuthor() });
    });
    if (ok) {
      setCommentsUi({ pending: null });
      setFilter('open');
      setStatus('Comment added.');
    }
    return ok;
  };

  const jump = (id: string, anchor: CommentAnchor) => {
    setCommentsUi({ current: id });
    // After the highlight is drawn (the current comment's mark is marked as such).
    requestAnimationFrame(() => {
      const mark = document.querySelector<HTMLElement>(`[data-comment-id="${CSS.escape(id)}"]`);
      const sectionId = sectionOfAnchor(anchor);
      const target = mark ?? (sectionId ? sectionHeading(sectionId) : null);
      if (!target) return setStatus('Its place is not on screen.');
      if (!mark) target.focus({ preventScroll: true });
      bringIntoView(target, 'center');
    });
  };

  const exportSummary = () => {
    const current = readDraft(draftId);
    if (!doc || !current) return;
    const name = exportFileName(current).replace(/\.md$/, '') + '-review.md';
    downloadTextFile(reviewSummary(doc, current), name);
    setStatus(`Downloaded ${name}.`);
  };

  return (
    <section className="comments-panel" aria-labelledby="comments-title">
      <h2 id="comments-title">Comments</h2>
      {pending && (
        <div className="comment-new">
          <p className="comment-on">{pending.kind === 'prose' ? `On “${pending.quote}”` : `On the section ${titleOf(pending.sectionId) ?? ''}`}</p>
          <CommentForm label="New comment" submit="Add comment" onSubmit={(text) => add(pending, text)} onCancel={() => setCommentsUi({ pending: null })} />
        </div>
      )}
      <div className="comments-filter" role="group" aria-label="Show">
        {(['open', 'resolved'] as const).map((f) => (
          <button key={f} type="button" className="button button-secondary" aria-pressed={filter === f} onClick={() => setFilter(f)}>
            {f === 'open' ? `Open (${counts.open})` : `Resolved (${counts.resolved})`}
          </button>
        ))}
        <button type="button" className="button button-secondary" onClick={exportSummary}>
          Export review summary
        </button>
      </div>
      <p className="comments-status" role="status">
        {status}
      </p>
      {shown.length === 0 ? (
        <p className="comments-empty">{filter === 'open' ? 'No open comments. Select words in a text field and press Comment, or use Comment at a section’s heading.' : 'No resolved comments.'}</p>
      ) : (
        <ol className="comments-list">
          {shown.map((thread) => (
            <li key={thread.id}>
              <CommentThreadView
                draftId={draftId}
                thread={thread}
                location={doc ? locateComment(doc, thread.anchor) : { kind: 'section' }}
                sectionTitle={titleOf(sectionOfAnchor(thread.anchor))}
                onJump={() => jump(thread.id, thread.anchor)}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
