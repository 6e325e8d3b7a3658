import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDraft } from '../core/draft/create-draft';
import * as Y from 'yjs';
import { applyDraftChange } from '../core/draft-doc/apply-draft-change';
import { draftToDoc, draftToUpdate } from '../core/draft-doc/draft-to-doc';
import { summarizeDraft } from '../core/draft-summary/draft-summary';
import { parseTemplate } from '../core/template/parse-template';
import { DRAFT_DB_NAME, openDraftDb, readAllRecords, readAllUpdates, SUMMARIES_STORE } from './draft-db';
import { createDraftsStore } from './drafts-store';

const template = parseTemplate('# Spec: [FEATURE NAME]\n\n## Summary *(mandatory)*\n\n[What and why]\n', { id: 'tiny' }).template;
const draft = (id: string, titleText: string) => ({ ...createDraft(template, { id, now: new Date('2026-01-0' + (id.length % 9) + 'T00:00:00Z') }), titleText });

/** The database as version 3 of the app made it (frozen here: the stores and indexes it created), holding these `draft-updates` rows. */
function seedVersion3(idb: IDBFactory, rows: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = idb.open(DRAFT_DB_NAME, 3);
    open.onupgradeneeded = () => {
      const db = open.result;
      db.createObjectStore('drafts', { keyPath: 'id' });
      db.createObjectStore('templates', { keyPath: 'id' });
      db.createObjectStore('draft-updates', { autoIncrement: true }).createIndex('by-draft', 'draftId');
      db.createObjectStore('versions', { keyPath: 'id' }).createIndex('draftId', 'draftId');
      db.createObjectStore('versionTemplates', { keyPath: 'id' });
      db.createObjectStore('githubTargets', { keyPath: 'id' });
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('draft-updates', 'readwrite');
      for (const row of rows) tx.objectStore('draft-updates').put(row);
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('version 3 to 4: summaries', () => {
  it('builds a summary for every readable draft in the upgrade, and changes no stored update', async () => {
    const idb = new IDBFactory();
    const alpha = draft('alpha', 'Alpha title');
    const beta = draft('beta-draft', 'Beta title');
    // Beta is kept as two updates: its first state, then a rename.
    const betaRenamed = { ...beta, name: 'Beta renamed' };
    // The rename is an update of the same document (two documents made apart would each set the name, and Yjs picks one by client id).
    const betaDoc = draftToDoc(beta);
    const betaFirst = Y.encodeStateAsUpdate(betaDoc);
    const before = Y.encodeStateVector(betaDoc);
    applyDraftChange(betaDoc, beta, betaRenamed);
    const rows = [
      { draftId: 'alpha', update: draftToUpdate(alpha) },
      { draftId: 'beta-draft', update: betaFirst },
      { draftId: 'beta-draft', update: Y.encodeStateAsUpdate(betaDoc, before) },
      { draftId: 'broken', update: new Uint8Array([1, 2, 3, 250]) },
    ];
    await seedVersion3(idb, rows);

    const db = await openDraftDb(idb);
    expect(db.version).toBe(4);
    const summaries = Object.fromEntries((await readAllRecords(db, SUMMARIES_STORE)).map((r) => [r.key, r.value]));
    expect(Object.keys(summaries).sort()).toEqual(['alpha', 'beta-draft']);
    expect(summaries.alpha).toEqual(summarizeDraft(alpha));
    expect((summaries['beta-draft'] as { title: string }).title).toBe('Beta renamed');
    expect((await readAllUpdates(db)).map((r) => r.value)).toEqual(rows);
    db.close();

    // The app lists both from their summaries, opens one whole, and lists the broken one as unreadable.
    const store = createDraftsStore({ indexedDB: idb, channel: () => ({ post: () => {}, close: () => {} }), storage: undefined, now: () => new Date(), newId: () => 'new' });
    await store.getState().load();
    expect(Object.keys(store.getState().summaries).sort()).toEqual(['alpha', 'beta-draft']);
    expect(store.getState().drafts).toEqual({});
    expect(store.getState().unreadable.map((u) => u.id)).toEqual(['broken']);
    expect(await store.getState().openDraft('alpha')).toBe(true);
    expect(store.getState().drafts.alpha?.titleText).toBe('Alpha title');
    store.dispose();
  });
});
