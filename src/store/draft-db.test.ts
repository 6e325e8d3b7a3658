import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  connectDraftDb,
  DRAFT_DB_NAME,
  DRAFT_DB_VERSION,
  DRAFTS_STORE,
  GITHUB_TARGETS_STORE,
  openDraftDb,
  readAllRecords,
  readAllUpdates,
  SUMMARIES_STORE,
  TEMPLATES_STORE,
  UPDATES_STORE,
  VERSION_TEMPLATES_STORE,
  VERSIONS_BY_DRAFT,
  VERSIONS_STORE,
} from './draft-db';
import { createDraftsStore } from './drafts-store';

const v1Draft = (): Record<string, unknown> => JSON.parse(readFileSync(new URL('../core/draft/__fixtures__/draft-v1.json', import.meta.url), 'utf8'));

/** The database as version 1 of the app left it: version 1, one `drafts` store, these records. */
function seedVersion1(idb: IDBFactory, records: Record<string, unknown>[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = idb.open(DRAFT_DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(DRAFTS_STORE, { keyPath: 'id' });
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(DRAFTS_STORE, 'readwrite');
      for (const record of records) tx.objectStore(DRAFTS_STORE).put(record);
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('the app database', () => {
  it('is created at version 4 with the drafts, templates, draft-updates, versions, version templates, GitHub targets and summaries stores', async () => {
    const db = await openDraftDb(new IDBFactory());
    expect(db.version).toBe(4);
    expect(DRAFT_DB_VERSION).toBe(4);
    expect([...db.objectStoreNames].sort()).toEqual([DRAFTS_STORE, GITHUB_TARGETS_STORE, SUMMARIES_STORE, TEMPLATES_STORE, UPDATES_STORE, VERSION_TEMPLATES_STORE, VERSIONS_STORE].sort());
    expect([...db.transaction(VERSIONS_STORE).objectStore(VERSIONS_STORE).indexNames]).toEqual([VERSIONS_BY_DRAFT]);
    db.close();
  });

  it('upgrades a version 1 database with drafts to version 4, every draft kept as it was until the app moves it', async () => {
    const idb = new IDBFactory();
    const damaged = { id: 'damaged', kind: 'specwright/draft', version: 1, junk: true };
    const drafts = [v1Draft(), { ...v1Draft(), id: 'second-draft' }, damaged];
    await seedVersion1(idb, drafts);

    const db = await openDraftDb(idb);
    expect(db.version).toBe(4);
    expect([...db.objectStoreNames].sort()).toEqual([DRAFTS_STORE, GITHUB_TARGETS_STORE, SUMMARIES_STORE, TEMPLATES_STORE, UPDATES_STORE, VERSION_TEMPLATES_STORE, VERSIONS_STORE].sort());
    const records = await readAllRecords(db);
    expect(records.map((r) => r.value)).toEqual(expect.arrayContaining(drafts));
    expect(records).toHaveLength(3);
    expect(await readAllRecords(db, TEMPLATES_STORE)).toEqual([]);
    db.close();

    // And the app reads them: the v1 draft migrates in memory, the damaged one is listed, none is lost.
    const store = createDraftsStore({
      indexedDB: idb,
      channel: () => ({ post: () => {}, close: () => {} }),
      storage: undefined,
      now: () => new Date('2026-11-21T10:00:00Z'),
      newId: () => 'new',
    });
    await store.getState().load();
    expect(Object.keys(store.getState().drafts).sort()).toEqual([String(v1Draft().id), 'second-draft'].sort());
    expect(store.getState().unreadable.map((u) => u.id)).toEqual(['damaged']);
    store.dispose();
    // The drafts that loaded now live as updates; the damaged record stays where it was, as it was.
    const after = await openDraftDb(idb);
    expect((await readAllRecords(after)).map((r) => r.value)).toEqual([damaged]);
    expect((await readAllUpdates(after)).map((r) => (r.value as { draftId: string }).draftId).sort()).toEqual([String(v1Draft().id), 'second-draft'].sort());
    after.close();
  });

  it('closes an open version 1 connection instead of blocking the upgrade', async () => {
    const idb = new IDBFactory();
    await seedVersion1(idb, [v1Draft()]);
    const old = await new Promise<IDBDatabase>((resolve) => {
      const open = idb.open(DRAFT_DB_NAME, 1);
      open.onsuccess = () => {
        // What version 1 of the app did when another tab upgraded.
        open.result.onversionchange = () => open.result.close();
        resolve(open.result);
      };
    });
    const db = await openDraftDb(idb);
    expect(db.version).toBe(4);
    expect(await readAllRecords(db)).toHaveLength(1);
    db.close();
    old.close();
  });
});

describe('connecting a store', () => {
  const keep = { isDisposed: () => false, onLost: () => {} };

  it('says IndexedDB is missing when the browser has none', async () => {
    expect(await connectDraftDb(undefined, keep)).toEqual({ ok: false, reason: 'missing' });
  });

  it('says why when IndexedDB refuses to open', async () => {
    const refusing = { open: () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); } } as unknown as IDBFactory;
    const connection = await connectDraftDb(refusing, keep);
    expect(connection).toMatchObject({ ok: false, reason: 'failed' });
    expect(connection && !connection.ok && connection.reason === 'failed' && (connection.error as DOMException).name).toBe('QuotaExceededError');
  });

  it('closes a connection that opened after its store was disposed, and returns none', async () => {
    const idb = new IDBFactory();
    expect(await connectDraftDb(idb, { ...keep, isDisposed: () => true })).toBeNull();
    // Closed: an upgrade from elsewhere is not blocked by it.
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = idb.open(DRAFT_DB_NAME, DRAFT_DB_VERSION + 1);
      open.onblocked = () => reject(new Error('blocked by a connection left open'));
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    expect(upgraded.version).toBe(DRAFT_DB_VERSION + 1);
    upgraded.close();
  });

  it('hands over the connection, and tells which one closed on its own', async () => {
    const idb = new IDBFactory();
    const lost: IDBDatabase[] = [];
    const connection = await connectDraftDb(idb, { ...keep, onLost: (db) => lost.push(db) });
    if (!connection?.ok) throw new Error('expected a connection');
    expect(connection.db.objectStoreNames.contains(DRAFTS_STORE)).toBe(true);
    expect(lost).toEqual([]);
    // A newer version of the app in another tab upgrades: this connection steps aside, and the store hears of it.
    await new Promise<void>((resolve, reject) => {
      const open = idb.open(DRAFT_DB_NAME, DRAFT_DB_VERSION + 1);
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error);
    });
    expect(lost[0]).toBe(connection.db);
  });
});
