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
const TEMPLATE_PREFIX = 'specwright:unsaved-template:';
const KIND = 'specwright/unsaved-draft';
/** 1: the whole draft in one key. 2: the draft without its template, which has a key of its own, written when it changes. */
const VERSION = 2;

/** One tab's copies. */
export type UnloadBackup = {
  /** Copies every draft given; returns the ids whose copy could not be written (storage full or refused). */
  write: (drafts: Draft[], now: Date) => string[];
  /** Removes this tab's copy of a draft (it has been saved). */
  clear: (id: string) => void;
};

/**
 * A draft's template snapshot is most of its size and changes only when the
 * draft moves to a new template version, so it is written once, under a key
 * of its own, and each copy while typing holds only the draft's content.
 */
export function unloadBackup(storage: BackupStorage, tabId: string): UnloadBackup {
  const keyOf = (id: string) => `${PREFIX}${tabId}:${id}`;
  const templateKeyOf = (id: string) => `${TEMPLATE_PREFIX}${tabId}:${id}`;
  const templateWritten = new Map<string, Draft['template']>();
  return {
    write(drafts, now) {
      const failed: string[] = [];
      for (const draft of drafts) {
        const { template, ...content } = draft;
        try {
          if (templateWritten.get(draft.id) !== template) {
            storage.setItem(templateKeyOf(draft.id), JSON.stringify(template));
            templateWritten.set(draft.id, template);
          }
          storage.setItem(keyOf(draft.id), JSON.stringify({ kind: KIND, version: VERSION, tab: tabId, savedAt: now.toISOString(), draft: content }));
        } catch {
          // Full or refused (a draft over the origin's few MB): IndexedDB may still get the write; the caller says so.
          templateWritten.delete(draft.id);
          failed.push(draft.id);
        }
      }
      return failed;
    },
    clear(id) {
      templateWritten.delete(id);
      try {
        storage.removeItem(keyOf(id));
        storage.removeItem(templateKeyOf(id));
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
    if (key?.startsWith(PREFIX) || key?.startsWith(TEMPLATE_PREFIX)) keys.push(key);
  }
  const isLive = (tab: string) => liveTabs !== null && liveTabs.has(tab);
  const copies: { savedAt: string; draft: unknown }[] = [];
  for (const key of keys.filter((k) => k.startsWith(PREFIX))) {
    const envelope = readEnvelope(storage.getItem(key));
    const tab = typeof envelope?.tab === 'string' ? envelope.tab : null;
    if (tab !== null && isLive(tab)) continue;
    storage.removeItem(key);
    if (envelope?.kind !== KIND) continue;
    let draft = envelope.draft;
    if (envelope.version === 2 && tab !== null && typeof draft === 'object' && draft !== null) {
      const id = (draft as { id?: unknown }).id;
      draft = { ...draft, template: readJson(storage.getItem(`${TEMPLATE_PREFIX}${tab}:${String(id)}`)) };
    }
    copies.push({ savedAt: typeof envelope.savedAt === 'string' ? envelope.savedAt : '', draft });
  }
  // Templates of the copies taken, and any a closed tab left without a copy.
  for (const key of keys.filter((k) => k.startsWith(TEMPLATE_PREFIX))) {
    const tab = key.slice(TEMPLATE_PREFIX.length).split(':')[0] ?? '';
    if (!isLive(tab)) storage.removeItem(key);
  }
  return copies.sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0)).map((c) => c.draft);
}

type Envelope = { kind?: unknown; version?: unknown; tab?: unknown; savedAt?: unknown; draft?: unknown };

function readEnvelope(text: string | null): Envelope | null {
  const value = readJson(text);
  return typeof value === 'object' && value !== null ? (value as Envelope) : null;
}

function readJson(text: string | null): unknown {
  try {
    return JSON.parse(text ?? 'null') as unknown;
  } catch {
    return null; // a torn copy: the stored record is still there
  }
}
