import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDraft } from '../core/draft/create-draft';
import { draftToDoc } from '../core/draft-doc/draft-to-doc';
import { parseTemplate } from '../core/template/parse-template';
import { createDraftsStore, type DraftsStore } from './drafts-store';

// adopt: a team room's document joined as a draft of this browser (src/store/team/team-store.ts).
const template = parseTemplate('# Spec: [FEATURE NAME]\n\n## Summary\n\n[What and why]\n', { id: 'tiny' }).template;
const stores: DraftsStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) {
    await store.getState().flush();
    store.dispose();
  }
});

async function openTab(idb: IDBFactory): Promise<DraftsStore> {
  let n = 0;
  const store = createDraftsStore({ indexedDB: idb, channel: () => ({ post: () => {}, close: () => {} }), storage: undefined, now: () => new Date('2025-03-01T10:00:00Z'), newId: () => `local-${++n}` });
  stores.push(store);
  await store.getState().load();
  return store;
}

describe('adopting a document a backend fills', () => {
  it('reads the room’s own document into the store under its id, and keeps it in this browser', async () => {
    const idb = new IDBFactory();
    const store = await openTab(idb);
    const roomDraft = { ...createDraft(template, { id: 'from-ana', now: new Date('2025-02-01T00:00:00Z') }), titleText: 'Shared spec' };
    const room = draftToDoc(roomDraft);
    expect(store.getState().adopt('from-ana', Y.encodeStateAsUpdate(room), 'team')).toBe(true);
    expect(store.getState().drafts['from-ana']?.titleText).toBe('Shared spec');
    // The local doc holds the room's items themselves: a later change in the room applies to it without a second copy.
    room.transact(() => (room.getMap('draft').get('titleText') as Y.Text).insert(0, 'Our '));
    store.docs.apply('from-ana', Y.encodeStateAsUpdate(room), 'team');
    expect(store.getState().drafts['from-ana']?.titleText).toBe('Our Shared spec');
    await store.getState().flush();
    const reopened = await openTab(idb);
    expect(reopened.getState().summaries['from-ana']?.title).toBe('Our Shared spec');
    await reopened.getState().openDraft('from-ana');
    expect(reopened.getState().drafts['from-ana']?.titleText).toBe('Our Shared spec');
  });

  it('never replaces a draft this browser has', async () => {
    const store = await openTab(new IDBFactory());
    const mine = store.getState().create(template);
    store.getState().update(mine, (d) => ({ ...d, titleText: 'Mine' }));
    const other = draftToDoc({ ...createDraft(template, { id: mine, now: new Date() }), titleText: 'Theirs' });
    expect(store.getState().adopt(mine, Y.encodeStateAsUpdate(other), 'team')).toBe(false);
    expect(store.getState().drafts[mine]?.titleText).toBe('Mine');
  });
});
