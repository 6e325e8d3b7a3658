import { setCommentsUi, useCommentsUi } from './comments-ui';
import { useComments } from './use-comments';

/** The Comments button: the open comments' count; opens and closes the panel. */
export function CommentsToggle({ draftId }: { draftId: string }) {
  const open = useCommentsUi((ui) => ui.open);
  const count = useComments(draftId).filter((t) => t.status === 'open').length;
  return (
    <button type="button" className="button button-secondary" aria-expanded={open} aria-controls="draft-comments" onClick={() => setCommentsUi(open ? { open: false, pending: null } : { open: true })}>
      {count > 0 ? `Comments (${count})` : 'Comments'}
    </button>
  );
}
