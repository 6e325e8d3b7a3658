import { useCallback, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { editDraft } from '../../store/use-draft-selector';
import { popUndo, undoStack } from './undo-stack';

/** How long the notice stays when nobody points at it or focuses it. */
export const UNDO_NOTICE_MS = 8000;

/**
 * "Removed FR-002 · Undo · ×", and Ctrl/Cmd+Z for it when the focus is not in
 * a text field (text fields undo their own typing). It offers the latest
 * removal only: once that is undone, closed or timed out, nothing older comes
 * back in its place. It stays while pointed at or focused.
 */
export function UndoNotice({ draftId }: { draftId: string }) {
  const latest = useStore(undoStack, (s) => s.entries.findLast((e) => e.draftId === draftId));
  // Entries up to this id are no longer offered (a later removal has a higher id).
  const [doneThrough, setDoneThrough] = useState(0);
  // Which notice the pointer or focus is on: a new notice starts its own time.
  const [heldId, setHeldId] = useState<number | null>(null);
  const shown = latest && latest.id > doneThrough ? latest : undefined;
  const shownId = shown?.id;
  const held = shownId !== undefined && heldId === shownId;

  const undo = useCallback(() => {
    if (shownId === undefined) return;
    const entry = popUndo(draftId);
    setDoneThrough(shownId);
    if (entry) editDraft(draftId, entry.revert);
  }, [draftId, shownId]);

  useEffect(() => {
    if (shownId === undefined || held) return;
    const timer = setTimeout(() => setDoneThrough(shownId), UNDO_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [shownId, held]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.key.toLowerCase() !== 'z') return;
      const target = event.target as HTMLElement | null;
      if (target && target.closest('input, textarea, select, [contenteditable="true"]') !== null) return;
      if (shownId === undefined) return;
      event.preventDefault();
      undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo, shownId]);

  if (!shown) return null;
  return (
    <div
      className="undo-notice"
      role="status"
      onPointerEnter={() => setHeldId(shown.id)}
      onPointerLeave={() => setHeldId(null)}
      onFocus={() => setHeldId(shown.id)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHeldId(null);
      }}
    >
      <span>{shown.label}</span>
      <button type="button" className="button button-secondary" onClick={undo}>
        Undo
      </button>
      <button type="button" className="undo-notice-close" aria-label="Close" title="Close" onClick={() => setDoneThrough(shown.id)}>
        ×
      </button>
    </div>
  );
}
