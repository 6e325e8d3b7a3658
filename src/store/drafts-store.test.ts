import { readFileSync } from 'node:fs';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_VERSION, type Draft } from '../core/draft/draft-schema';
import { loadDraft } from '../core/draft/load-draft';
import { parseTemplate } from '../core/template/parse-template';
import { DRAFTS_STORE, OPEN_TIMEOUT_MS, openDraftDb, readAllRecords } from './draft-db';
import { STORAGE_TIMEOUT_MESSAGE } from './describe-storage-error';
import type { DraftsChannelFactory, DraftsMessage } from './drafts-channel';
import { createDraftsStore, type DraftsStore, type DraftsStoreDeps } from './drafts-store';

const template = parseTemplate(
  `<!-- specwright-template
name: Tiny spec
-->

# Spec: [FEATURE NAME]

## Summary *(mandatory)*

[What and why]
`,
  { id: 'tiny' },
).template;

const v1Fixture = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL('../core/draft/__fixtures__/draft-v1.json', import.meta.url), 'utf8'));

/** Stands in for BroadcastChannel: every tab on one bus hears the others, never itself. */
function createBus() {
  const listeners = new Set<(message: DraftsMessage) => void>();
  const factory: DraftsChannelFactory = (onMessage) => {
    listeners.add(onMessage);
    return {
      post: (message) => {
        for (const listener of listeners) if (listener !== onMessage) listener(message);
      },
      close: () => listeners.delete(onMessage),
    };
  };
  return factory;
}

let idb: IDBFactory;
let stores: DraftsStore[];
let ids: number;

beforeEach(() => {
  idb = new IDBFactory();
  stores = [];
  ids = 0;
});

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const store of stores) {
    await store.getState().flush();
    store.dispose();
  }
});

/** A tab: a store on the shared fake IndexedDB. */
async function openTab(overrides: Partial<DraftsStoreDeps> = {}): Promise<DraftsStore> {
  const store = createDraftsStore({
    indexedDB: idb,
    channel: () => ({ post: () => {}, close: () => {} }),
    storage: undefined,
    now: () => new Date('2025-03-01T10:00:00Z'),
    newId: () => `draft-${++ids}`,
    saveDelayMs: 400,
    ...overrides,
  });
  stores.push(store);
  await store.getState().load();
  return store;
}

async function storedRecords(): Promise<Map<string, unknown>> {
  const db = await openDraftDb(idb);
  const records = await readAllRecords(db);
  db.close();
  return new Map(records.map((r) => [r.key, r.value]));
}

async function storedDraft(id: string): Promise<Draft> {
  const result = loadDraft((await storedRecords()).get(id));
  if (!result.ok) throw new Error(result.reason);
  return result.draft;
}

async function seed(...records: unknown[]) {
  const db = await openDraftDb(idb);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(DRAFTS_STORE, 'readwrite');
    for (const record of records) tx.objectStore(DRAFTS_STORE).put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

const setTitle = (text: string) => (draft: Draft): Draft => ({ ...draft, titleText: text });

describe('drafts store', () => {
  it('keeps one record per draft, keyed by its id, saved as soon as it is created', async () => {
    const tab = await openTab();
    const a = tab.getState().create(template);
    const b = tab.getState().create(template);
    await tab.getState().flush();

    const records = await storedRecords();
    expect([...records.keys()].sort()).toEqual([a, b].sort());
    expect(await storedDraft(a)).toEqual(tab.getState().drafts[a]);
    expect((await storedDraft(a)).revision).toBe(0);
    expect(tab.getState().saveStates[a]).toBe('saved');
  });

  it('restores on reload what was saved', async () => {
    const first = await openTab();
    const id = first.getState().create(template);
    first.getState().update(id, setTitle('Faster checkout'));
    first.getState().rename(id, 'Checkout spec');
    await first.getState().flush();
    const saved = first.getState().drafts[id];
    first.dispose();

    const second = await openTab();
    expect(second.getState().status).toBe('ready');
    expect(second.getState().drafts[id]).toEqual(saved);
    expect(saved).toMatchObject({ titleText: 'Faster checkout', name: 'Checkout spec' });
  });

  it('writes once, 400 ms after the last of a burst of changes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); // IndexedDB's own scheduling stays real
    const tab = await openTab();
    const id = tab.getState().create(template);
    await tab.getState().flush();

    tab.getState().update(id, setTitle('O'));
    vi.advanceTimersByTime(300);
    tab.getState().update(id, setTitle('On'));
    vi.advanceTimersByTime(300);
    tab.getState().update(id, setTitle('One'));
    vi.advanceTimersByTime(399);
    expect(tab.getState().saveStates[id]).toBe('saving');
    expect((await storedDraft(id)).titleText).toBe('');

    vi.advanceTimersByTime(1);
    await tab.getState().flush(); // no timer is left: this waits for the write the timer started
    const stored = await storedDraft(id);
    expect(stored).toMatchObject({ titleText: 'One', revision: 1 }); // three changes, one write
    expect(tab.getState().drafts[id]).toEqual(stored);
    expect(tab.getState().saveStates[id]).toBe('saved');
  });

  it('while changes keep coming, still writes at least once a second', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); // IndexedDB's own scheduling (setImmediate) stays real
    const tab = await openTab({ saveMaxWaitMs: 1000 });
    const id = tab.getState().create(template);
    await tab.getState().flush();
    /** Lets a write the timers started reach the database, without starting any. */
    const settle = async () => {
      for (let k = 0; k < 50; k++) await new Promise((resolve) => setImmediate(resolve));
    };

    // A change every 100 ms for 3 s: the 400 ms quiet period never comes.
    const storedLengths: number[] = [];
    for (let step = 1; step <= 30; step++) {
      tab.getState().update(id, setTitle('x'.repeat(step)));
      vi.advanceTimersByTime(100);
      await settle();
      if (step % 10 === 0) storedLengths.push((await storedDraft(id)).titleText.length);
    }
    // Each second's last write holds that second's typing, give or take the change in flight.
    expect(storedLengths[0]).toBeGreaterThanOrEqual(9);
    expect(storedLengths[1]).toBeGreaterThanOrEqual(19);
    expect(storedLengths[2]).toBeGreaterThanOrEqual(29);
  });

  it('flush() writes pending changes at once', async () => {
    const tab = await openTab();
    const id = tab.getState().create(template);
    tab.getState().update(id, setTitle('Now'));
    await tab.getState().flush(); // well inside the 400 ms
    expect(await storedDraft(id)).toMatchObject({ titleText: 'Now' });
    expect(tab.getState().saveStates[id]).toBe('saved');
  });

  it('keeps edits typed while a write runs, and saves them on top of the new revision', async () => {
    const tab = await openTab();
    const id = tab.getState().create(template);
    await tab.getState().flush();
    const put = IDBObjectStore.prototype.put;
    const written: Draft[] = [];
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      written.push(value as Draft);
      if (written.length === 1) tab.getState().update(id, setTitle('Second')); // typed during the first write
      return put.call(this, value, key);
    });

    tab.getState().update(id, setTitle('First'));
    await tab.getState().flush();
    expect(written.map((d) => [d.titleText, d.revision])).toEqual([
      ['First', 1],
      ['Second', 2],
    ]);
    expect(await storedDraft(id)).toMatchObject({ titleText: 'Second', revision: 2 });
    expect(tab.getState().drafts[id]).toEqual(await storedDraft(id));
    expect(tab.getState().notices).toEqual([]); // its own earlier write is no conflict
  });

  it('refuses a stale write and keeps both versions', async () => {
    const tabA = await openTab();
    const id = tabA.getState().create(template);
    tabA.getState().rename(id, 'Checkout');
    await tabA.getState().flush();
    const tabB = await openTab();

    tabA.getState().update(id, setTitle('From A'));
    await tabA.getState().flush();
    tabB.getState().update(id, setTitle('From B')); // B's copy is based on the older revision
    await tabB.getState().flush();

    // The stored draft is A's; B's text is now a draft of its own, in memory and stored.
    expect(await storedDraft(id)).toMatchObject({ titleText: 'From A', revision: 1 });
    const b = tabB.getState();
    expect(b.drafts[id]).toMatchObject({ titleText: 'From A', revision: 1 });
    const copy = Object.values(b.drafts).find((d) => d.id !== id);
    expect(copy).toMatchObject({ titleText: 'From B', name: 'Checkout (conflict copy)', revision: 0 });
    expect(await storedDraft(copy!.id)).toEqual(copy);
    expect(b.notices).toEqual([
      { id: expect.any(String), kind: 'conflict', draftId: id, copyId: copy!.id, title: 'Checkout', copyTitle: 'Checkout (conflict copy)' },
    ]);
    expect((await storedRecords()).size).toBe(2);
  });

  it('a new draft whose id is taken in storage is kept as a copy, and the stored one then saves normally', async () => {
    const tabA = await openTab();
    const tabB = await openTab();
    ids = 0; // B hands out the id A just used
    const id = tabA.getState().create(template);
    tabA.getState().rename(id, 'From A');
    await tabA.getState().flush();
    ids = 0;
    expect(tabB.getState().create(template)).toBe(id);
    await tabB.getState().flush();

    expect(tabB.getState().drafts[id]).toMatchObject({ name: 'From A' });
    expect(tabB.getState().notices).toMatchObject([{ kind: 'conflict', draftId: id }]);
    tabB.getState().update(id, setTitle('Edited in B'));
    await tabB.getState().flush();
    expect(await storedDraft(id)).toMatchObject({ name: 'From A', titleText: 'Edited in B', revision: 1 });
    expect(tabB.getState().notices).toHaveLength(1);
    expect((await storedRecords()).size).toBe(2);
  });

  it('keeps and reports a record that does not load, and never writes over or deletes it', async () => {
    const damaged = { kind: 'specwright/draft', version: DRAFT_VERSION, id: 'damaged', name: 42 };
    const foreign = { id: 'foreign', hello: 'world' };
    await seed(damaged, foreign);

    const tab = await openTab();
    const { unreadable, drafts } = tab.getState();
    expect(unreadable.map((u) => u.id).sort()).toEqual(['damaged', 'foreign']);
    expect(unreadable.find((u) => u.id === 'damaged')?.reason).toMatch(/damaged/);
    expect(unreadable.find((u) => u.id === 'foreign')?.raw).toEqual(foreign);
    expect(drafts).toEqual({});

    const id = tab.getState().create(template);
    tab.getState().update(id, setTitle('Other work'));
    await tab.getState().flush();
    const records = await storedRecords();
    expect(records.get('damaged')).toEqual(damaged);
    expect(records.get('foreign')).toEqual(foreign);
  });

  it('never writes over a record of a newer format that claims the same revision', async () => {
    const tab = await openTab();
    const id = tab.getState().create(template);
    await tab.getState().flush();
    const base = tab.getState().drafts[id]!;
    const future = { ...base, version: DRAFT_VERSION + 1, somethingNew: { kept: true } };
    await seed(future);
    tab.getState().update(id, setTitle('Typed over the future'));
    await tab.getState().flush();
    expect((await storedRecords()).get(id)).toEqual(future); // untouched
    expect(tab.getState().unreadable.map((u) => u.id)).toEqual([id]);
    expect(tab.getState().unreadable[0]?.reason).toMatch(/newer version/);
    // The edit is kept, as a copy that is stored.
    const [copy, ...others] = Object.values(tab.getState().drafts);
    expect(others).toEqual([]);
    expect(copy?.titleText).toBe('Typed over the future');
    expect(await storedDraft(copy!.id)).toMatchObject({ titleText: 'Typed over the future' });
  });

  it('never writes over a damaged record with the same revision either', async () => {
    const tab = await openTab();
    const id = tab.getState().create(template);
    await tab.getState().flush();
    const base = tab.getState().drafts[id]!;
    const garbage = { id, revision: base.revision, kind: 'specwright/draft', version: DRAFT_VERSION, sections: 'torn' };
    await seed(garbage);
    tab.getState().update(id, setTitle('Typed over garbage'));
    await tab.getState().flush();
    expect((await storedRecords()).get(id)).toEqual(garbage);
    expect(tab.getState().unreadable.map((u) => u.id)).toEqual([id]);
    expect(Object.values(tab.getState().drafts).map((d) => d.titleText)).toEqual(['Typed over garbage']);
  });

  it('deletes from memory and storage, and Undo puts the draft back with its revision', async () => {
    const tab = await openTab();
    const id = tab.getState().create(template);
    tab.getState().update(id, setTitle('Keep me'));
    await tab.getState().flush();
    const before = tab.getState().drafts[id]!;

    tab.getState().remove(id);
    expect(tab.getState().drafts[id]).toBeUndefined();
    expect(tab.getState().lastDeleted).toMatchObject({ title: 'Keep me', draft: before });
    await tab.getState().flush();
    expect((await storedRecords()).has(id)).toBe(false);

    tab.getState().undoDelete();
    expect(tab.getState().lastDeleted).toBeNull();
    await tab.getState().flush();
    expect(tab.getState().drafts[id]).toEqual(before);
    expect(await storedDraft(id)).toEqual(before);

    // Saving goes on from the restored revision.
    tab.getState().update(id, setTitle('Kept'));
    await tab.getState().flush();
    expect(await storedDraft(id)).toMatchObject({ titleText: 'Kept', revision: before.revision + 1 });
  });

  it('Undo of a draft deleted with unsaved edits keeps the edits, under the next revision', async () => {
    const tab = await openTab();
    const id = tab.getState().create(template);
    await tab.getState().flush();
    tab.getState().update(id, setTitle('Typed just before Delete'));
    tab.getState().remove(id);
    tab.getState().undoDelete();
    await tab.getState().flush();
    expect(await storedDraft(id)).toMatchObject({ titleText: 'Typed just before Delete', revision: 1 });
    expect(tab.getState().drafts[id]).toEqual(await storedDraft(id));
  });

  it('an Undo straight after Delete, before the delete has run, still ends with the draft stored', async () => {
    const tab = await openTab();
    const id = tab.getState().create(template);
    await tab.getState().flush();
    tab.getState().remove(id);
    tab.getState().undoDelete();
    await tab.getState().flush();
    expect((await storedDraft(id)).id).toBe(id);
    expect(Object.keys(tab.getState().drafts)).toEqual([id]);
    expect(tab.getState().notices).toEqual([]);
  });

  it('loads an old (version 1) record through its migrations, and leaves it as stored until edited', async () => {
    const v1 = v1Fixture();
    await seed(v1);

    const tab = await openTab();
    const draft = tab.getState().drafts['v1-fixture'];
    expect(draft).toMatchObject({ version: DRAFT_VERSION, name: 'Node rebuild automation', revision: 3 });
    expect(tab.getState().unreadable).toEqual([]);
    expect((await storedRecords()).get('v1-fixture')).toEqual(v1);

    tab.getState().update('v1-fixture', setTitle('Rebuilt'));
    await tab.getState().flush();
    expect(await storedDraft('v1-fixture')).toMatchObject({ version: DRAFT_VERSION, titleText: 'Rebuilt', revision: 4 });
  });

  it('other tabs take saved and deleted drafts, unless they have unsaved edits to them', async () => {
    const bus = createBus();
    const tabA = await openTab({ channel: bus });
    const tabB = await openTab({ channel: bus });

    const id = tabA.getState().create(template);
    await tabA.getState().flush();
    await tabB.getState().flush(); // B's re-read runs in its queue
    expect(tabB.getState().drafts[id]).toEqual(tabA.getState().drafts[id]);

    tabA.getState().update(id, setTitle('From A'));
    await tabA.getState().flush();
    await tabB.getState().flush();
    expect(tabB.getState().drafts[id]).toMatchObject({ titleText: 'From A', revision: 1 });

    // B is typing: A's save does not replace B's text; B's save then keeps both.
    tabB.getState().update(id, setTitle('From B'));
    tabA.getState().update(id, setTitle('From A again'));
    await tabA.getState().flush();
    expect(tabB.getState().drafts[id]).toMatchObject({ titleText: 'From B' });
    await tabB.getState().flush();
    expect(tabB.getState().drafts[id]).toMatchObject({ titleText: 'From A again', revision: 2 });
    expect(Object.values(tabB.getState().drafts).map((d) => d.titleText).sort()).toEqual(['From A again', 'From B']);
    await tabA.getState().flush();
    expect(Object.keys(tabA.getState().drafts)).toHaveLength(2); // A heard about B's conflict copy

    tabA.getState().remove(id);
    await tabA.getState().flush();
    await tabB.getState().flush();
    expect(tabB.getState().drafts[id]).toBeUndefined();
  });

  it('a draft deleted in another tab while this one has unsaved edits is saved again, with a notice', async () => {
    const tabA = await openTab();
    const id = tabA.getState().create(template);
    await tabA.getState().flush();
    const tabB = await openTab();

    tabA.getState().remove(id);
    await tabA.getState().flush();
    tabB.getState().update(id, setTitle('Still writing'));
    await tabB.getState().flush();

    expect(await storedDraft(id)).toMatchObject({ titleText: 'Still writing', revision: 1 });
    expect(tabB.getState().drafts[id]).toEqual(await storedDraft(id));
    expect(tabB.getState().notices).toMatchObject([{ kind: 'restored', draftId: id }]);
  });

  it('when a write fails, keeps the edit in memory, says why, and tries again on the next change', async () => {
    const tab = await openTab();
    const id = tab.getState().create(template);
    await tab.getState().flush();

    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    tab.getState().update(id, setTitle('Big'));
    await tab.getState().flush();
    expect(tab.getState().saveStates[id]).toBe('error');
    expect(tab.getState().writeError).toMatch(/storage for this site is full/);
    expect(tab.getState().drafts[id]?.titleText).toBe('Big');
    expect((await storedDraft(id)).revision).toBe(0);

    tab.getState().update(id, setTitle('Bigger'));
    await tab.getState().flush();
    expect(tab.getState().saveStates[id]).toBe('saved');
    expect(tab.getState().writeError).toBeNull();
    expect(await storedDraft(id)).toMatchObject({ titleText: 'Bigger', revision: 1 });
  });

  it('without IndexedDB, works in memory and says so', async () => {
    const tab = await openTab({ indexedDB: undefined });
    expect(tab.getState().status).toBe('memory-only');
    expect(tab.getState().storageError).toMatch(/no storage/);

    const id = tab.getState().create(template);
    tab.getState().update(id, setTitle('Only here'));
    await tab.getState().flush();
    expect(tab.getState().drafts[id]?.titleText).toBe('Only here');
    expect(tab.getState().saveStates[id]).toBe('error');
  });

  it('when the database cannot be opened, works in memory and retries on the next change', async () => {
    await seed(v1Fixture());
    const failing = Object.create(idb) as IDBFactory;
    let refuse = true;
    failing.open = (...args: Parameters<IDBFactory['open']>) => {
      if (refuse) throw new DOMException('Private mode', 'InvalidStateError');
      return idb.open(...args);
    };
    const tab = await openTab({ indexedDB: failing });
    expect(tab.getState().status).toBe('memory-only');
    expect(tab.getState().storageError).toMatch(/private windows/);
    const id = tab.getState().create(template);
    await tab.getState().flush();

    refuse = false;
    tab.getState().update(id, setTitle('Now saved'));
    await tab.getState().flush();
    expect(tab.getState().status).toBe('ready');
    expect(await storedDraft(id)).toMatchObject({ titleText: 'Now saved' });
    expect(tab.getState().drafts['v1-fixture']).toBeDefined(); // and what was stored is loaded, untouched
  });

  it('when opening the database never answers, says so within the timeout, works in memory, and takes the late answer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await seed(v1Fixture());
    const hanging = Object.create(idb) as IDBFactory;
    let answer: (() => void) | null = null;
    hanging.open = (...args: Parameters<IDBFactory['open']>) => {
      // A request whose events are held back until `answer` is called.
      const real = idb.open(...args);
      const held = { onsuccess: null as ((e: Event) => void) | null, onerror: null, onupgradeneeded: null as ((e: Event) => void) | null };
      real.onupgradeneeded = (e) => held.onupgradeneeded?.call(real, e);
      real.onsuccess = (e) => {
        answer = () => held.onsuccess?.call(real, e);
      };
      return new Proxy(real, {
        set: (_t, key, value) => ((held as Record<string, unknown>)[key as string] = value, true),
        get: (t, key) => (key in held ? (held as Record<string, unknown>)[key as string] : Reflect.get(t, key, t)),
      });
    };
    const loading = openTab({ indexedDB: hanging });
    await vi.advanceTimersByTimeAsync(OPEN_TIMEOUT_MS);
    const tab = await loading;
    expect(tab.getState().status).toBe('memory-only');
    expect(tab.getState().storageError).toBe(STORAGE_TIMEOUT_MESSAGE);
    const id = tab.getState().create(template);
    tab.getState().update(id, setTitle('Typed while storage hung'));
    await tab.getState().flush();
    expect(tab.getState().drafts[id]?.titleText).toBe('Typed while storage hung');

    vi.useRealTimers();
    await vi.waitFor(() => expect(answer).not.toBeNull());
    answer!();
    await vi.waitFor(() => expect(tab.getState().status).toBe('ready'));
    await tab.getState().flush();
    expect(tab.getState().drafts['v1-fixture']).toBeDefined();
    expect(await storedDraft(id)).toMatchObject({ titleText: 'Typed while storage hung' });
  });

  it('asks once for persistent storage and reports the answer', async () => {
    const persist = vi.fn(() => Promise.resolve(false));
    const tab = await openTab({ storage: { persist, persisted: () => Promise.resolve(false) } });
    await vi.waitFor(() => expect(tab.getState().persistence).toBe('not-granted'));
    await tab.getState().load();
    expect(persist).toHaveBeenCalledTimes(1);

    const granted = await openTab({ storage: { persist: () => Promise.resolve(true), persisted: () => Promise.resolve(false) } });
    await vi.waitFor(() => expect(granted.getState().persistence).toBe('granted'));
    const absent = await openTab({ storage: undefined });
    expect(absent.getState().persistence).toBe('unsupported');
  });
});

describe('unsaved drafts of a closing page', () => {
  /** localStorage as a Map: what survives the page. */
  function memoryStorage() {
    const items = new Map<string, string>();
    return {
      items,
      get length() {
        return items.size;
      },
      key: (k: number) => [...items.keys()][k] ?? null,
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    };
  }

  /** The page goes away: pagehide copies unsaved drafts, and the debounced IndexedDB write never runs. */
  function closeWithoutSaving(tab: DraftsStore) {
    tab.backupUnsaved();
    stores = stores.filter((s) => s !== tab);
    tab.dispose();
  }

  it('brings back edits typed within the save delay before the page closed, and saves them', async () => {
    const backupStorage = memoryStorage();
    const first = await openTab({ backupStorage });
    const id = first.getState().create(template);
    await first.getState().flush();
    first.getState().update(id, setTitle('Typed just before closing'));
    closeWithoutSaving(first);
    expect((await storedDraft(id)).titleText).toBe('');

    const next = await openTab({ backupStorage });
    expect(next.getState().drafts[id]?.titleText).toBe('Typed just before closing');
    await next.getState().flush();
    expect((await storedDraft(id)).titleText).toBe('Typed just before closing');
    expect(backupStorage.items.size).toBe(0);
    expect(Object.keys(next.getState().drafts)).toEqual([id]);
  });

  it('drops a copy whose write landed after all, making no conflict', async () => {
    const backupStorage = memoryStorage();
    const first = await openTab({ backupStorage });
    const id = first.getState().create(template);
    await first.getState().flush();
    first.getState().update(id, setTitle('Saved in the end'));
    first.backupUnsaved();
    await first.getState().flush();
    backupStorage.setItem(`specwright:unsaved:${id}`, JSON.stringify({ kind: 'specwright/unsaved-draft', version: 1, draft: { ...first.getState().drafts[id], revision: 1 } }));

    const next = await openTab({ backupStorage });
    expect(Object.keys(next.getState().drafts)).toEqual([id]);
    expect(next.getState().notices).toEqual([]);
  });

  it('keeps both when another tab saved the draft after the copy was made', async () => {
    const backupStorage = memoryStorage();
    const first = await openTab({ backupStorage });
    const id = first.getState().create(template);
    await first.getState().flush();
    first.getState().update(id, setTitle('Mine, unsaved'));
    closeWithoutSaving(first);
    const other = await openTab(); // another tab, without the copy, saves its own change first
    other.getState().update(id, setTitle('Theirs, saved'));
    await other.getState().flush();

    const next = await openTab({ backupStorage });
    await next.getState().flush();
    const titles = Object.values(next.getState().drafts).map((d) => d.titleText).sort();
    expect(titles).toEqual(['Mine, unsaved', 'Theirs, saved']);
    expect(next.getState().notices).toMatchObject([{ kind: 'conflict', draftId: id }]);
    expect((await storedRecords()).size).toBe(2);
  });

  it('keeps both tabs’ edits when two tabs close at once with unsaved edits to the same draft', async () => {
    const backupStorage = memoryStorage();
    const left = await openTab({ backupStorage, tabId: 'left' });
    const id = left.getState().create(template);
    await left.getState().flush();
    const right = await openTab({ backupStorage, tabId: 'right' });
    left.getState().update(id, setTitle('Typed in the left tab'));
    right.getState().update(id, setTitle('Typed in the right tab'));
    closeWithoutSaving(left);
    closeWithoutSaving(right);

    const next = await openTab({ backupStorage });
    await next.getState().flush();
    const titles = Object.values(next.getState().drafts).map((d) => d.titleText).sort();
    expect(titles).toEqual(['Typed in the left tab', 'Typed in the right tab']);
    expect(next.getState().notices).toMatchObject([{ kind: 'conflict', draftId: id }]);
    expect((await storedRecords()).size).toBe(2);
    expect(backupStorage.items.size).toBe(0);
  });

  it('while typing, copies the draft a moment after each change, so a browser that quits without pagehide keeps it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const backupStorage = memoryStorage();
    const tab = await openTab({ backupStorage, tabId: 'typing', backupWhileTyping: true, liveTabs: () => Promise.resolve(new Set(['typing'])) });
    const id = tab.getState().create(template);
    await tab.getState().flush();
    tab.getState().update(id, setTitle('Typed, then the browser quit'));
    expect(backupStorage.items.size).toBe(0);
    vi.advanceTimersByTime(100);
    expect([...backupStorage.items.keys()].sort()).toEqual([`specwright:unsaved-template:typing:${id}`, `specwright:unsaved:typing:${id}`]);
    // The template, most of a draft's size, is written once; each copy while typing holds the content alone.
    const copy = JSON.parse(backupStorage.items.get(`specwright:unsaved:typing:${id}`)!) as { draft: Record<string, unknown> };
    expect(copy.draft).not.toHaveProperty('template');
    backupStorage.items.delete(`specwright:unsaved-template:typing:${id}`);
    tab.getState().update(id, setTitle('Typed, then the browser quit'.toUpperCase()));
    tab.getState().update(id, setTitle('Typed, then the browser quit'));
    vi.advanceTimersByTime(100);
    expect(backupStorage.items.has(`specwright:unsaved-template:typing:${id}`)).toBe(false);
    backupStorage.items.set(`specwright:unsaved-template:typing:${id}`, JSON.stringify(tab.getState().drafts[id]!.template));

    // Another tab opening now leaves the copy of a tab that is still open alone.
    const other = await openTab({ backupStorage, liveTabs: () => Promise.resolve(new Set(['typing'])) });
    expect(backupStorage.items.size).toBe(2);
    expect(other.getState().notices).toEqual([]);

    // The browser quits: no pagehide, no write. The next start takes the copy over.
    stores = stores.filter((s) => s !== tab);
    tab.dispose();
    vi.useRealTimers();
    const next = await openTab({ backupStorage, liveTabs: () => Promise.resolve(new Set()) });
    await next.getState().flush();
    expect((await storedDraft(id)).titleText).toBe('Typed, then the browser quit');
    expect(backupStorage.items.size).toBe(0);
  });

  it('a draft too big for synchronous storage is written to IndexedDB at once instead', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const full = { ...memoryStorage(), setItem: () => {
      throw new DOMException('Full', 'QuotaExceededError');
    } };
    const tab = await openTab({ backupStorage: full, backupWhileTyping: true });
    const id = tab.getState().create(template);
    await tab.getState().flush();
    tab.getState().update(id, setTitle('Too big to copy'));
    vi.advanceTimersByTime(100); // the copy fails: the write starts now, not after 400 ms
    for (let k = 0; k < 50; k++) await new Promise((resolve) => setImmediate(resolve));
    expect((await storedDraft(id)).titleText).toBe('Too big to copy');
  });

  it('a deleted draft leaves no copy that would bring it back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const backupStorage = memoryStorage();
    const tab = await openTab({ backupStorage, backupWhileTyping: true });
    const id = tab.getState().create(template);
    await tab.getState().flush();
    tab.getState().update(id, setTitle('About to be deleted'));
    vi.advanceTimersByTime(100);
    expect(backupStorage.items.size).toBe(2); // the draft's content and its template
    tab.getState().remove(id);
    expect(backupStorage.items.size).toBe(0);
  });

  it('brings back a new draft that was never written', async () => {
    const backupStorage = memoryStorage();
    const first = await openTab({ backupStorage, indexedDB: undefined });
    const id = first.getState().create(template);
    first.getState().update(id, setTitle('Made while storage was away'));
    closeWithoutSaving(first);

    const next = await openTab({ backupStorage });
    await next.getState().flush();
    expect((await storedDraft(id)).titleText).toBe('Made while storage was away');
  });
});

describe('adding a draft made elsewhere', () => {
  it('stores it as a new draft and never replaces one with the same id', async () => {
    const tab = await openTab();
    const mine = tab.getState().create(template);
    tab.getState().update(mine, setTitle('My own work'));
    await tab.getState().flush();
    const incoming = { ...tab.getState().drafts[mine]!, titleText: 'From a link', revision: 9 };

    const added = tab.getState().add(incoming);
    await tab.getState().flush();
    expect(added).not.toBe(mine);
    expect((await storedDraft(mine)).titleText).toBe('My own work');
    expect(await storedDraft(added)).toMatchObject({ titleText: 'From a link', revision: 0 });
  });
});
