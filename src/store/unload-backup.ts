import type { Draft } from '../core/draft/draft-schema';

/**
 * The last moments of a page: an IndexedDB write started while a tab closes or
 * reloads does not land in Chromium, but a localStorage write does (it is
 * synchronous). So on `pagehide` each draft with unsaved edits is copied here,
 * and the next load merges the copies back (see `mergeUnloadBackups` in the
 * store) and clears them once saved.
 */
export type BackupStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'specwright:unsaved:';
const KIND = 'specwright/unsaved-draft';

export function writeUnloadBackups(storage: BackupStorage, drafts: Draft[], now: Date): void {
  for (const draft of drafts) {
    try {
      storage.setItem(PREFIX + draft.id, JSON.stringify({ kind: KIND, version: 1, savedAt: now.toISOString(), draft }));
    } catch {
      // Full or refused: IndexedDB may still get the write; nothing more can be done while the page goes.
    }
  }
}

/** Reads every copy and removes it: the loading tab takes them over (and copies them again if it closes before saving). */
export function takeUnloadBackups(storage: BackupStorage): unknown[] {
  const keys: string[] = [];
  for (let k = 0; k < storage.length; k++) {
    const key = storage.key(k);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  const drafts: unknown[] = [];
  for (const key of keys) {
    const text = storage.getItem(key);
    storage.removeItem(key);
    try {
      const envelope = JSON.parse(text ?? 'null') as { kind?: unknown; draft?: unknown } | null;
      if (envelope?.kind === KIND) drafts.push(envelope.draft);
    } catch {
      // A torn copy: the stored record is still there.
    }
  }
  return drafts;
}

export function clearUnloadBackup(storage: BackupStorage, id: string): void {
  try {
    storage.removeItem(PREFIX + id);
  } catch {
    // nothing to clear
  }
}
