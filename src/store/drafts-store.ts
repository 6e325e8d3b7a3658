import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDraft } from '../core/draft/create-draft';
import type { Draft } from '../core/draft/draft-schema';
import { draftDisplayTitle } from '../core/draft/draft-title';
import { duplicateDraft } from '../core/draft/duplicate-draft';
import { loadDraft } from '../core/draft/load-draft';
import { renameDraft } from '../core/draft/rename-draft';
import { connectDraftDb, deleteRecord, readAllRecords, readRecord, writeIfRevision } from './draft-db';
import { broadcastDraftsChannel, type DraftsChannel, type DraftsChannelFactory, type DraftsMessage } from './drafts-channel';
import type { DraftNotice, DraftsState, SaveState, UnreadableDraft } from './drafts-state';
import { describeStorageError, STORAGE_TIMEOUT_MESSAGE } from './describe-storage-error';
import { newDraftId } from './new-draft-id';
import { createSaveScheduler } from './save-scheduler';
import { isRecordOf } from './is-record-of';
import { holdTabPresence, liveTabIds } from './tab-presence';
import { takeUnloadBackups, unloadBackup, type BackupStorage } from './unload-backup';

export type DraftsStoreDeps = {
  /** undefined where the browser has no IndexedDB: drafts then live in memory only. */
  indexedDB: IDBFactory | undefined;
  channel: DraftsChannelFactory;
  /** navigator.storage, where there is one. */
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined;
  now: () => Date;
  newId: () => string;
  /** How long after the last change a draft is written. */
  saveDelayMs: number;
  /** The longest a change waits to be written while changes keep coming (SAVE_MAX_WAIT_MS unless told). */
  saveMaxWaitMs?: number;
  /** This tab's name for its closing-page copies (random unless told). */
  tabId?: string;
  /** The tabs open now (see tab-presence.ts); only copies of closed tabs are taken over. Unset or null: every copy is taken. */
  liveTabs?: () => Promise<ReadonlySet<string> | null>;
  /**
   * Copy drafts to `backupStorage` a moment after each change, not only when the
   * page hides: for a browser that quits without `pagehide`. Only safe where
   * `liveTabs` can tell (another tab would otherwise take an open tab's copies).
   */
  backupWhileTyping?: boolean;
  /** Synchronous storage (localStorage) for the unsaved drafts of a closing page; undefined where there is none. */
  backupStorage?: BackupStorage | undefined;
};

export type DraftsStore = StoreApi<DraftsState> & {
  /** Closes the database and the channel and drops pending timers (tests; a real tab just goes away). */
  dispose: () => void;
  /** Copies every draft with unsaved edits to synchronous storage: for `pagehide`, when an IndexedDB write would not land. */
  backupUnsaved: () => string[];
};

export const SAVE_DELAY_MS = 400;
/** While a person types non-stop, their draft is still written at least once a second. */
export const SAVE_MAX_WAIT_MS = 1000;
/** How soon after a change the closing-page copy is written, when copies are written while typing. */
export const BACKUP_DELAY_MS = 100;
export const CONFLICT_COPY_SUFFIX = ' (conflict copy)';

/**
 * The drafts, in memory and in IndexedDB (one record per draft).
 *
 * Every write is checked against the revision the in-memory draft is based on
 * (`draft.revision` is the stored revision it was read or last written as).
 * When another tab has written since, the write is refused and both versions
 * are kept: this tab's becomes a new draft named as a conflict copy, and the
 * stored one replaces it in memory. A record that does not load is listed in
 * `unreadable` and never written over or deleted.
 */
export function createDraftsStore(deps: DraftsStoreDeps): DraftsStore {
  let db: IDBDatabase | null = null;
  /** An open that has not answered in time, still awaited. */
  let hangingOpen: Promise<IDBDatabase | null> | null = null;
  let loading: Promise<void> | null = null;
  let channel: DraftsChannel | null = null;
  let disposed = false;
  /** For each draft, the in-memory object that matches its stored record; a different object means unsaved edits. */
  const persisted = new Map<string, Draft>();
  /** Drafts with no record yet (new, duplicated, undeleted, or deleted elsewhere): their write expects no record. */
  const unstored = new Set<string>();

  const scheduler = createSaveScheduler(deps.saveDelayMs, deps.saveMaxWaitMs ?? SAVE_MAX_WAIT_MS, save);
  const backup = deps.backupStorage ? unloadBackup(deps.backupStorage, deps.tabId ?? newDraftId()) : null;
  let backupTimer: ReturnType<typeof setTimeout> | null = null;
  /** Copies unsaved drafts to synchronous storage soon, at most once per BACKUP_DELAY_MS while changes come. */
  function backupSoon() {
    if (!backup || !deps.backupWhileTyping || backupTimer) return;
    backupTimer = setTimeout(() => {
      backupTimer = null;
      // A draft too big for synchronous storage (a few MB) has no copy: write it to IndexedDB now instead of after the quiet period.
      for (const id of backupUnsaved()) void scheduler.saveNow(id);
    }, BACKUP_DELAY_MS);
  }
  /** Copies every draft with unsaved edits; returns the ids whose copy could not be written. */
  function backupUnsaved(): string[] {
    if (!backup) return [];
    const unsaved = Object.keys(get().drafts).filter(hasPendingEdits);
    return backup.write(unsaved.map((id) => get().drafts[id]!), deps.now());
  }

  const store = createStore<DraftsState>()((set, get) => {
    function addDraft(draft: Draft) {
      unstored.add(draft.id);
      set((s) => ({ drafts: { ...s.drafts, [draft.id]: draft }, saveStates: { ...s.saveStates, [draft.id]: 'saving' } }));
      void scheduler.saveNow(draft.id);
    }

    return {
      status: 'loading',
      drafts: {},
      saveStates: {},
      writeError: null,
      storageError: null,
      unreadable: [],
      notices: [],
      persistence: 'unknown',
      lastDeleted: null,

      load() {
        loading ??= loadAll();
        return loading;
      },

      create(template) {
        const draft = createDraft(template, { id: deps.newId(), now: deps.now() });
        addDraft(draft);
        return draft.id;
      },

      add(draft) {
        const taken = get().drafts[draft.id] || persisted.has(draft.id) || get().unreadable.some((u) => u.id === draft.id);
        const id = taken ? deps.newId() : draft.id;
        const stamp = deps.now().toISOString();
        addDraft({ ...draft, id, revision: 0, createdAt: stamp, updatedAt: stamp });
        return id;
      },

      update(id, recipe) {
        const current = get().drafts[id];
        if (!current) return;
        const changed = recipe(current);
        if (changed === current) return;
        // The store owns identity, revision and the edit time; a recipe only changes content.
        const next: Draft = { ...changed, id: current.id, revision: current.revision, updatedAt: deps.now().toISOString() };
        set((s) => ({ drafts: { ...s.drafts, [id]: next }, saveStates: s.saveStates[id] === 'saving' ? s.saveStates : { ...s.saveStates, [id]: 'saving' } }));
        scheduler.schedule(id);
        backupSoon();
      },

      flush: () => scheduler.flush(),

      rename(id, name) {
        get().update(id, (draft) => renameDraft(draft, name));
        void scheduler.saveNow(id);
      },

      duplicate(id) {
        const source = get().drafts[id];
        if (!source) return null;
        const copy = duplicateDraft(source, { id: deps.newId(), now: deps.now() });
        addDraft(copy);
        return copy.id;
      },

      remove(id) {
        const draft = get().drafts[id];
        if (!draft) return;
        // Unsaved edits come back (on Undo) under a new revision, so a tab still holding the old one cannot write over them.
        const kept = hasPendingEdits(id) && !unstored.has(id) ? { ...draft, revision: draft.revision + 1 } : draft;
        scheduler.cancel(id);
        unstored.delete(id);
        persisted.delete(id);
        // A copy left behind would bring the draft back on the next load; Undo is in memory.
        backup?.clear(id);
        set((s) => ({
          drafts: without(s.drafts, id),
          saveStates: without(s.saveStates, id),
          lastDeleted: { draft: kept, title: draftDisplayTitle(draft) },
        }));
        void scheduler.enqueue(id, () => deleteStored(id, draftDisplayTitle(draft)));
      },

      undoDelete() {
        const deleted = get().lastDeleted;
        if (!deleted) return;
        set({ lastDeleted: null });
        // Back with the revision it had; the record is gone, so its write expects none.
        addDraft(deleted.draft);
      },

      dismissDeleted: () => set({ lastDeleted: null }),

      dismissNotice: (noticeId) => set((s) => ({ notices: s.notices.filter((n) => n.id !== noticeId) })),
    };
  });

  const { getState: get, setState: set } = store;

  async function loadAll() {
    const opened = await connect();
    if (opened) await readStored(opened);
    if (disposed) return;
    channel = deps.channel(onMessage);
    if (get().status === 'ready') void askForPersistence();
  }

  /** Opens the database, or says in `storageError` why it cannot be; null means memory-only. */
  async function connect(): Promise<IDBDatabase | null> {
    // An open that hangs is not repeated: its late answer, if any, is taken when it comes.
    if (hangingOpen) return null;
    const connection = await connectDraftDb(deps.indexedDB, {
      isDisposed: () => disposed,
      onLost: (lost) => {
        if (db === lost) db = null;
      },
    });
    if (!connection) return null;
    if (connection.ok) return (db = connection.db);
    if (connection.reason === 'missing') set({ status: 'memory-only', storageError: 'This browser has no storage for web pages (IndexedDB is missing).' });
    else if (connection.reason === 'failed') set({ status: 'memory-only', storageError: describeStorageError(connection.error) });
    else {
      set({ status: 'memory-only', storageError: STORAGE_TIMEOUT_MESSAGE });
      hangingOpen = connection.late;
      void connection.late.then(async (opened) => {
        hangingOpen = null;
        if (!opened || disposed || db) return;
        db = opened;
        if (get().status === 'memory-only') await readStored(opened);
        // Edits made meanwhile are written now.
        for (const id of Object.keys(get().drafts)) if (hasPendingEdits(id)) void scheduler.saveNow(id);
      });
    }
    return null;
  }

  /** Loads every record. Drafts already in memory (made while loading, or while storage was away) are kept as they are. */
  async function readStored(opened: IDBDatabase) {
    let records;
    try {
      records = await readAllRecords(opened);
    } catch (error) {
      db = null;
      set({ status: 'memory-only', storageError: `Saved drafts could not be read. ${describeStorageError(error)}` });
      return;
    }
    const loaded: Record<string, Draft> = {};
    const unreadable: UnreadableDraft[] = [];
    for (const { key, value } of records) {
      const result = loadDraft(value);
      if (result.ok && result.draft.id === key) loaded[key] = result.draft;
      else unreadable.push({ id: key, reason: result.ok ? 'The draft’s id does not match the key it is stored under.' : result.reason, raw: value });
    }
    const inMemory = get().drafts;
    for (const [id, draft] of Object.entries(loaded)) if (!inMemory[id]) persisted.set(id, draft);
    const restored = mergeUnloadBackups(loaded, inMemory, (await deps.liveTabs?.()) ?? null);
    set((s) => ({
      status: 'ready',
      storageError: null,
      drafts: { ...loaded, ...restored, ...s.drafts },
      saveStates: {
        ...Object.fromEntries(Object.keys(loaded).map((id) => [id, 'saved' as const])),
        ...Object.fromEntries(Object.keys(restored).map((id) => [id, 'saving' as const])),
        ...s.saveStates,
      },
      unreadable,
    }));
    for (const id of Object.keys(restored)) void scheduler.saveNow(id);
  }

  /**
   * Unsaved drafts a closing page copied to synchronous storage (see
   * unload-backup.ts), judged like any write: edits on top of the stored
   * revision are applied; a copy equal to the record (the last write landed
   * after all) is dropped; a copy based on an older revision (another tab saved
   * since) is kept beside the stored draft as a conflict copy. Returns the
   * drafts to put in memory, each to be saved.
   */
  function mergeUnloadBackups(loaded: Record<string, Draft>, inMemory: Record<string, Draft>, liveTabs: ReadonlySet<string> | null): Record<string, Draft> {
    if (!deps.backupStorage) return {};
    const restored: Record<string, Draft> = {};
    for (const raw of takeUnloadBackups(deps.backupStorage, liveTabs)) {
      const result = loadDraft(raw);
      if (!result.ok || inMemory[result.draft.id]) continue;
      const copy = result.draft;
      // Another tab's copy of the same draft may have been taken already: this one is then judged against it.
      const taken = restored[copy.id];
      const stored = taken ?? loaded[copy.id];
      if (!stored) {
        unstored.add(copy.id);
        restored[copy.id] = copy;
      } else if (sameContent(stored, copy)) {
        continue;
      } else if (!taken && stored.revision === copy.revision) {
        restored[copy.id] = copy;
      } else {
        const title = draftDisplayTitle(copy);
        const kept = renameDraft(duplicateDraft(copy, { id: deps.newId(), now: deps.now() }), `${title}${CONFLICT_COPY_SUFFIX}`);
        unstored.add(kept.id);
        restored[kept.id] = kept;
        addNotice({ kind: 'conflict', draftId: copy.id, copyId: kept.id, title, copyTitle: draftDisplayTitle(kept) });
      }
    }
    return restored;
  }

  /** The database, reopened if it went away; while memory-only, each attempt tries again and loads what is stored. */
  async function database(): Promise<IDBDatabase | null> {
    await get().load();
    if (db || disposed) return db;
    const opened = await connect();
    if (opened && get().status === 'memory-only') await readStored(opened);
    return db;
  }

  /** Changes in memory that are not in this draft's record yet (a write running counts as done: it meets the revision check). */
  function hasPendingEdits(id: string): boolean {
    const draft = get().drafts[id];
    return scheduler.hasTimer(id) || unstored.has(id) || (draft !== undefined && draft !== persisted.get(id));
  }

  async function save(id: string): Promise<void> {
    const opened = await database();
    // Read the draft after the last await: from here the transaction starts without yielding.
    const draft = get().drafts[id];
    if (!draft) return;
    const isNew = unstored.has(id);
    if (!isNew && persisted.get(id) === draft) {
      set((s) => ({ saveStates: { ...s.saveStates, [id]: 'saved' } }));
      return;
    }
    if (!opened) {
      set((s) => ({ saveStates: { ...s.saveStates, [id]: 'error' } }));
      return;
    }
    const record: Draft = isNew ? draft : { ...draft, revision: draft.revision + 1 };
    let result;
    try {
      const basis = persisted.get(id);
      result = await writeIfRevision(opened, record, isNew ? null : draft.revision, (stored) => isRecordOf(stored, basis));
    } catch (error) {
      set((s) => ({ saveStates: { ...s.saveStates, [id]: 'error' }, writeError: `“${draftDisplayTitle(draft)}” could not be saved. ${describeStorageError(error)}` }));
      return;
    }
    if (result.ok) saved(id, draft, record);
    else if (result.stored === undefined) await saveAgainAfterDelete(id);
    else await keepBoth(id, result.stored);
  }

  function saved(id: string, written: Draft, record: Draft) {
    unstored.delete(id);
    backup?.clear(id);
    persisted.set(id, record);
    channel?.post({ type: 'saved', id });
    const current = get().drafts[id];
    if (!current) return; // deleted while writing; the delete runs next in this draft's queue
    // Edits typed while the write ran stay, now based on the new revision.
    const next = current === written ? record : { ...current, revision: record.revision };
    set((s) => {
      const saveStates: Record<string, SaveState> = { ...s.saveStates, [id]: next === record ? 'saved' : 'saving' };
      const anyError = Object.values(saveStates).includes('error');
      return { drafts: { ...s.drafts, [id]: next }, saveStates, writeError: anyError ? s.writeError : null };
    });
  }

  /** Another tab deleted the record while this one had unsaved edits: keep them by storing the draft again. */
  async function saveAgainAfterDelete(id: string) {
    const draft = get().drafts[id];
    if (!draft) return;
    unstored.add(id);
    persisted.delete(id);
    // Stored under the revision after its base, as a normal save would be: a tab still holding the base cannot write over it.
    set((s) => ({ drafts: { ...s.drafts, [id]: { ...draft, revision: draft.revision + 1 } } }));
    addNotice({ kind: 'restored', draftId: id, title: draftDisplayTitle(draft) });
    await save(id);
  }

  /** The stored record is not the one this draft is based on: keep this tab's version as a copy and show the stored one. */
  async function keepBoth(id: string, stored: unknown) {
    const local = get().drafts[id];
    if (!local) return;
    scheduler.cancel(id);
    const title = draftDisplayTitle(local);
    const copy = renameDraft(duplicateDraft(local, { id: deps.newId(), now: deps.now() }), `${title}${CONFLICT_COPY_SUFFIX}`);
    const theirs = loadDraft(stored);
    unstored.delete(id);
    unstored.add(copy.id);
    // This tab's version of `id` lives on as the copy; its closing-page copy would make another.
    backup?.clear(id);
    if (theirs.ok) {
      persisted.set(id, theirs.draft);
      set((s) => ({
        drafts: { ...s.drafts, [id]: theirs.draft, [copy.id]: copy },
        saveStates: { ...s.saveStates, [id]: 'saved', [copy.id]: 'saving' },
      }));
    } else {
      // Stored by a newer app, or damaged: listed as unreadable and left alone.
      persisted.delete(id);
      set((s) => ({
        drafts: { ...without(s.drafts, id), [copy.id]: copy },
        saveStates: { ...without(s.saveStates, id), [copy.id]: 'saving' },
        unreadable: withUnreadable(s.unreadable, { id, reason: theirs.reason, raw: stored }),
      }));
    }
    addNotice({ kind: 'conflict', draftId: id, copyId: copy.id, title, copyTitle: draftDisplayTitle(copy) });
    await scheduler.saveNow(copy.id);
  }

  async function deleteStored(id: string, title: string) {
    const opened = await database();
    if (!opened) return;
    // Even when undone already: the undo's write is queued after this and expects no record.
    try {
      await deleteRecord(opened, id);
      channel?.post({ type: 'deleted', id });
    } catch (error) {
      set({ writeError: `“${title}” could not be deleted from storage and may come back when you reload. ${describeStorageError(error)}` });
    }
  }

  /**
   * Another tab saved or deleted a record: take its version, unless this tab
   * has edits of its own to it; their write then meets the revision check.
   */
  function onMessage(message: DraftsMessage) {
    if (hasPendingEdits(message.id)) return;
    void scheduler.enqueue(message.id, () => reread(message.id));
  }

  async function reread(id: string) {
    const opened = await database();
    if (!opened || hasPendingEdits(id)) return;
    const before = get().drafts[id];
    let raw: unknown;
    try {
      raw = await readRecord(opened, id);
    } catch {
      return; // the next message, or a reload, reads it again
    }
    if (get().drafts[id] !== before || hasPendingEdits(id)) return;
    if (raw === undefined) {
      persisted.delete(id);
      set((s) => ({ drafts: without(s.drafts, id), saveStates: without(s.saveStates, id), unreadable: s.unreadable.filter((u) => u.id !== id) }));
      return;
    }
    const result = loadDraft(raw);
    if (!result.ok) {
      persisted.delete(id);
      set((s) => ({ drafts: without(s.drafts, id), saveStates: without(s.saveStates, id), unreadable: withUnreadable(s.unreadable, { id, reason: result.reason, raw }) }));
      return;
    }
    persisted.set(id, result.draft);
    set((s) => ({
      drafts: { ...s.drafts, [id]: result.draft },
      saveStates: { ...s.saveStates, [id]: 'saved' },
      unreadable: s.unreadable.filter((u) => u.id !== id),
    }));
  }

  async function askForPersistence() {
    const storage = deps.storage;
    if (!storage || typeof storage.persist !== 'function') {
      set({ persistence: 'unsupported' });
      return;
    }
    try {
      const granted = (typeof storage.persisted === 'function' && (await storage.persisted())) || (await storage.persist());
      set({ persistence: granted ? 'granted' : 'not-granted' });
    } catch {
      set({ persistence: 'not-granted' });
    }
  }

  let noticeCount = 0;
  function addNotice(notice: DistributiveOmit<DraftNotice, 'id'>) {
    noticeCount += 1;
    const withId = { ...notice, id: `notice-${noticeCount}` } as DraftNotice;
    set((s) => ({ notices: [...s.notices, withId] }));
  }

  return Object.assign(store, {
    backupUnsaved,
    dispose() {
      disposed = true;
      scheduler.cancelAll();
      if (backupTimer) clearTimeout(backupTimer);
      channel?.close();
      channel = null;
      db?.close();
      db = null;
    },
  });
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Equal but for the revision and edit time a save changes. */
function sameContent(a: Draft, b: Draft): boolean {
  return JSON.stringify({ ...a, revision: 0, updatedAt: '' }) === JSON.stringify({ ...b, revision: 0, updatedAt: '' });
}

function without<T>(record: Record<string, T>, id: string): Record<string, T> {
  const rest = { ...record };
  delete rest[id];
  return rest;
}

function withUnreadable(list: UnreadableDraft[], entry: UnreadableDraft): UnreadableDraft[] {
  return [...list.filter((u) => u.id !== entry.id), entry];
}

/** The app's drafts, stored in this browser. */
const tabId = newDraftId();
export const draftsStore: DraftsStore = createDraftsStore({
  tabId,
  backupWhileTyping: holdTabPresence(tabId),
  liveTabs: liveTabIds,
  indexedDB: typeof indexedDB === 'undefined' ? undefined : indexedDB,
  channel: broadcastDraftsChannel,
  storage: typeof navigator === 'undefined' ? undefined : navigator.storage,
  now: () => new Date(),
  newId: newDraftId,
  saveDelayMs: SAVE_DELAY_MS,
  backupStorage: localStorageIfAny(),
});

/** localStorage, where the browser has it and allows it (it throws in some privacy modes). */
function localStorageIfAny(): BackupStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
