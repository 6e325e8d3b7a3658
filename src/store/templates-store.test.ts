import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from '../core/template/content-hash';
import { customTemplateRecord } from '../core/template/custom-template-record';
import { openDraftDb, putRecord, readAllRecords, TEMPLATES_STORE } from './draft-db';
import type { TemplatesChannelFactory, TemplatesMessage } from './templates-channel';
import { createTemplatesStore, type TemplatesStore, type TemplatesStoreDeps } from './templates-store';

const adr = `<!-- specwright-template
name: Lightweight ADR
description: One decision per file.
-->

# {short title of solved problem}

## Context and Problem Statement *(mandatory)*

{Describe the context in two or three sentences.}

## Decision Outcome

Chosen option: "{title of option 1}", because {justification}.
`;
const adrV2 = `${adr}
## Consequences

- Good, because {positive consequence}
`;

function createBus(): TemplatesChannelFactory {
  const listeners = new Set<(message: TemplatesMessage) => void>();
  return (onMessage) => {
    listeners.add(onMessage);
    return {
      post: (message) => {
        for (const listener of listeners) if (listener !== onMessage) listener(message);
      },
      close: () => listeners.delete(onMessage),
    };
  };
}

let idb: IDBFactory;
let tabs: TemplatesStore[];
let ids: number;
let clock: number;

beforeEach(() => {
  idb = new IDBFactory();
  tabs = [];
  ids = 0;
  clock = Date.parse('2026-11-21T10:00:00Z');
});

afterEach(async () => {
  for (const tab of tabs) {
    await tab.getState().flush();
    tab.dispose();
  }
});

async function openTab(overrides: Partial<TemplatesStoreDeps> = {}): Promise<TemplatesStore> {
  const tab = createTemplatesStore({
    indexedDB: idb,
    channel: () => ({ post: () => {}, close: () => {} }),
    now: () => new Date((clock += 1000)),
    newId: () => `t${++ids}`,
    ...overrides,
  });
  tabs.push(tab);
  await tab.getState().load();
  return tab;
}

async function stored(): Promise<Map<string, unknown>> {
  const db = await openDraftDb(idb);
  const records = await readAllRecords(db, TEMPLATES_STORE);
  db.close();
  return new Map(records.map((r) => [r.key, r.value]));
}

function added(tab: TemplatesStore, source = adr, name = '', description = 'Ours.'): string {
  const result = tab.getState().add({ name, description, source });
  if (!result.ok) throw new Error(result.reason);
  return result.id;
}

describe('templates store', () => {
  it('adds a template: in memory at once, one record in the templates store, parsed on load', async () => {
    const tab = await openTab();
    const id = added(tab, adr, '  Team ADR ');
    expect(id).toBe('custom-t1');
    const entry = tab.getState().templates[id]!;
    expect(entry.template).toMatchObject({ id, name: 'Team ADR', description: 'Ours.', sourceHash: contentHash(adr) });
    expect(entry.template.sections.map((s) => s.title)).toEqual(['Context and Problem Statement', 'Decision Outcome']);
    await tab.getState().flush();

    const record = (await stored()).get(id);
    expect(record).toMatchObject({ kind: 'specwright/custom-template', version: 1, id, name: 'Team ADR', description: 'Ours.', source: adr });
    tab.dispose();

    const reloaded = await openTab();
    expect(reloaded.getState().templates[id]?.template).toEqual(entry.template);
  });

  it('takes the engine’s name when none is given', async () => {
    const tab = await openTab();
    const id = added(tab);
    expect(tab.getState().templates[id]?.record.name).toBe('Lightweight ADR');
  });

  it('refuses a source with an error, saying where, and stores nothing', async () => {
    const tab = await openTab();
    const noHeadings = tab.getState().add({ name: 'x', description: '', source: 'Just a paragraph.\n' });
    expect(noHeadings).toMatchObject({ ok: false, reason: expect.stringMatching(/^Line 1: No section headings found/) });
    const unclosed = tab.getState().add({ name: 'x', description: '', source: '# T\n\n## A\n\n```js\nconst a = 1;\n' });
    expect(unclosed).toMatchObject({ ok: false, reason: expect.stringContaining('Line 5: The code block opened with ``` on line 5 is never closed') });
    expect(tab.getState().add({ name: 'x', description: '', source: '' }).ok).toBe(false);
    expect(tab.getState().add({ name: 'x', description: '', source: '## A\n\u0000\n' })).toMatchObject({ ok: false, reason: expect.stringContaining('not a text file') });
    await tab.getState().flush();
    expect(tab.getState().templates).toEqual({});
    expect((await stored()).size).toBe(0);
  });

  it('renames without a new source hash', async () => {
    const tab = await openTab();
    const id = added(tab);
    const hash = tab.getState().templates[id]!.template.sourceHash;
    tab.getState().rename(id, 'Decision record', 'Why we chose what we chose.');
    expect(tab.getState().templates[id]?.template).toMatchObject({ name: 'Decision record', description: 'Why we chose what we chose.', sourceHash: hash });
    await tab.getState().flush();
    expect((await stored()).get(id)).toMatchObject({ name: 'Decision record', description: 'Why we chose what we chose.' });
  });

  it('replaces the source: a new hash, the old source kept in versions, and Undo brings it back', async () => {
    const tab = await openTab();
    const id = added(tab);
    expect(tab.getState().replace(id, adrV2)).toEqual({ ok: true, id });
    const entry = tab.getState().templates[id]!;
    expect(entry.template.sourceHash).toBe(contentHash(adrV2));
    expect(entry.template.sections.map((s) => s.title)).toContain('Consequences');
    expect(entry.record.versions).toEqual([{ source: adr, sourceHash: contentHash(adr), replacedAt: expect.any(String) }]);
    expect(tab.getState().lastChange).toMatchObject({ kind: 'replaced', name: 'Lightweight ADR' });
    await tab.getState().flush();
    expect((await stored()).get(id)).toMatchObject({ source: adrV2 });

    tab.getState().undo();
    expect(tab.getState().templates[id]?.template.sourceHash).toBe(contentHash(adr));
    expect(tab.getState().lastChange).toBeNull();
    await tab.getState().flush();
    expect((await stored()).get(id)).toMatchObject({ source: adr });
    expect((await stored()).get(id)).not.toHaveProperty('versions');
  });

  it('refuses a replacement with errors and keeps the template as it was', async () => {
    const tab = await openTab();
    const id = added(tab);
    expect(tab.getState().replace(id, 'no headings').ok).toBe(false);
    expect(tab.getState().templates[id]?.record.source).toBe(adr);
    expect(tab.getState().lastChange).toBeNull();
  });

  it('removes a template from memory and storage; Undo puts it back as it was', async () => {
    const tab = await openTab();
    const id = added(tab);
    const before = tab.getState().templates[id]!.record;
    await tab.getState().flush();
    tab.getState().remove(id);
    expect(tab.getState().templates[id]).toBeUndefined();
    expect(tab.getState().lastChange).toMatchObject({ kind: 'deleted', name: 'Lightweight ADR' });
    await tab.getState().flush();
    expect((await stored()).has(id)).toBe(false);

    tab.getState().undo();
    expect(tab.getState().templates[id]?.record).toEqual(before);
    await tab.getState().flush();
    expect((await stored()).get(id)).toEqual(before);
  });

  it('a delete and its undo made at once still end with the record stored', async () => {
    const tab = await openTab();
    const id = added(tab);
    tab.getState().remove(id);
    tab.getState().undo();
    await tab.getState().flush();
    expect((await stored()).has(id)).toBe(true);
  });

  it('exports the source as stored, under a file name from the template’s name', async () => {
    const tab = await openTab();
    const id = added(tab, adr, 'Team ADR');
    expect(tab.getState().exportSource(id)).toEqual({ fileName: 'team-adr-template.md', source: adr });
    expect(tab.getState().exportSource('nope')).toBeNull();
  });

  it('lists a stored record that does not load, and never writes over or deletes it', async () => {
    const db = await openDraftDb(idb);
    const good = customTemplateRecord({ id: 'custom-good', name: 'Good', description: '', source: adr, now: new Date() });
    await putRecord(db, good, TEMPLATES_STORE);
    const future = { id: 'custom-future', kind: 'specwright/custom-template', version: 9, source: '…' };
    const damaged = { id: 'custom-damaged', kind: 'specwright/custom-template', version: 1 };
    await putRecord(db, future, TEMPLATES_STORE);
    await putRecord(db, damaged, TEMPLATES_STORE);
    db.close();

    const tab = await openTab();
    expect(Object.keys(tab.getState().templates)).toEqual(['custom-good']);
    expect(tab.getState().unreadable.map((u) => [u.id, u.reason])).toEqual([
      ['custom-damaged', expect.stringContaining('damaged')],
      ['custom-future', expect.stringContaining('newer version of Specwright')],
    ]);
    added(tab);
    await tab.getState().flush();
    const records = await stored();
    expect(records.get('custom-future')).toEqual({ id: 'custom-future', kind: 'specwright/custom-template', version: 9, source: '…' });
    expect(records.get('custom-damaged')).toEqual({ id: 'custom-damaged', kind: 'specwright/custom-template', version: 1 });
  });

  it('another tab hears of an add, a replace and a delete', async () => {
    const bus = createBus();
    const first = await openTab({ channel: bus });
    const second = await openTab({ channel: bus });
    const id = added(first);
    await first.getState().flush();
    await second.getState().flush();
    expect(second.getState().templates[id]?.record.source).toBe(adr);

    first.getState().replace(id, adrV2);
    await first.getState().flush();
    await second.getState().flush();
    expect(second.getState().templates[id]?.template.sourceHash).toBe(contentHash(adrV2));

    first.getState().remove(id);
    await first.getState().flush();
    await second.getState().flush();
    expect(second.getState().templates[id]).toBeUndefined();
  });

  it('without IndexedDB keeps templates in the tab and says so', async () => {
    const tab = await openTab({ indexedDB: undefined });
    expect(tab.getState().status).toBe('memory-only');
    expect(tab.getState().error).toContain('IndexedDB is missing');
    const id = added(tab);
    await tab.getState().flush();
    expect(tab.getState().templates[id]).toBeDefined();
  });
});
