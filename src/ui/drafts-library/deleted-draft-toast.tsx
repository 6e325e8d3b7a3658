import { useEffect, useRef } from 'react';
import { useDraftsStore } from '../../store/use-drafts-store';

/**
 * "Draft deleted — Undo", in place of a confirmation dialog. It stays until
 * undone, dismissed or replaced by the next delete: a timed toast would take
 * the undo away from anyone slower than the timer.
 */
export function DeletedDraftToast({ onUndone }: { onUndone: () => void }) {
  const deleted = useDraftsStore((s) => s.lastDeleted);
  const undoDelete = useDraftsStore((s) => s.undoDelete);
  const dismiss = useDraftsStore((s) => s.dismissDeleted);
  const undoButton = useRef<HTMLButtonElement>(null);

  // The Delete button is gone with its draft; give keyboard focus somewhere useful.
  useEffect(() => {
    if (deleted && (document.activeElement === document.body || document.activeElement === null)) undoButton.current?.focus();
  }, [deleted]);

  return (
    <div className="deleted-toast-region" role="status">
      {deleted && (
        <div className="deleted-toast">
          <p>
            Draft deleted — <span className="deleted-toast-title">{deleted.title}</span>
          </p>
          <button
            ref={undoButton}
            type="button"
            className="button button-primary"
            onClick={() => {
              undoDelete();
              onUndone();
            }}
          >
            Undo
          </button>
          <button type="button" className="button button-secondary" aria-label="Dismiss" onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
