import type { Draft } from '../core/draft/draft-schema';

/**
 * The last moments of a page: an IndexedDB write started while a tab closes or
 * reloads does not land in Chromium, but a localStorage write does (it is
 * synchronous). So each draft with unsaved edits is copied here (on `pagehide`,
 * and while typing goes on), and the next load merges the copies back (see
 * `mergeUnloadBackups` in the store) and clears them once saved.
 *
 * Each tab writes under keys of its own (`specwright:unsaved:<tab>:<draft>`):
 * two tabs that close at once with edits to the same draft both keep theirs.
 */
export type BackupStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'specwright:unsaved:';
const KIND = 'specwright/unsaved-draft';

/** One tab's copies. */
export type UnloadBackup = {
  /** Copies every draft given; returns the ids whose copy could not be written (storage full or refused). */
  write: (drafts: Draft[], now: Date) => string[];
  /** Removes this tab's copy of a draft (it has been saved). */
  clear: (id: string) => void;
};

export function unloadBackup(storage: BackupStorage, tabId: string): UnloadBackup {
  const keyOf = (id: string) => `${PREFIX}${tabId}:${id}`;
  return {
    write(drafts, now) {
      const failed: string[] = [];
      for (const draft of drafts) {
        try {
          storage.setItem(keyOf(draft.id), JSON.stringify({ kind: KIND, version: 1, tab: tabId, savedAt: now.toISOString(), draft }));
        } catch {
          // Full or refused (a draft over the origin's few MB): IndexedDB may still get the write; the caller says so.
          failed.push(draft.id);
        }
      }
      return failed;
    },
    clear(id) {
      try {
        storage.removeItem(keyOf(id));
      } catch {
        // nothing to clear
      }
    },
  };
}

/**
 * Reads every tab's copies (and those of older versions of the app, keyed by
 * draft alone) and removes them: the loading tab takes them over, and copies
 * them again if it closes before saving. Oldest first.
 */
export function takeUnloadBackups(storage: BackupStorage): unknown[] {
  const keys: string[] = [];
  for (let k = 0; k < storage.length; k++) {
    const key = storage.key(k);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  const copies: { savedAt: string; draft: unknown }[] = [];
  for (const key of keys) {
    const text = storage.getItem(key);
    storage.removeItem(key);
    try {
      const envelope = JSON.parse(text ?? 'null') as { kind?: unknown; savedAt?: unknown; draft?: unknown } | null;
      if (envelope?.kind === KIND) copies.push({ savedAt: typeof envelope.savedAt === 'string' ? envelope.savedAt : '', draft: envelope.draft });
    } catch {
      // A torn copy: the stored record is still there.
    }
  }
  return copies.sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0)).map((c) => c.draft);
}
