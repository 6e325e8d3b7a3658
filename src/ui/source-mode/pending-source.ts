/**
 * Markdown typed in the source mode and not yet read into the draft (it is
 * read after a short pause). Whatever exports or shares the draft first
 * asks for it to be read now, so a Download right after typing has the
 * last keystroke too.
 */
const pending = new Map<string, () => void>();

export function setPendingSource(draftId: string, apply: (() => void) | null): void {
  if (apply) pending.set(draftId, apply);
  else pending.delete(draftId);
}

export function applyPendingSource(draftId: string): void {
  pending.get(draftId)?.();
}
