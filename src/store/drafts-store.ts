import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDraft } from '../core/draft/create-draft';
import type { Draft } from '../core/draft/draft-schema';
import { draftDisplayTitle } from '../core/draft/draft-title';
import { duplicateDraft } from '../core/draft/duplicate-draft';
import { renameDraft } from '../core/draft/rename-draft';
import { applyDraftChange } from '../core/draft-doc/apply-draft-change';
import { docToDraft } from '../core/draft-doc/doc-to-draft';
import { shareUnchanged } from '../core/draft-doc/share-unchanged';
import { connectDraftDb } from './draft-db';
import { createDraftDocs, type DraftDocs } from './draft-docs';
import type { DraftNotice, DraftsState, SaveState, UnreadableDraft } from './drafts-state';
import { describeStorageError, STORAGE_TIMEOUT_MESSAGE } from './describe-storage-error';
import { localDraftBackend, takeUpdateBackups, type BackupStorage } from './local-draft-backend';
import { newDraftId } from './new-draft-id';
import { summaryOfDraft } from './summary-of-draft';
import { broadcastDraftUpdatesChannel, tabDraftBackend, type DraftUpdatesChannelFactory } from './tab-draft-backend';
import { holdTabPresence, liveTabIds } from './tab-presence';

export type DraftsStoreDeps = {
  /** undefined where the browser has no IndexedDB: drafts then live in memory only. */
  indexedDB: IDBFactory | undefined;
  /** The app's other tabs (tab-draft-backend.ts). */
  channel: DraftUpdatesChannelFactory;
  /** navigator.storage, where there is one. */
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined;
  now: () => Date;
  newId: () => string;
  /** This tab's name for its closing-page copies (random unless told). */
  tabId?: string;
  /** The tabs open now (see tab-presence.ts); only copies of closed tabs are taken over. Unset or null: every copy is taken. */
  liveTabs?: () => Promise<ReadonlySet<string> | null>;
  /**
   * Copy changes not yet in IndexedDB to `backupStorage` a moment after each
   * change, not only when the page hides: for a browser that quits without
   * `pagehide`. Only safe where `liveTabs` can tell.
   */
  backupWhileTyping?: boolean;
  /** Synchronous storage (localStorage) for the changes of a closing page; undefined where there is none. */
  backupStorage?: BackupStorage | undefined;
  /** Stored updates of one draft merged into one once there are this many (tests). */
  compactAfter?: number;
};

export type DraftsStore = StoreApi<DraftsState> & {
  /** The storage seam: every draft's live Y.Doc (for the prose editor's fragments and for a team sync to attach to). */
  docs: DraftDocs;
  /** Closes the database and the channel (tests; a real tab just goes away). */
  dispose: () => void;
  /** Copies every change not yet in IndexedDB to synchronous storage: for `pagehide`, when an IndexedDB write would not land. */
  backupUnsaved: () => string[];
};

/** How soon after a change the closing-page copy is written, when copies are written while typing. */
export const BACKUP_DELAY_MS = 100;

/**
 * The drafts the UI reads, fed from their documents. Every draft is a Y.Doc
 * behind the storage seam (draft-docs.ts): an edit changes the doc (only what
 * differs, applyDraftChange) and the in-memory draft at once; the doc's
 * updates go to IndexedDB as they happen and to the other tabs, whose edits
 * merge in the same way. No version of a draft is ever written over another,
 * so there are no conflict copies. A stored draft that does not load is
 * listed in `unreadable` and never written over or deleted.
 */
export function createDraftsStore(deps: DraftsStoreDeps): DraftsStore {
  let db: IDBDatabase | null = null;
  let hangingOpen: Promise<IDBDatabase | null> | null = null;
  let loading: Promise<void> | null = null;
  let disposed = false;
  /** Settles once the first open has answered (or given up), so writes made while loading wait for it. */
  let connected!: () => void;
  const firstConnect = new Promise<void>((resolve) => (connected = resolve));
  /** Settles once the stored summaries are listed (or there is no database), so a draft can be opened. */
  let listed!: () => void;
  const firstList = new Promise<void>((resolve) => (listed = resolve));
  const unsubscribes = new Map<string, () => void>();
  const tabId = deps.tabId ?? newDraftId();

  const storedElsewhere = new Set<unknown>();
  const local = localDraftBackend({
    database,
    storedElsewhere,
    tabId,
    backupStorage: deps.backupStorage,
    compactAfter: deps.compactAfter,
    summaryOf(id) {
      const draft = get().drafts[id];
      return draft ? summaryOfDraft(draft) : null;
    },
    onWriteError(id, error) {
      const draft = get().drafts[id];
      set((s) => ({
        saveStates: s.drafts[id] ? { ...s.saveStates, [id]: 'error' } : s.saveStates,
        writeError: error === null || !draft ? s.writeError : `“${draftDisplayTitle(draft)}” could not be saved. ${describeStorageError(error)}`,
      }));
    },
    onWritten(id) {
      tabs.summaryChanged(id);
      if (!get().drafts[id] || docs.pending(id)) return;
      set((s) => {
        const saveStates: Record<string, SaveState> = { ...s.saveStates, [id]: 'saved' };
        return { saveStates, writeError: Object.values(saveStates).includes('error') ? s.writeError : null };
      });
    },
  });
  const tabs = tabDraftBackend(deps.channel, onDeletedElsewhere, onSummaryElsewhere);
  // The tab that made a change writes it (and copies it on closing); the others only merge it.
  storedElsewhere.add(tabs);
  const docs = createDraftDocs(local, [tabs]);

  let backupTimer: ReturnType<typeof setTimeout> | null = null;
  function backupSoon() {
    if (!deps.backupStorage || !deps.backupWhileTyping || backupTimer) return;
    backupTimer = setTimeout(() => {
      backupTimer = null;
      local.backupPending();
    }, BACKUP_DELAY_MS);
  }

  const store = createStore<DraftsState>()((set, get) => {
    function addDraft(draft: Draft) {
      docs.create(draft.id, draft);
      watch(draft.id);
      set((s) => ({ drafts: { ...s.drafts, [draft.id]: draft }, saveStates: { ...s.saveStates, [draft.id]: docs.pending(draft.id) ? 'saving' : 'saved' } }));
    }

    return {
      status: 'loading',
      drafts: {},
      summaries: {},
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

      openDraft(id) {
        if (Object.hasOwn(get().drafts, id)) return Promise.resolve(true);
        let opening = openings.get(id);
        if (!opening) {
          opening = openStored(id).finally(() => openings.delete(id));
          openings.set(id, opening);
        }
        return opening;
      },

      create(template) {
        const draft = createDraft(template, { id: deps.newId(), now: deps.now() });
        addDraft(draft);
        return draft.id;
      },

      add(draft) {
        const taken = isTaken(draft.id);
        const id = taken ? deps.newId() : draft.id;
        const stamp = deps.now().toISOString();
        addDraft({ ...draft, id, revision: 0, createdAt: stamp, updatedAt: stamp });
        return id;
      },

      adopt(id, update, origin) {
        if (isTaken(id)) return false;
        docs.create(id, null);
        docs.apply(id, update, origin);
        watch(id);
        reread(id);
        return true;
      },

      update(id, recipe) {
        const current = get().drafts[id];
        if (!current) return;
        const changed = recipe(current);
        if (changed === current) return;
        // The store owns identity, revision and the edit time; a recipe only changes content.
        const next: Draft = { ...changed, id: current.id, revision: current.revision, updatedAt: deps.now().toISOString() };
        docs.apply(id, (doc) => applyDraftChange(doc, current, next));
        set((s) => ({
          drafts: { ...s.drafts, [id]: next },
          saveStates: s.saveStates[id] === 'saving' || !docs.pending(id) ? s.saveStates : { ...s.saveStates, [id]: 'saving' },
        }));
        backupSoon();
      },

      flush: () => docs.flush(),

      rename(id, name) {
        if (!get().drafts[id]) {
          void get().openDraft(id).then((opened) => opened && get().rename(id, name));
          return;
        }
        get().update(id, (draft) => renameDraft(draft, name));
      },

      async duplicate(id) {
        if (!(await get().openDraft(id))) return null;
        const source = get().drafts[id];
        if (!source) return null;
        const copy = duplicateDraft(source, { id: deps.newId(), now: deps.now() });
        addDraft(copy);
        return copy.id;
      },

      remove(id) {
        const draft = get().drafts[id];
        if (!draft) {
          void get().openDraft(id).then((opened) => opened && get().remove(id));
          return;
        }
        unwatch(id);
        set((s) => ({
          drafts: without(s.drafts, id),
          summaries: without(s.summaries, id),
          saveStates: without(s.saveStates, id),
          lastDeleted: { draft, title: draftDisplayTitle(draft) },
        }));
        void docs.delete(id).catch((error: unknown) => {
          set({ writeError: `“${draftDisplayTitle(draft)}” could not be deleted from storage and may come back when you reload. ${describeStorageError(error)}` });
        });
      },

      undoDelete() {
        const deleted = get().lastDeleted;
        if (!deleted) return;
        set({ lastDeleted: null });
        addDraft(deleted.draft);
      },

      dismissDeleted: () => set({ lastDeleted: null }),

      dismissNotice: (noticeId) => set((s) => ({ notices: s.notices.filter((n) => n.id !== noticeId) })),
    };
  });

  const { getState: get, setState: set } = store;

  /** Reads the draft again whenever its doc changes from outside this tab's store (another tab, a sync). */
  function watch(id: string) {
    unsubscribes.get(id)?.();
    unsubscribes.set(id, docs.subscribe(id, () => reread(id)));
  }

  function unwatch(id: string) {
    unsubscribes.get(id)?.();
    unsubscribes.delete(id);
  }

  function reread(id: string) {
    const doc = docs.open(id);
    if (!doc) return;
    const result = docToDraft(doc);
    const before = get().drafts[id];
    if (!result.ok) {
      // Made unreadable from outside (a newer app's layout): shown as unreadable, the doc left as it is.
      set((s) => ({ drafts: without(s.drafts, id), saveStates: without(s.saveStates, id), unreadable: withUnreadable(s.unreadable, { id, reason: result.reason, raw: result.raw }) }));
      return;
    }
    const next = before ? shareUnchanged(before, result.draft) : result.draft;
    if (next === before) return;
    set((s) => ({
      drafts: { ...s.drafts, [id]: next },
      // Another tab's change is stored by that tab: this tab's save state stays what its own writes made it.
      saveStates: s.saveStates[id] ? s.saveStates : { ...s.saveStates, [id]: docs.pending(id) ? 'saving' : 'saved' },
      unreadable: s.unreadable.some((u) => u.id === id) ? s.unreadable.filter((u) => u.id !== id) : s.unreadable,
    }));
  }

  async function loadAll() {
    const opened = await connect();
    connected();
    if (opened) await readStored();
    listed();
    if (disposed) return;
    tabs.listen();
    await verifying;
    if (get().status === 'ready') void askForPersistence();
  }

  /** Opens the database, or says in `storageError` why it cannot be; null means memory-only. */
  async function connect(): Promise<IDBDatabase | null> {
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
      void connection.late.then(async (late) => {
        hangingOpen = null;
        if (!late || disposed || db) return;
        db = late;
        if (get().status === 'memory-only') await readStored();
        // Edits made meanwhile are written now.
        void docs.flush();
      });
    }
    return null;
  }

  let reading: Promise<void> | null = null;
  /**
   * Lists every stored draft by its summary (older records are moved over and
   * open), and opens the drafts with closing-page copies of tabs that are
   * gone. Drafts already in memory stay, merged with what was stored.
   */
  function readStored(): Promise<void> {
    reading ??= (async () => {
      let loaded;
      try {
        loaded = await docs.loadSummaries();
      } catch (error) {
        db = null;
        set({ status: 'memory-only', storageError: `Saved drafts could not be read. ${describeStorageError(error)}` });
        return;
      }
      const unreadable: UnreadableDraft[] = [...loaded.unreadable];
      if (deps.backupStorage) {
        for (const [id, updates] of takeUpdateBackups(deps.backupStorage, (await deps.liveTabs?.()) ?? null)) {
          const stored = docs.open(id) ? null : await docs.load(id);
          if (stored && !stored.ok) {
            unreadable.push(stored.unreadable);
            continue;
          }
          if (!docs.open(id)) docs.create(id, null);
          for (const update of updates) {
            try {
              docs.apply(id, update, 'backup');
            } catch {
              // a torn copy: what is stored is still there
            }
          }
          if (!loaded.ids.includes(id)) loaded.ids.push(id);
        }
      }
      const drafts: Record<string, Draft> = {};
      for (const id of loaded.ids) {
        const doc = docs.open(id);
        if (!doc) continue;
        const result = docToDraft(doc);
        if (result.ok && result.draft.id === id) drafts[id] = result.draft;
        else unreadable.push({ id, reason: result.ok ? 'The draft’s id does not match the key it is stored under.' : result.reason, raw: result.ok ? result.draft : result.raw });
        watch(id);
      }
      set((s) => ({
        status: 'ready',
        storageError: null,
        summaries: { ...Object.fromEntries(loaded.summaries.map((summary) => [summary.id, summary])), ...s.summaries },
        // A draft made in this tab while loading: its doc has merged what was stored; read it again.
        drafts: { ...drafts, ...Object.fromEntries(Object.keys(s.drafts).flatMap((id) => readable(id))), },
        saveStates: { ...Object.fromEntries(Object.keys(drafts).map((id) => [id, docs.pending(id) ? ('saving' as const) : ('saved' as const)])), ...s.saveStates },
        unreadable,
      }));
      verifying = findUnlisted();
    })().finally(() => {
      reading = null;
    });
    return reading;
  }

  let verifying: Promise<void> = Promise.resolve();
  /** After the list is shown: stored drafts with no summary that loads (damaged, or never written) get one built from the draft. */
  async function findUnlisted() {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (disposed) return;
    try {
      const found = await docs.findUnlisted(new Set([...Object.keys(get().summaries), ...Object.keys(get().drafts), ...get().unreadable.map((u) => u.id)]));
      set((s) => ({
        summaries: { ...s.summaries, ...Object.fromEntries(found.summaries.filter((summary) => !s.drafts[summary.id]).map((summary) => [summary.id, summary])) },
        unreadable: found.unreadable.reduce(withUnreadable, s.unreadable),
      }));
    } catch {
      // The list stays as the summaries made it; the next start looks again.
    }
  }

  const openings = new Map<string, Promise<boolean>>();
  /** Reads one stored draft into `drafts`; a summary whose draft is gone is dropped from the list. */
  async function openStored(id: string): Promise<boolean> {
    void get().load();
    await firstList;
    if (get().drafts[id]) return true;
    let stored;
    try {
      stored = await docs.load(id);
    } catch (error) {
      set({ writeError: `The draft could not be read. ${describeStorageError(error)}` });
      return false;
    }
    if (disposed) return false;
    if (!stored) {
      if (get().summaries[id]) set((s) => ({ summaries: without(s.summaries, id) }));
      return Boolean(get().drafts[id]);
    }
    if (!stored.ok) {
      set((s) => ({ summaries: without(s.summaries, id), unreadable: withUnreadable(s.unreadable, stored.unreadable) }));
      return false;
    }
    const result = docToDraft(stored.doc);
    if (!result.ok || result.draft.id !== id) {
      set((s) => ({
        summaries: without(s.summaries, id),
        unreadable: withUnreadable(s.unreadable, { id, reason: result.ok ? 'The draft’s id does not match the key it is stored under.' : result.reason, raw: result.ok ? result.draft : result.raw }),
      }));
      return false;
    }
    watch(id);
    set((s) => ({ drafts: { ...s.drafts, [id]: s.drafts[id] ?? result.draft }, saveStates: s.saveStates[id] ? s.saveStates : { ...s.saveStates, [id]: docs.pending(id) ? 'saving' : 'saved' } }));
    return true;
  }

  function isTaken(id: string): boolean {
    const s = get();
    return Boolean(s.drafts[id] || s.summaries[id] || docs.open(id) || s.unreadable.some((u) => u.id === id));
  }

  function readable(id: string): [string, Draft][] {
    const doc = docs.open(id);
    const result = doc ? docToDraft(doc) : null;
    const current = get().drafts[id];
    if (result?.ok) return [[id, current ? shareUnchanged(current, result.draft) : result.draft]];
    return current ? [[id, current]] : [];
  }

  /** The database once the first open has answered; while memory-only, each call tries again and loads what is stored. */
  async function database(): Promise<IDBDatabase | null> {
    await firstConnect;
    if (db || disposed || hangingOpen) return db;
    const opened = await connect();
    if (opened && get().status === 'memory-only') await readStored();
    return db;
  }

  /** Another tab deleted a draft. Changes of this tab not yet stored are kept: the draft is stored again, and a notice says so. */
  function onDeletedElsewhere(id: string) {
    const draft = get().drafts[id];
    const unsaved = docs.pending(id);
    unwatch(id);
    docs.forget(id);
    local.dropped(id);
    if (draft && unsaved) {
      docs.create(id, draft);
      watch(id);
      addNotice({ kind: 'restored', draftId: id, title: draftDisplayTitle(draft) });
      return;
    }
    set((s) => ({ drafts: without(s.drafts, id), summaries: without(s.summaries, id), saveStates: without(s.saveStates, id), unreadable: s.unreadable.filter((u) => u.id !== id) }));
  }

  /** Another tab stored a draft's summary (made there, edited there, its delete undone): the list reads it, unless the draft is open here. */
  function onSummaryElsewhere(id: string) {
    if (disposed || get().drafts[id]) return;
    void local.readSummary(id).then(
      (summary) => {
        if (summary && !disposed && !get().drafts[id]) set((s) => ({ summaries: { ...s.summaries, [id]: summary }, unreadable: s.unreadable.filter((u) => u.id !== id) }));
      },
      () => {},
    );
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
    docs,
    backupUnsaved: () => local.backupPending(),
    dispose() {
      disposed = true;
      connected();
      listed();
      if (backupTimer) clearTimeout(backupTimer);
      for (const unsubscribe of unsubscribes.values()) unsubscribe();
      docs.dispose();
      db?.close();
      db = null;
    },
  });
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

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
  channel: broadcastDraftUpdatesChannel,
  storage: typeof navigator === 'undefined' ? undefined : navigator.storage,
  now: () => new Date(),
  newId: newDraftId,
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
