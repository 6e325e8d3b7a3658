import type { Draft } from '../core/draft/draft-schema';

/**
 * The last moments of a page: an IndexedDB write started while a tab closes or
 * reloads does not land in Chromium, and a browser that quits may not even
 * fire `pagehide`, but a localStorage write that was made lands (it is
 * synchronous). So each draft with unsaved edits is copied here, on `pagehide`
 * and, where the browser can tell which tabs are open (tab-presence.ts), a
 * moment after each change; the next load merges the copies of closed tabs
 * back (see `mergeUnloadBackups` in the store), and a save clears them.
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
 * Reads the copies of tabs that are gone (and those of older versions of the
 * app, keyed by draft alone) and removes them: the loading tab takes them
 * over, and copies them again if it closes before saving. A tab in `liveTabs`
 * is still open and keeps its copies; null (the browser cannot tell) takes
 * every copy. Oldest first.
 */
export function takeUnloadBackups(storage: BackupStorage, liveTabs: ReadonlySet<string> | null = null): unknown[] {
  const keys: string[] = [];
  for (let k = 0; k < storage.length; k++) {
    const key = storage.key(k);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  const copies: { savedAt: string; draft: unknown }[] = [];
  for (const key of keys) {
    const text = storage.getItem(key);
    const envelope = readEnvelope(text);
    if (liveTabs && typeof envelope?.tab === 'string' && liveTabs.has(envelope.tab)) continue;
    storage.removeItem(key);
    if (envelope?.kind === KIND) copies.push({ savedAt: typeof envelope.savedAt === 'string' ? envelope.savedAt : '', draft: envelope.draft });
  }
  return copies.sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0)).map((c) => c.draft);
}

type Envelope = { kind?: unknown; tab?: unknown; savedAt?: unknown; draft?: unknown };

function readEnvelope(text: string | null): Envelope | null {
  try {
    const value: unknown = JSON.parse(text ?? 'null');
    return typeof value === 'object' && value !== null ? (value as Envelope) : null;
  } catch {
    return null; // a torn copy: the stored record is still there
  }
}
