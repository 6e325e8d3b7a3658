import * as Y from 'yjs';
import { loadDraft } from '../core/draft/load-draft';
import { docToDraft } from '../core/draft-doc/doc-to-draft';
import { draftToDoc } from '../core/draft-doc/draft-to-doc';
import { loadSummary, summarizeDraft, type DraftSummary } from '../core/draft-summary/draft-summary';
import { fromBase64url, toBase64url } from '../core/share/base64url';
import { appendUpdates, compactUpdates, deleteUpdates, moveRecordToUpdates, putRecord, readAllRecords, readDraftUpdates, readRecord, readStoredDraftIds, SUMMARIES_STORE } from './draft-db';
import type { DraftDocConnection, LocalDraftBackend } from './draft-docs';
import type { UnreadableDraft } from './drafts-state';

/**
 * Synchronous storage (localStorage) for a closing page: an IndexedDB write
 * started while a tab closes or reloads does not land in Chromium, and a
 * browser that quits may not even fire `pagehide`, but a localStorage write
 * that was made lands (it is synchronous).
 */
export type BackupStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export type LocalDraftBackendDeps = {
  /** The database, or null while the browser will not store anything (updates then wait in memory and go with the next write). */
  database: () => Promise<IDBDatabase | null>;
  /** A write failed (disk full, storage refused; null: no database now); the updates wait and go with the next change. */
  onWriteError: (id: string, error: unknown) => void;
  /** Everything of `id` so far is in the database. */
  onWritten: (id: string) => void;
  /** The draft's summary as it is now, written with its updates (null: none to write, e.g. a doc not yet filled). */
  summaryOf: (id: string) => DraftSummary | null;
  /** Synchronous storage for the updates of a closing page (see BackupStorage); undefined where there is none. */
  backupStorage?: BackupStorage | undefined;
  /** This tab's name for its closing-page copies. */
  tabId: string;
  /** Stored updates of one draft merged into one once there are this many. */
  compactAfter?: number;
  /** Transaction origins whose updates another writer stores (the other tabs of this browser write their own). */
  storedElsewhere?: ReadonlySet<unknown>;
};

const BACKUP_PREFIX = 'specwright:unsaved-updates:';
export const COMPACT_AFTER = 200;

type Pending = { queue: Uint8Array[]; inFlight: Uint8Array | null; writing: Promise<void> | null; stored: number; failed: boolean };

/**
 * This browser's copy of every draft: the library lists their summaries
 * (`summaries`, loadSummaries) and a draft's doc is read when it is opened
 * (`load`); each draft's Yjs updates are appended to
 * IndexedDB (`draft-updates`) as they happen, with its summary, one write in flight per draft
 * and whatever came meanwhile merged into the next, and merged into one
 * stored update now and then (as y-indexeddb does). A record of version 2
 * (`drafts`) is moved over when it is first read; one that does not load
 * stays there and is listed as unreadable, never deleted.
 */
export function localDraftBackend(deps: LocalDraftBackendDeps): LocalDraftBackend & { backupPending: () => string[]; dropped: (id: string) => void; readSummary: (id: string) => Promise<DraftSummary | null> } {
  const pending = new Map<string, Pending>();
  const compactAfter = deps.compactAfter ?? COMPACT_AFTER;
  const backupKey = (id: string) => `${BACKUP_PREFIX}${deps.tabId}:${id}`;
  const removals = new Map<string, Promise<void>>();

  function stateOf(id: string): Pending {
    let state = pending.get(id);
    if (!state) pending.set(id, (state = { queue: [], inFlight: null, writing: null, stored: 0, failed: false }));
    return state;
  }

  function write(id: string): Promise<void> {
    const state = stateOf(id);
    state.writing ??= (async () => {
      // A draft deleted and put back (Undo) is written after its delete, not wiped by it.
      await removals.get(id);
      while (state.queue.length > 0) {
        const batch = Y.mergeUpdates(state.queue.splice(0));
        state.inFlight = batch;
        const db = await deps.database();
        try {
          if (!db) throw null;
          await appendUpdates(db, id, [batch], deps.summaryOf(id));
          state.stored += 1;
          state.failed = false;
        } catch (error) {
          state.queue.unshift(batch);
          state.failed = true;
          deps.onWriteError(id, error);
          break;
        } finally {
          state.inFlight = null;
        }
      }
      state.writing = null;
      if (state.queue.length === 0) {
        clearBackup(id);
        deps.onWritten(id);
        if (state.stored >= compactAfter) void compact(id);
      }
    })();
    return state.writing;
  }

  async function compact(id: string) {
    const db = await deps.database();
    if (!db) return;
    try {
      const rows = (await readDraftUpdates(db, id)).filter((row) => isUpdateRow(row.value));
      if (rows.length < 2) return;
      const merged = Y.mergeUpdates(rows.map((row) => (row.value as { update: Uint8Array }).update));
      await compactUpdates(db, id, rows.map((row) => row.key), merged);
      stateOf(id).stored = 1;
    } catch {
      // Compaction only saves space; the updates are all still there.
    }
  }

  function clearBackup(id: string) {
    try {
      deps.backupStorage?.removeItem(backupKey(id));
    } catch {
      // nothing to clear
    }
  }

  const backend = {
    name: 'local',
    connect(id: string, doc: Y.Doc): DraftDocConnection {
      const state = stateOf(id);
      // A doc this backend did not load (new, or from elsewhere) is written whole first.
      if (!loaded.has(id)) {
        state.queue.push(Y.encodeStateAsUpdate(doc));
        void write(id);
      }
      loaded.add(id);
      const onUpdate = (update: Uint8Array, origin: unknown) => {
        if (origin === backend || deps.storedElsewhere?.has(origin)) return;
        state.queue.push(update);
        void write(id);
      };
      doc.on('update', onUpdate);
      return {
        synced: Promise.resolve(),
        pending: () => state.queue.length > 0 || state.writing !== null,
        async flush() {
          // Round until nothing is queued, or a write failed (it is retried with the next change).
          while (state.writing || (state.queue.length > 0 && !state.failed)) await (state.writing ?? write(id));
        },
        disconnect: () => doc.off('update', onUpdate),
      };
    },
    async remove(id: string) {
      const state = pending.get(id);
      pending.delete(id);
      loaded.delete(id);
      clearBackup(id);
      const removal = (async () => {
        await state?.writing;
        const db = await deps.database();
        if (db) await deleteUpdates(db, id);
      })();
      const settled = removal.catch(() => {});
      removals.set(id, settled);
      try {
        await removal;
      } finally {
        if (removals.get(id) === settled) removals.delete(id);
      }
    },
    async loadSummaries() {
      const summaries: DraftSummary[] = [];
      const docs = new Map<string, Y.Doc>();
      const unreadable: UnreadableDraft[] = [];
      const db = await deps.database();
      if (!db) return { summaries, docs, unreadable };
      // One that does not load (damaged, a newer app's) is not listed: `findUnlisted` builds it again from the draft.
      for (const { key, value } of await readAllRecords(db, SUMMARIES_STORE)) {
        const summary = loadSummary(value, key);
        if (summary) summaries.push(summary);
      }
      // Version-2 records: each moved to the updates store (with its summary) as it is read; one that does not load stays.
      const listed = new Set(summaries.map((s) => s.id));
      for (const { key, value } of await readAllRecords(db)) {
        const result = loadDraft(value);
        if (!result.ok || result.draft.id !== key || listed.has(key)) {
          unreadable.push({ id: key, reason: result.ok ? (listed.has(key) ? 'The draft is stored twice; this older copy is kept apart.' : 'The draft’s id does not match the key it is stored under.') : result.reason, raw: value });
          continue;
        }
        // The doc made from the record is the one kept, not read again from its own update.
        const doc = draftToDoc(result.draft);
        await moveRecordToUpdates(db, key, Y.encodeStateAsUpdate(doc), summarizeDraft(result.draft));
        docs.set(key, doc);
        loaded.add(key);
        stateOf(key).stored = 1;
      }
      return { summaries, docs, unreadable };
    },
    async load(id: string) {
      const db = await deps.database();
      if (!db) return null;
      const rows = await readDraftUpdates(db, id);
      if (rows.length === 0) return null;
      const doc = new Y.Doc();
      try {
        if (!rows.every((row) => isUpdateRow(row.value))) throw new Error('One of its stored updates is not a Yjs update.');
        for (const row of rows) Y.applyUpdate(doc, (row.value as { update: Uint8Array }).update, backend);
      } catch (error) {
        doc.destroy();
        return { ok: false as const, unreadable: { id, reason: `The draft’s stored changes cannot be read: ${error instanceof Error ? error.message : String(error)}`, raw: { draftId: id, updates: rows.map((row) => row.value) } } };
      }
      loaded.add(id);
      stateOf(id).stored = rows.length;
      return { ok: true as const, doc };
    },
    async findUnlisted(listed: ReadonlySet<string>) {
      const summaries: DraftSummary[] = [];
      const unreadable: UnreadableDraft[] = [];
      const db = await deps.database();
      if (!db) return { summaries, unreadable };
      for (const id of await readStoredDraftIds(db)) {
        if (listed.has(id) || loaded.has(id)) continue;
        const result = await backend.load(id);
        if (!result) continue;
        if (!result.ok) {
          unreadable.push(result.unreadable);
          continue;
        }
        loaded.delete(id);
        const draft = docToDraft(result.doc);
        result.doc.destroy();
        if (!draft.ok || draft.draft.id !== id) {
          unreadable.push({ id, reason: draft.ok ? 'The draft’s id does not match the key it is stored under.' : draft.reason, raw: draft.ok ? draft.draft : draft.raw });
          continue;
        }
        const summary = summarizeDraft(draft.draft);
        // Only a summary is written: the draft itself is as it was.
        await putRecord(db, summary, SUMMARIES_STORE);
        summaries.push(summary);
      }
      return { summaries, unreadable };
    },
    /** The stored summary of `id`, or null when there is none that loads. */
    async readSummary(id: string): Promise<DraftSummary | null> {
      const db = await deps.database();
      return db ? loadSummary(await readRecord(db, id, SUMMARIES_STORE), id) : null;
    },
    /** Another tab deleted the draft's stored updates: whatever of it is opened here again is written whole. */
    dropped(id: string) {
      pending.delete(id);
      loaded.delete(id);
    },
    /** Copies the updates not yet in the database to synchronous storage (for `pagehide`); returns the ids it could not copy. */
    backupPending(): string[] {
      const failed: string[] = [];
      if (!deps.backupStorage) return failed;
      for (const [id, state] of pending) {
        const waiting = [...(state.inFlight ? [state.inFlight] : []), ...state.queue];
        if (waiting.length === 0) continue;
        try {
          deps.backupStorage.setItem(backupKey(id), toBase64url(Y.mergeUpdates(waiting)));
        } catch {
          failed.push(id);
        }
      }
      return failed;
    },
  };
  const loaded = new Set<string>();
  return backend;
}

/**
 * The updates closing pages copied (backupPending) for tabs that are gone
 * (not in `liveTabs`; null: every copy), removed from storage as they are
 * taken: the loading tab applies them, which writes them. Updates merge, so
 * a copy that was written after all changes nothing.
 */
export function takeUpdateBackups(storage: BackupStorage, liveTabs: ReadonlySet<string> | null): Map<string, Uint8Array[]> {
  const taken = new Map<string, Uint8Array[]>();
  const keys: string[] = [];
  for (let k = 0; k < storage.length; k++) {
    const key = storage.key(k);
    if (key?.startsWith(BACKUP_PREFIX)) keys.push(key);
  }
  for (const key of keys) {
    const [tab = '', ...rest] = key.slice(BACKUP_PREFIX.length).split(':');
    const id = rest.join(':');
    if (liveTabs?.has(tab)) continue;
    const bytes = fromBase64url(storage.getItem(key) ?? '');
    storage.removeItem(key);
    if (!bytes || id === '') continue;
    taken.set(id, [...(taken.get(id) ?? []), bytes]);
  }
  return taken;
}

function isUpdateRow(value: unknown): value is { draftId: string; update: Uint8Array } {
  return typeof value === 'object' && value !== null && typeof (value as { draftId?: unknown }).draftId === 'string' && (value as { update?: unknown }).update instanceof Uint8Array;
}
