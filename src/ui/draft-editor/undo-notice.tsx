import { useCallback, useEffect } from 'react';
import { useStore } from 'zustand';
import { editDraft } from '../../store/use-draft-selector';
import { popUndo, undoStack } from './undo-stack';

/** "Removed FR-002 · Undo", and Ctrl/Cmd+Z for it when the focus is not in a text field (text fields undo their own typing). */
export function UndoNotice({ draftId }: { draftId: string }) {
  const latest = useStore(undoStack, (s) => s.entries.findLast((e) => e.draftId === draftId));
  const undo = useCallback(() => {
    const entry = popUndo(draftId);
    if (entry) editDraft(draftId, entry.revert);
  }, [draftId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.key.toLowerCase() !== 'z') return;
      const target = event.target as HTMLElement | null;
      if (target && (target.closest('input, textarea, select, [contenteditable="true"]') !== null)) return;
      event.preventDefault();
      undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo]);

  if (!latest) return null;
  return (
    <div className="undo-notice" role="status">
      <span>{latest.label}</span>
      <button type="button" className="button button-secondary" onClick={undo}>
        Undo
      </button>
    </div>
  );
}
