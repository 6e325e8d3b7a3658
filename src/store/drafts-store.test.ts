import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../core/draft/draft-schema';
import { parseTemplate } from '../core/template/parse-template';
import { DRAFTS_STORE, openDraftDb, putRecord, readAllRecords, readAllUpdates, SUMMARIES_STORE, UPDATES_STORE } from './draft-db';
import { createDraftsStore, type DraftsStore, type DraftsStoreDeps } from './drafts-store';
import type { DraftUpdatesChannelFactory, DraftUpdatesMessage } from './tab-draft-backend';

const template = parseTemplate(
  `<!-- specwright-template
name: Tiny spec
-->

# Spec: [FEATURE NAME]

## Summary *(mandatory)*

[What and why]

## Requirements

- **FR-001**: The system MUST [do a thing]
`,
  { id: 'tiny' },
).template;

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../core/draft/__fixtures__/${name}`, import.meta.url), 'utf8'));

/** Stands in for BroadcastChannel: every tab on one bus hears the others, never itself; messages arrive a moment later, as they do. */
function createBus() {
  const listeners = new Set<(message: DraftUpdatesMessage) => void>();
  const factory: DraftUpdatesChannelFactory = (onMessage) => {
    listeners.add(onMessage);
    return {
      post: (message) => {
        for (const listener of listeners) if (listener !== onMessage) queueMicrotask(() => listener(structuredClone(message)));
      },
      close: () => listeners.delete(onMessage),
    };
  };
  return factory;
}

class MemoryStorage {
  items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key = (k: number) => [...this.items.keys()][k] ?? null;
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
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
  vi.restoreAllMocks();
  for (const store of stores) {
    await store.getState().flush();
    store.dispose();
  }
});

async function openTab(overrides: Partial<DraftsStoreDeps> = {}): Promise<DraftsStore> {
  const store = createDraftsStore({
    indexedDB: idb,
    channel: () => ({ post: () => {}, close: () => {} }),
    storage: undefined,
    now: () => new Date('2025-03-01T10:00:00Z'),
    newId: () => `draft-${++ids}`,
    ...overrides,
  });
  stores.push(store);
  await store.getState().load();
  return store;
}

async function seedRecords(...records: unknown[]) {
  const db = await openDraftDb(idb);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(DRAFTS_STORE, 'readwrite');
    for (const record of records) tx.objectStore(DRAFTS_STORE).put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function stored() {
  const db = await openDraftDb(idb);
  const result = { records: await readAllRecords(db), updates: await readAllUpdates(db) };
  db.close();
  return result;
}

const setTitle = (text: string) => (draft: Draft): Draft => ({ ...draft, titleText: text });
const summary = (draft: Draft) => draft.sections[0]!.blocks[0] as { kind: 'prose'; markdown: string };
const requirements = (draft: Draft) => draft.sections[1]!.blocks[0] as Extract<Draft['sections'][number]['blocks'][number], { kind: 'idList' }>;
const withRequirement = (index: number, text: string) => (draft: Draft): Draft => {
  const [first, second, ...rest] = draft.sections;
  const list = requirements(draft);
  const items = list.items.map((item, k) => (k === index ? { ...item, text } : item));
  return { ...draft, sections: [first!, { ...second!, blocks: [{ ...list, items }] }, ...rest] };
};

async function until(condition: () => boolean) {
  for (let k = 0; k < 200 && !condition(); k++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}

describe('drafts store on Yjs documents', () => {
  it('stores a new draft at once, as the updates of its document, and a reload restores it', async () => {
    const tab = await openTab();
    const id = tab.getState().create(template);
    tab.getState().update(id, setTitle('Ingest'));
    await tab.getState().flush();
    expect(tab.getState().saveStates[id]).toBe('saved');
    const { updates } = await stored();
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.every((u) => (u.value as { draftId: string }).draftId === id)).toBe(true);

    const again = await openTab();
    // Listed by its summary; the draft itself is read when it is opened.
    expect(again.getState().summaries[id]).toMatchObject({ id, title: 'Ingest', templateName: 'Tiny spec' });
    expect(again.getState().drafts[id]).toBeUndefined();
    expect(await again.getState().openDraft(id)).toBe(true);
    expect(again.getState().drafts[id]).toEqual(tab.getState().drafts[id]);
    expect(again.getState().drafts[id]!.titleText).toBe('Ingest');
  });

  it('writes each change as it comes, with no quiet period to wait for', async () => {
    const tab = await openTab();
    const id = tab.getState().create(template);
    await tab.getState().flush();
    const before = (await stored()).updates.length;
    tab.getState().update(id, setTitle('a'));
    tab.getState().update(id, setTitle('ab'));
    expect(tab.getState().saveStates[id]).toBe('saving');
    await until(() => tab.getState().saveStates[id] === 'saved');
    expect((await stored()).updates.length).toBeGreaterThan(before);
  });

  it('merges two stored updates into one once there are enough, losing nothing', async () => {
    const tab = await openTab({ compactAfter: 3 });
    const id = tab.getState().create(template);
    for (const text of ['one', 'one two', 'one two three', 'one two three four', 'one two three four five']) {
      tab.getState().update(id, setTitle(text));
      await tab.getState().flush();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await stored()).updates.length).toBeLessThan(5);
    const again = await openTab();
    await again.getState().openDraft(id);
    expect(again.getState().drafts[id]!.titleText).toBe('one two three four five');
  });

  it('two tabs typing into one title and one ID’d item at once both keep every word, with no conflict copy', async () => {
    const bus = createBus();
    const a = await openTab({ channel: bus });
    const id = a.getState().create(template);
    await a.getState().flush();
    const b = await openTab({ channel: bus });
    expect(await b.getState().openDraft(id)).toBe(true);
    const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];
    for (const [k, word] of words.entries()) {
      const tab = k % 2 === 0 ? a : b;
      // Each tab appends to what it has now; the other's last word may not have arrived yet.
      tab.getState().update(id, (draft) => setTitle(`${draft.titleText} ${word}`.trim())(draft));
      tab.getState().update(id, (draft) => withRequirement(0, `${requirements(draft).items[0]!.text} ${word}`)(draft));
    }
    await a.getState().flush();
    await b.getState().flush();
    await until(() => isDeepStrictEqual(a.getState().drafts[id], b.getState().drafts[id]));
    for (const tab of [a, b]) {
      const draft = tab.getState().drafts[id]!;
      for (const word of words) {
        expect(draft.titleText).toContain(word);
        expect(requirements(draft).items[0]!.text).toContain(word);
      }
      expect(Object.keys(tab.getState().drafts)).toEqual([id]);
      expect(tab.getState().notices).toEqual([]);
    }
    const again = await openTab();
    await again.getState().openDraft(id);
    for (const word of words) expect(again.getState().drafts[id]!.titleText).toContain(word);
  });

  it('keeps what did not change as the same objects when another tab’s edit arrives', async () => {
    const bus = createBus();
    const a = await openTab({ channel: bus });
    const id = a.getState().create(template);
    await a.getState().flush();
    const b = await openTab({ channel: bus });
    await b.getState().openDraft(id);
    const before = b.getState().drafts[id]!;
    a.getState().update(id, withRequirement(0, 'The system MUST ingest events'));
    await until(() => requirements(b.getState().drafts[id]!).items[0]!.text === 'The system MUST ingest events');
    const after = b.getState().drafts[id]!;
    expect(after.sections[0]).toBe(before.sections[0]);
    expect(after.template).toBe(before.template);
    expect(after.sections[1]).not.toBe(before.sections[1]);
  });

  it('moves version-1 and version-2 records to documents with every word, and keeps a record that does not load', async () => {
    const v2 = fixture('draft-v2.json');
    const v1 = fixture('draft-v1.json');
    const damaged = { kind: 'specwright/draft', version: 2, id: 'damaged', junk: true };
    await seedRecords(v2, v1, damaged);
    const tab = await openTab();
    const v2Draft = tab.getState().drafts[String(v2.id)]!;
    const v1Draft = tab.getState().drafts[String(v1.id)]!;
    expect(v2Draft).toBeDefined();
    expect(v1Draft).toBeDefined();
    // Every text of the old record is in the migrated draft.
    for (const text of JSON.stringify(v2.sections).match(/"(?:markdown|text|title)":"([^"]+)"/g) ?? []) expect(JSON.stringify(v2Draft.sections)).toContain(text);
    expect(v2Draft.titleText).toBe(v2.titleText);
    expect(tab.getState().unreadable.map((u) => u.id)).toEqual(['damaged']);
    expect(tab.getState().unreadable[0]!.raw).toEqual(damaged);
    const { records } = await stored();
    expect(records.map((r) => r.value)).toEqual([damaged]);

    const again = await openTab();
    await again.getState().openDraft(String(v2.id));
    expect(again.getState().drafts[String(v2.id)]).toEqual(v2Draft);
    expect(again.getState().unreadable.map((u) => u.id)).toEqual(['damaged']);
  });

  it('lists stored updates that are not a Yjs document as unreadable and keeps them', async () => {
    const db = await openDraftDb(idb);
    await new Promise<void>((resolve) => {
      const tx = db.transaction(UPDATES_STORE, 'readwrite');
      tx.objectStore(UPDATES_STORE).put({ draftId: 'broken', update: new Uint8Array([1, 2, 3, 250]) });
      tx.oncomplete = () => resolve();
    });
    db.close();
    const tab = await openTab();
    expect(tab.getState().unreadable.map((u) => u.id)).toEqual(['broken']);
    tab.getState().create(template);
    await tab.getState().flush();
    expect((await stored()).updates.filter((u) => (u.value as { draftId: string }).draftId === 'broken')).toHaveLength(1);
  });

  it('deletes from memory, storage and other tabs, and Undo puts the draft back', async () => {
    const bus = createBus();
    const a = await openTab({ channel: bus });
    const id = a.getState().create(template);
    a.getState().update(id, setTitle('Keep me'));
    await a.getState().flush();
    const b = await openTab({ channel: bus });
    expect(await b.getState().openDraft(id)).toBe(true);
    a.getState().remove(id);
    await a.getState().flush();
    await until(() => b.getState().drafts[id] === undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await stored()).updates).toHaveLength(0);
    a.getState().undoDelete();
    await a.getState().flush();
    const again = await openTab();
    await again.getState().openDraft(id);
    expect(again.getState().drafts[id]!.titleText).toBe('Keep me');
  });

  it('when a write fails, keeps the edit in memory, says why, and writes it with the next change', async () => {
    const tab = await openTab();
    const id = tab.getState().create(template);
    await tab.getState().flush();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    tab.getState().update(id, setTitle('not yet stored'));
    await until(() => tab.getState().saveStates[id] === 'error');
    expect(tab.getState().writeError).toMatch(/could not be saved/);
    put.mockRestore();
    tab.getState().update(id, setTitle('not yet stored, then stored'));
    await until(() => tab.getState().saveStates[id] === 'saved');
    expect(tab.getState().writeError).toBeNull();
    const again = await openTab();
    await again.getState().openDraft(id);
    expect(again.getState().drafts[id]!.titleText).toBe('not yet stored, then stored');
  });

  it('without IndexedDB, works in memory and says so', async () => {
    const tab = await openTab({ indexedDB: undefined });
    expect(tab.getState().status).toBe('memory-only');
    const id = tab.getState().create(template);
    tab.getState().update(id, setTitle('in memory'));
    expect(tab.getState().drafts[id]!.titleText).toBe('in memory');
    await until(() => tab.getState().saveStates[id] === 'error');
  });
});

describe('changes of a closing page', () => {
  it('copies changes not yet in IndexedDB to synchronous storage, and the next start applies them', async () => {
    const backupStorage = new MemoryStorage();
    const a = await openTab({ backupStorage, tabId: 'tab-a' });
    const id = a.getState().create(template);
    await a.getState().flush();
    // The page closes while its write cannot land.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('closing', 'AbortError');
    });
    a.getState().update(id, setTitle('typed just before closing'));
    expect(a.backupUnsaved()).toEqual([]);
    expect([...backupStorage.items.keys()]).toEqual([`specwright:unsaved-updates:tab-a:${id}`]);
    vi.restoreAllMocks();
    a.dispose();
    stores.splice(stores.indexOf(a), 1);

    const b = await openTab({ backupStorage, tabId: 'tab-b', liveTabs: async () => new Set(['tab-b']) });
    expect(b.getState().drafts[id]!.titleText).toBe('typed just before closing');
    expect(backupStorage.items.size).toBe(0);
    await b.getState().flush();
    const c = await openTab();
    await c.getState().openDraft(id);
    expect(c.getState().drafts[id]!.titleText).toBe('typed just before closing');
  });

  it('two tabs closing at once with changes to one draft both keep their words', async () => {
    const backupStorage = new MemoryStorage();
    const bus = createBus();
    const a = await openTab({ backupStorage, tabId: 'tab-a', channel: bus });
    const id = a.getState().create(template);
    await a.getState().flush();
    const b = await openTab({ backupStorage, tabId: 'tab-b', channel: createBus() });
    await b.getState().openDraft(id);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('closing', 'AbortError');
    });
    a.getState().update(id, withRequirement(0, 'from tab A'));
    b.getState().update(id, setTitle('from tab B'));
    a.backupUnsaved();
    b.backupUnsaved();
    vi.restoreAllMocks();
    for (const tab of [a, b]) {
      tab.dispose();
      stores.splice(stores.indexOf(tab), 1);
    }
    const c = await openTab({ backupStorage, tabId: 'tab-c', liveTabs: async () => new Set(['tab-c']) });
    expect(c.getState().drafts[id]!.titleText).toBe('from tab B');
    expect(requirements(c.getState().drafts[id]!).items[0]!.text).toBe('from tab A');
  });

  it('leaves the copies of a tab that is still open', async () => {
    const backupStorage = new MemoryStorage();
    backupStorage.setItem('specwright:unsaved-updates:tab-a:some-draft', 'AAAA');
    await openTab({ backupStorage, tabId: 'tab-b', liveTabs: async () => new Set(['tab-a', 'tab-b']) });
    expect(backupStorage.items.size).toBe(1);
  });
});

describe('the library’s summaries', () => {
  it('are stored with each change, in the same write, and list drafts without loading them', async () => {
    const tab = await openTab();
    const id = tab.getState().create(template);
    tab.getState().update(id, setTitle('First words'));
    await tab.getState().flush();
    const db = await openDraftDb(idb);
    const [record] = await readAllRecords(db, SUMMARIES_STORE);
    db.close();
    expect(record).toMatchObject({ key: id, value: { id, title: 'First words', templateId: 'tiny', templateName: 'Tiny spec' } });
    const again = await openTab();
    expect(Object.keys(again.getState().summaries)).toEqual([id]);
    expect(again.getState().drafts).toEqual({});
  });

  it('rebuilds a summary that is damaged or missing from the draft, never listing it wrong', async () => {
    const tab = await openTab();
    const damaged = tab.getState().create(template);
    const missing = tab.getState().create(template);
    tab.getState().update(damaged, setTitle('Damaged summary'));
    tab.getState().update(missing, setTitle('Missing summary'));
    await tab.getState().flush();
    const db = await openDraftDb(idb);
    const damagedSummary: { id: string } = { id: damaged, ...{ kind: 'specwright/draft-summary', version: 1, title: 42 } };
    await putRecord(db, damagedSummary, SUMMARIES_STORE);
    await new Promise<void>((resolve) => {
      const tx = db.transaction(SUMMARIES_STORE, 'readwrite');
      tx.objectStore(SUMMARIES_STORE).delete(missing);
      tx.oncomplete = () => resolve();
    });
    const updatesBefore = await readAllUpdates(db);
    db.close();

    const again = await openTab();
    expect(again.getState().summaries[damaged]?.title).toBe('Damaged summary');
    expect(again.getState().summaries[missing]?.title).toBe('Missing summary');
    expect(again.getState().unreadable).toEqual([]);
    const after = await openDraftDb(idb);
    expect(await readAllUpdates(after)).toEqual(updatesBefore);
    expect((await readAllRecords(after, SUMMARIES_STORE)).map((r) => (r.value as { title: string }).title).sort()).toEqual(['Damaged summary', 'Missing summary']);
    after.close();
  });

  it('another tab sees a draft made, changed and deleted here in its list', async () => {
    const bus = createBus();
    const a = await openTab({ channel: bus });
    const b = await openTab({ channel: bus });
    const id = a.getState().create(template);
    await a.getState().flush();
    await until(() => b.getState().summaries[id] !== undefined);
    a.getState().update(id, setTitle('Renamed in tab A'));
    await a.getState().flush();
    await until(() => b.getState().summaries[id]?.title === 'Renamed in tab A');
    expect(b.getState().drafts[id]).toBeUndefined();
    a.getState().remove(id);
    await a.getState().flush();
    await until(() => b.getState().summaries[id] === undefined);
  });

  it('renames, duplicates, deletes and undoes a draft the tab has not opened', async () => {
    const first = await openTab();
    const id = first.getState().create(template);
    first.getState().update(id, setTitle('Listed only'));
    await first.getState().flush();
    const tab = await openTab();
    expect(tab.getState().drafts[id]).toBeUndefined();
    const copy = await tab.getState().duplicate(id);
    expect(copy).not.toBeNull();
    expect(tab.getState().drafts[copy!]!.titleText).toBe('Listed only');
    tab.getState().rename(id, 'Renamed from the list');
    await until(() => tab.getState().drafts[id]?.name === 'Renamed from the list');
    tab.getState().remove(id);
    await until(() => tab.getState().lastDeleted?.title === 'Renamed from the list');
    expect(tab.getState().summaries[id]).toBeUndefined();
    expect(tab.getState().drafts[id]).toBeUndefined();
    tab.getState().undoDelete();
    await tab.getState().flush();
    const again = await openTab();
    expect(again.getState().summaries[id]?.title).toBe('Renamed from the list');
    expect(again.getState().summaries[copy!]).toBeDefined();
  });
});

describe('adding a draft made elsewhere', () => {
  it('stores it as a new draft and never replaces one with the same id', async () => {
    const tab = await openTab();
    const id = tab.getState().create(template);
    tab.getState().update(id, setTitle('mine'));
    const theirs = { ...tab.getState().drafts[id]!, titleText: 'theirs' };
    const added = tab.getState().add(theirs);
    expect(added).not.toBe(id);
    expect(tab.getState().drafts[id]!.titleText).toBe('mine');
    expect(tab.getState().drafts[added]!.titleText).toBe('theirs');
    expect(summary(tab.getState().drafts[added]!).kind).toBe('prose');
  });
});
