import * as Y from 'yjs';
import { docToDraft } from '../core/draft-doc/doc-to-draft';
import { summarizeDraft, type DraftSummary } from '../core/draft-summary/draft-summary';

/**
 * The summary of every readable draft among stored `draft-updates` rows (the
 * database's upgrade to version 4 builds the `summaries` store with it). A
 * draft whose updates do not load gets none: the library finds it without a
 * summary and lists it as unreadable, its updates left as they are.
 */
export function summariesFromUpdates(rows: readonly unknown[]): DraftSummary[] {
  const byDraft = new Map<string, Uint8Array[]>();
  const broken = new Set<string>();
  for (const row of rows) {
    const { draftId, update } = (typeof row === 'object' && row !== null ? row : {}) as { draftId?: unknown; update?: unknown };
    if (typeof draftId !== 'string') continue;
    if (!(update instanceof Uint8Array)) broken.add(draftId);
    else byDraft.set(draftId, [...(byDraft.get(draftId) ?? []), update]);
  }
  const summaries: DraftSummary[] = [];
  for (const [id, updates] of byDraft) {
    if (broken.has(id)) continue;
    const summary = summaryOfUpdates(id, updates);
    if (summary) summaries.push(summary);
  }
  return summaries;
}

/** The summary of one draft's stored updates, or null when they do not make a readable draft of that id. */
export function summaryOfUpdates(id: string, updates: readonly Uint8Array[]): DraftSummary | null {
  const doc = new Y.Doc();
  try {
    for (const update of updates) Y.applyUpdate(doc, update);
    const result = docToDraft(doc);
    return result.ok && result.draft.id === id ? summarizeDraft(result.draft) : null;
  } catch {
    return null;
  } finally {
    doc.destroy();
  }
}
