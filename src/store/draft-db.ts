/**
 * The app's database: one IndexedDB record per draft in the `drafts` object
 * store, and one per custom template in `templates`, each keyed by its id.
 * Raw IndexedDB behind small promise wrappers; nothing else in the app opens
 * this database.
 *
 * Versions: 1 had `drafts`; 2 adds `templates`; 3 adds `draft-updates`, where
 * each draft is kept as the Yjs updates of its document (appended as they
 * happen, merged into one now and then), `versions` (a draft's history,
 * indexed by draft id), `versionTemplates` (the template snapshots those
 * versions share, stored once) and `githubTargets` (where a draft's GitHub
 * links point). An upgrade only ever adds a store: the records of `drafts`
 * come through untouched, and the drafts store moves each into
 * `draft-updates` in one transaction when it reads it (`moveRecordToUpdates`);
 * one it cannot read stays where it is.
 * 4 adds `summaries`: what the library lists of each draft
 * (core/draft-summary), written in the same transaction as the draft's
 * updates; the upgrade builds one for every readable draft already stored.
 */
import type { DraftSummary } from '../core/draft-summary/draft-summary';
import { summariesFromUpdates } from './summaries-from-updates';

export const DRAFT_DB_NAME = 'specwright';
export const DRAFT_DB_VERSION = 4;
export const DRAFTS_STORE = 'drafts';
export const TEMPLATES_STORE = 'templates';
export const UPDATES_STORE = 'draft-updates';
const BY_DRAFT = 'by-draft';
export const VERSIONS_STORE = 'versions';
export const VERSION_TEMPLATES_STORE = 'versionTemplates';
/** Per draft: the GitHub repository, branch and path its hand-off links point at. */
export const GITHUB_TARGETS_STORE = 'githubTargets';
/** Per draft: its summary (core/draft-summary), keyed by draft id. */
export const SUMMARIES_STORE = 'summaries';
/** The index of `versions` by the draft they belong to. */
export const VERSIONS_BY_DRAFT = 'draftId';

export type StoreName =
  | typeof DRAFTS_STORE
  | typeof TEMPLATES_STORE
  | typeof UPDATES_STORE
  | typeof VERSIONS_STORE
  | typeof VERSION_TEMPLATES_STORE
  | typeof GITHUB_TARGETS_STORE
  | typeof SUMMARIES_STORE;

/** One stored Yjs update of a draft's document, under an increasing key. */
export type StoredUpdate = { key: number; draftId: string; update: Uint8Array };

/** A stored record as it comes out of the database: untrusted until `loadDraft` says otherwise. */
export type StoredRecord = { key: string; value: unknown };

/** `onLost` is called when the connection closes on its own (another tab upgrading, the browser clearing data). */
export function openDraftDb(factory: IDBFactory, { onLost }: { onLost?: () => void } = {}): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DRAFT_DB_NAME, DRAFT_DB_VERSION);
    } catch (error) {
      reject(error);
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      const hadUpdates = db.objectStoreNames.contains(UPDATES_STORE);
      // Each store is created when missing, whatever version the database had: a v1 database gains
      // `templates` and keeps `drafts` as it is.
      if (!db.objectStoreNames.contains(DRAFTS_STORE)) db.createObjectStore(DRAFTS_STORE, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(TEMPLATES_STORE)) db.createObjectStore(TEMPLATES_STORE, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(UPDATES_STORE)) db.createObjectStore(UPDATES_STORE, { autoIncrement: true }).createIndex(BY_DRAFT, 'draftId');
      if (!db.objectStoreNames.contains(VERSIONS_STORE)) db.createObjectStore(VERSIONS_STORE, { keyPath: 'id' }).createIndex(VERSIONS_BY_DRAFT, 'draftId');
      if (!db.objectStoreNames.contains(VERSION_TEMPLATES_STORE)) db.createObjectStore(VERSION_TEMPLATES_STORE, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(GITHUB_TARGETS_STORE)) db.createObjectStore(GITHUB_TARGETS_STORE, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(SUMMARIES_STORE)) {
        const summaries = db.createObjectStore(SUMMARIES_STORE, { keyPath: 'id' });
        // Version 3 to 4: a summary for every draft already stored, in the upgrade's own transaction.
        const transaction = request.transaction;
        if (hadUpdates && transaction) {
          const rows = transaction.objectStore(UPDATES_STORE).getAll();
          rows.onsuccess = () => {
            for (const summary of summariesFromUpdates(rows.result)) summaries.put(summary);
          };
        }
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer version of the app in another tab wants to upgrade: step aside rather than block it.
      db.onversionchange = () => {
        db.close();
        onLost?.();
      };
      db.onclose = () => onLost?.();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('The drafts database could not be opened.'));
  });
}

/** How long opening the database may take before the app says so and works in memory. */
export const OPEN_TIMEOUT_MS = 3000;

/**
 * A store's connection, or why it has none: no IndexedDB in this browser, it
 * refused to open, or it did not answer in time. `late` settles with the
 * connection should the open still succeed (null if it fails), so a store can
 * take it then instead of opening again while one open hangs.
 */
export type Connection =
  | { ok: true; db: IDBDatabase }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'failed'; error: unknown }
  | { ok: false; reason: 'timeout'; late: Promise<IDBDatabase | null> };

/**
 * Opens the database for one of the app's stores (unless the store was
 * disposed while it opened, when it is closed again); `onLost` gets the
 * connection that closed on its own later. An open that neither succeeds nor
 * fails within `timeoutMs` (another tab blocking an upgrade, a wedged browser
 * profile) is reported as a timeout. Returns the connection, or why there is
 * none; null after disposal.
 */
export async function connectDraftDb(
  factory: IDBFactory | undefined,
  { isDisposed, onLost, timeoutMs = OPEN_TIMEOUT_MS }: { isDisposed: () => boolean; onLost: (lost: IDBDatabase) => void; timeoutMs?: number },
): Promise<Connection | null> {
  if (!factory) return { ok: false, reason: 'missing' };
  const opening = openDraftDb(factory, { onLost: () => void opening.then(onLost) });
  const late = opening.then(
    (opened) => {
      if (!isDisposed()) return opened;
      opened.close();
      return null;
    },
    () => null,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const opened = await Promise.race([opening, timedOut]);
    if (opened === 'timeout') return isDisposed() ? null : { ok: false, reason: 'timeout', late };
    if (isDisposed()) {
      opened.close();
      return null;
    }
    return { ok: true, db: opened };
  } catch (error) {
    return { ok: false, reason: 'failed', error };
  } finally {
    clearTimeout(timer);
  }
}

/** Every record with its key, in one read-only transaction (drafts unless told otherwise). */
export function readAllRecords(db: IDBDatabase, storeName: StoreName = DRAFTS_STORE): Promise<StoredRecord[]> {
  return inTransaction(db, storeName, 'readonly', (store, done) => {
    const keys = store.getAllKeys();
    const values = store.getAll();
    values.onsuccess = () => {
      done(
        values.result.map((value: unknown, index) => ({ key: String(keys.result[index]), value })),
      );
    };
  });
}

export function readRecord(db: IDBDatabase, id: string, storeName: StoreName = DRAFTS_STORE): Promise<unknown> {
  return inTransaction(db, storeName, 'readonly', (store, done) => {
    const request = store.get(id);
    request.onsuccess = () => done(request.result as unknown);
  });
}

export function deleteRecord(db: IDBDatabase, id: string, storeName: StoreName = DRAFTS_STORE): Promise<void> {
  return inTransaction(db, storeName, 'readwrite', (store, done) => {
    store.delete(id);
    done(undefined);
  });
}

/**
 * Stores `record` under its id, replacing what is there: for custom templates,
 * which change a few times in their life (rename, replace), never per keystroke,
 * so the last write wins.
 */
export function putRecord(db: IDBDatabase, record: { id: string }, storeName: StoreName): Promise<void> {
  return inTransaction(db, storeName, 'readwrite', (store, done, fail) => {
    try {
      store.put(record);
    } catch (error) {
      fail(error);
      return;
    }
    done(undefined);
  });
}

/** Every stored update of every draft, oldest first; a row that is not one (damaged, or written by a newer app) comes back with what it holds. */
export function readAllUpdates(db: IDBDatabase): Promise<{ key: number; value: unknown }[]> {
  return inTransaction(db, UPDATES_STORE, 'readonly', (store, done) => {
    const keys = store.getAllKeys();
    const values = store.getAll();
    values.onsuccess = () => done(values.result.map((value: unknown, index) => ({ key: Number(keys.result[index]), value })));
  });
}

/** Appends updates of one draft, and its summary as it now is (when there is one), in one transaction; resolves when it has committed. */
export function appendUpdates(db: IDBDatabase, draftId: string, updates: Uint8Array[], summary: DraftSummary | null = null): Promise<void> {
  return inTransaction(db, [UPDATES_STORE, SUMMARIES_STORE], 'readwrite', (stores, done, fail) => {
    try {
      for (const update of updates) stores[UPDATES_STORE].put({ draftId, update });
      if (summary) stores[SUMMARIES_STORE].put(summary);
    } catch (error) {
      fail(error);
      return;
    }
    done(undefined);
  });
}

/**
 * Replaces the updates under `keys` by `merged` (which holds all of them) in
 * one transaction: updates other tabs appended meanwhile have other keys and
 * stay.
 */
export function compactUpdates(db: IDBDatabase, draftId: string, keys: number[], merged: Uint8Array): Promise<void> {
  return inTransaction(db, UPDATES_STORE, 'readwrite', (store, done, fail) => {
    try {
      store.put({ draftId, update: merged });
      for (const key of keys) store.delete(key);
    } catch (error) {
      fail(error);
      return;
    }
    done(undefined);
  });
}

/** Deletes every update of a draft, and its summary, in one transaction. */
export function deleteUpdates(db: IDBDatabase, draftId: string): Promise<void> {
  return inTransaction(db, [UPDATES_STORE, SUMMARIES_STORE], 'readwrite', (stores, done) => {
    const store = stores[UPDATES_STORE];
    stores[SUMMARIES_STORE].delete(draftId);
    const request = store.index(BY_DRAFT).openKeyCursor(draftId);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) {
        done(undefined);
        return;
      }
      store.delete(cursor.primaryKey);
      cursor.continue();
    };
  });
}

/**
 * A record of `drafts` (version 2 and before) becomes its document's first
 * update, in one transaction over both stores: the record is deleted only
 * with the update written, so a failure leaves it as it was.
 */
export function moveRecordToUpdates(db: IDBDatabase, draftId: string, update: Uint8Array, summary: DraftSummary): Promise<void> {
  return inTransaction(db, [UPDATES_STORE, DRAFTS_STORE, SUMMARIES_STORE], 'readwrite', (stores, done, fail) => {
    try {
      stores[UPDATES_STORE].put({ draftId, update });
      stores[SUMMARIES_STORE].put(summary);
      stores[DRAFTS_STORE].delete(draftId);
    } catch (error) {
      fail(error);
      return;
    }
    done(undefined);
  });
}


/** The stored updates of one draft, oldest first, with their keys (a row that is not an update comes back as it is). */
export function readDraftUpdates(db: IDBDatabase, draftId: string): Promise<{ key: number; value: unknown }[]> {
  return inTransaction(db, UPDATES_STORE, 'readonly', (store, done) => {
    const index = store.index(BY_DRAFT);
    const keys = index.getAllKeys(draftId);
    const values = index.getAll(draftId);
    values.onsuccess = () => done(values.result.map((value: unknown, k) => ({ key: Number(keys.result[k]), value })));
  });
}

/** The id of every draft with stored updates, reading keys only (no update is loaded). */
export function readStoredDraftIds(db: IDBDatabase): Promise<string[]> {
  return inTransaction(db, UPDATES_STORE, 'readonly', (store, done) => {
    const ids: string[] = [];
    const request = store.index(BY_DRAFT).openKeyCursor(null, 'nextunique');
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) {
        done(ids);
        return;
      }
      ids.push(String(cursor.key));
      cursor.continue();
    };
  });
}

/**
 * Runs `body` in a transaction on one object store (the first of several, the
 * others reached through the transaction). The promise settles when
 * the transaction completes (so a write is durable by then) with the value
 * `body` handed to `done`, or rejects with the error `body` handed to `fail`
 * (the transaction is aborted) or the transaction's own error
 * (QuotaExceededError and friends).
 */
export function inTransaction<T>(
  db: IDBDatabase,
  storeName: StoreName,
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore, done: (value: T) => void, fail: (error: unknown) => void, transaction: IDBTransaction) => void,
): Promise<T>;
export function inTransaction<T>(
  db: IDBDatabase,
  storeName: StoreName[],
  mode: IDBTransactionMode,
  body: (stores: Record<StoreName, IDBObjectStore>, done: (value: T) => void, fail: (error: unknown) => void, transaction: IDBTransaction) => void,
): Promise<T>;
export function inTransaction<T>(
  db: IDBDatabase,
  storeName: StoreName | StoreName[],
  mode: IDBTransactionMode,
  body: (store: never, done: (value: T) => void, fail: (error: unknown) => void, transaction: IDBTransaction) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let transaction: IDBTransaction;
    try {
      transaction = db.transaction(storeName, mode);
    } catch (error) {
      reject(error);
      return;
    }
    let result: { value: T } | null = null;
    let failure: { error: unknown } | null = null;
    const fail = (error: unknown) => {
      failure ??= { error };
      try {
        transaction.abort();
      } catch {
        // already finished; the failure is still reported
      }
      reject(error);
    };
    transaction.oncomplete = () => {
      if (result) resolve(result.value);
      else reject(new Error('The database transaction finished without a result.'));
    };
    transaction.onerror = () => reject(failure?.error ?? transaction.error ?? new Error('The database transaction failed.'));
    transaction.onabort = () => reject(failure?.error ?? transaction.error ?? new Error('The database transaction was aborted.'));
    try {
      const stores = Array.isArray(storeName)
        ? Object.fromEntries(storeName.map((name) => [name, transaction.objectStore(name)]))
        : transaction.objectStore(storeName);
      body(
        stores as never,
        (value) => {
          result = { value };
        },
        fail,
        transaction,
      );
    } catch (error) {
      fail(error);
    }
  });
}
