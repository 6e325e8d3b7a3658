import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DRAFT_DB_NAME, DRAFT_DB_VERSION, DRAFTS_STORE, openDraftDb, readAllRecords, TEMPLATES_STORE } from './draft-db';
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
  it('is created at version 2 with a drafts and a templates store', async () => {
    const db = await openDraftDb(new IDBFactory());
    expect(db.version).toBe(DRAFT_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([DRAFTS_STORE, TEMPLATES_STORE]);
    db.close();
  });

  it('upgrades a version 1 database with drafts to version 2, every draft kept as it was', async () => {
    const idb = new IDBFactory();
    const damaged = { id: 'damaged', kind: 'specwright/draft', version: 1, junk: true };
    const drafts = [v1Draft(), { ...v1Draft(), id: 'second-draft' }, damaged];
    await seedVersion1(idb, drafts);

    const db = await openDraftDb(idb);
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual([DRAFTS_STORE, TEMPLATES_STORE]);
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
      saveDelayMs: 400,
    });
    await store.getState().load();
    expect(Object.keys(store.getState().drafts).sort()).toEqual([String(v1Draft().id), 'second-draft'].sort());
    expect(store.getState().unreadable.map((u) => u.id)).toEqual(['damaged']);
    store.dispose();
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
    expect(db.version).toBe(2);
    expect(await readAllRecords(db)).toHaveLength(1);
    db.close();
    old.close();
  });
});
