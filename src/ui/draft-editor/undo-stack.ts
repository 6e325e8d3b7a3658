import { createStore } from 'zustand/vanilla';
import type { Draft } from '../../core/draft/draft-schema';

/**
 * Destructive edits (removing a story, a requirement, a row) can be undone.
 * An entry holds the inverse edit, not a copy of the whole draft, so undoing
 * never throws away what was typed since.
 */
export type UndoEntry = { id: number; draftId: string; label: string; revert: (draft: Draft) => Draft };

type UndoState = { entries: UndoEntry[] };

const LIMIT = 30;
let nextId = 1;

export const undoStack = createStore<UndoState>()(() => ({ entries: [] }));

export function pushUndo(draftId: string, label: string, revert: (draft: Draft) => Draft): void {
  const entry = { id: nextId++, draftId, label, revert };
  undoStack.setState((s) => ({ entries: [...s.entries, entry].slice(-LIMIT) }));
}

/** Takes the latest entry for this draft off the stack and returns it, for the caller to apply. */
export function popUndo(draftId: string): UndoEntry | undefined {
  const entries = undoStack.getState().entries;
  const index = entries.findLastIndex((e) => e.draftId === draftId);
  if (index < 0) return undefined;
  undoStack.setState({ entries: entries.filter((_, k) => k !== index) });
  return entries[index];
}

export function clearUndo(draftId: string): void {
  undoStack.setState((s) => ({ entries: s.entries.filter((e) => e.draftId !== draftId) }));
}
