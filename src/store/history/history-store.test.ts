import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../core/draft/draft-schema';
import { AUTO_VERSION_EVERY_MS } from '../../core/history/edit-clock';
import { parseTemplate } from '../../core/template/parse-template';
import { createDraftsStore, type DraftsStore } from '../drafts-store';
import { openHistoryBackend } from './history-backend';
import { createHistoryStore, type HistoryStore } from './history-store';
import { orphanTemplates } from './versions-db';

const template = parseTemplate('# Spec: [FEATURE NAME]\n\n## Summary *(mandatory)*\n\n[What and why]\n', { id: 'tiny' }).template;

let idb: IDBFactory;
let clock: number;
let ids: number;
const opened: { drafts: DraftsStore; history: HistoryStore }[] = [];

beforeEach(() => {
  idb = new IDBFactory();
  clock = Date.parse('2026-12-02T09:00:00Z');
  ids = 0;
});

afterEach(async () => {
  for (const { drafts, history } of opened.splice(0)) {
    await drafts.getState().flush();
    history.dispose();
    drafts.dispose();
  }
});

async function openTab(bounds?: { maxVersions: number; maxBytes: number }) {
  const now = () => new Date(clock);
  const drafts = createDraftsStore({ indexedDB: idb, channel: () => ({ post: () => {}, close: () => {} }), storage: undefined, now, newId: () => `id-${++ids}` });
  await drafts.getState().load();
  const history = createHistoryStore({ drafts, backend: () => openHistoryBackend(idb), now, newId: () => `id-${++ids}`, ...(bounds ? { bounds } : {}) });
  opened.push({ drafts, history });
  return { drafts, history };
}

const setTitle = (text: string) => (draft: Draft): Draft => ({ ...draft, titleText: text });

describe('history store', () => {
  it('keeps a named version, and an export of unchanged content does not keep a second copy', async () => {
    const { drafts, history } = await openTab();
    const id = drafts.getState().create(template);
    drafts.getState().update(id, setTitle('Run history'));
    const v1 = await history.record(id, 'named', ' v1, sent for review ');
    expect(v1?.name).toBe('v1, sent for review');
    const again = await history.record(id, 'export');
    expect(again?.id).toBe(v1?.id);
    clock += 1000;
    drafts.getState().update(id, setTitle('Run history v2'));
    const exported = await history.record(id, 'export');
    expect(exported?.id).not.toBe(v1?.id);
    expect(history.getState().versions[id]?.map((v) => v.reason)).toEqual(['export', 'named']);
  });

  it('keeps the versions in IndexedDB: another tab (or a reload) lists and opens them', async () => {
    const first = await openTab();
    const id = first.drafts.getState().create(template);
    first.drafts.getState().update(id, setTitle('Stored title'));
    await first.history.record(id, 'named', 'v1');
    await first.drafts.getState().flush();
    const second = await openTab();
    const [version] = await second.history.load(id);
    expect(version?.name).toBe('v1');
    const read = await second.history.open(version!.id);
    expect(read.ok && read.draft.titleText).toBe('Stored title');
  });

  it('restore never loses the current state: it becomes a version first', async () => {
    const { drafts, history } = await openTab();
    const id = drafts.getState().create(template);
    drafts.getState().update(id, setTitle('First words'));
    const v1 = await history.record(id, 'named', 'v1');
    clock += 1000;
    drafts.getState().update(id, setTitle('Words written after v1'));
    const result = await history.restore(id, v1!.id);
    expect(result.ok).toBe(true);
    expect(drafts.getState().drafts[id]?.titleText).toBe('First words');
    const [newest] = history.getState().versions[id]!;
    expect(newest?.reason).toBe('before-restore');
    const kept = await history.open(newest!.id);
    expect(kept.ok && kept.draft.titleText).toBe('Words written after v1');
    // And restoring that gives the later words back.
    await history.restore(id, newest!.id);
    expect(drafts.getState().drafts[id]?.titleText).toBe('Words written after v1');
  });

  it('starts a new draft from a version, leaving the draft as it is', async () => {
    const { drafts, history } = await openTab();
    const id = drafts.getState().create(template);
    drafts.getState().update(id, setTitle('Old words'));
    const v1 = await history.record(id, 'named', 'v1');
    drafts.getState().update(id, setTitle('New words'));
    const started = await history.startNew(v1!.id);
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(started.id).not.toBe(id);
    expect(drafts.getState().drafts[started.id]?.titleText).toBe('Old words');
    expect(drafts.getState().drafts[id]?.titleText).toBe('New words');
  });

  it('takes an automatic version after ten minutes of editing, not before', async () => {
    const { drafts, history } = await openTab();
    const id = drafts.getState().create(template);
    await history.load(id);
    for (let t = 0; t <= AUTO_VERSION_EVERY_MS; t += 30_000) {
      clock += 30_000;
      drafts.getState().update(id, setTitle(`typing ${t}`));
    }
    await history.load(id);
    const auto = history.getState().versions[id]!.filter((v) => v.reason === 'auto');
    expect(auto.length).toBe(1);
  });

  it('stays within its bounds, keeping the newest versions', async () => {
    const { drafts, history } = await openTab({ maxVersions: 3, maxBytes: Infinity });
    const id = drafts.getState().create(template);
    for (let k = 0; k < 6; k++) {
      clock += 1000;
      drafts.getState().update(id, setTitle(`version ${k}`));
      await history.record(id, 'export');
    }
    const versions = await history.load(id);
    expect(versions.length).toBe(3);
    const titles = await Promise.all(versions.map(async (v) => {
      const read = await history.open(v.id);
      return read.ok ? read.draft.titleText : read.reason;
    }));
    expect(titles).toEqual(['version 5', 'version 4', 'version 3']);
  });
});

describe('orphanTemplates', () => {
  const meta = (id: string, templateKey: string) => ({ id, draftId: 'd', createdAt: '', reason: 'auto' as const, name: null, bytes: 1, contentHash: id, templateKey });
  it('names the templates only dropped versions used', () => {
    const existing = [meta('a', 'd:1'), meta('b', 'd:1'), meta('c', 'd:2'), meta('e', 'd:3')];
    expect(orphanTemplates(meta('new', 'd:3'), existing, ['a', 'c', 'e'])).toEqual(['d:2']);
    expect(orphanTemplates(meta('new', 'd:3'), existing, ['a'])).toEqual([]);
  });
});
