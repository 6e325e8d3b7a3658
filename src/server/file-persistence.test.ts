import { afterEach, describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { FilePersistence } from './file-persistence';
import { randomRoom, tempDataDir } from './sync-server-harness';

const dirs: { remove: () => void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

function setup() {
  const data = tempDataDir();
  dirs.push(data);
  return data.dir;
}

function edits(doc: Y.Doc, persistence: FilePersistence, room: string, words: string[]) {
  doc.on('update', (update: Uint8Array) => persistence.append(room, update));
  for (const word of words) doc.getArray<string>('words').push([word]);
}

describe('the server file persistence', () => {
  it('keeps every appended update without a compaction (a killed server)', () => {
    const dir = setup();
    const room = randomRoom();
    const doc = new Y.Doc();
    edits(doc, new FilePersistence(dir), room, ['one', 'two', 'three']);
    const reloaded = new Y.Doc();
    const load = new FilePersistence(dir).load(room, reloaded);
    expect(load.records).toBe(3);
    expect(reloaded.getArray('words').toArray()).toEqual(['one', 'two', 'three']);
  });

  it('drops a torn last record and keeps the ones before it', () => {
    const dir = setup();
    const room = randomRoom();
    const persistence = new FilePersistence(dir);
    edits(new Y.Doc(), persistence, room, ['one', 'two']);
    appendFileSync(persistence.fileOf(room), Uint8Array.of(0, 0, 1, 0, 9, 9));
    const reloaded = new Y.Doc();
    const load = new FilePersistence(dir).load(room, reloaded);
    expect(load.tornTail).toBe(true);
    expect(reloaded.getArray('words').toArray()).toEqual(['one', 'two']);
    // The file was compacted to what loads; a second load reads it clean.
    const again = new Y.Doc();
    expect(new FilePersistence(dir).load(room, again).tornTail).toBe(false);
    expect(again.getArray('words').toArray()).toEqual(['one', 'two']);
  });

  it('keeps a file with an unreadable record aside, whole, and loads what came before', () => {
    const dir = setup();
    const room = randomRoom();
    const persistence = new FilePersistence(dir);
    edits(new Y.Doc(), persistence, room, ['one']);
    appendFileSync(persistence.fileOf(room), Uint8Array.of(0, 0, 0, 3, 250, 250, 250));
    const original = readFileSync(persistence.fileOf(room));
    const reloaded = new Y.Doc();
    const load = new FilePersistence(dir, () => {}).load(room, reloaded);
    expect(load.unreadableKeptAs).toBeDefined();
    expect(readFileSync(load.unreadableKeptAs ?? '').equals(original)).toBe(true);
    expect(reloaded.getArray('words').toArray()).toEqual(['one']);
    expect(readdirSync(dir).filter((f) => f.includes('unreadable'))).toHaveLength(1);
  });

  it('compacts to one record holding the whole document', () => {
    const dir = setup();
    const room = randomRoom();
    const persistence = new FilePersistence(dir);
    const doc = new Y.Doc();
    edits(doc, persistence, room, ['a', 'b', 'c', 'd']);
    persistence.compact(room, doc);
    expect(existsSync(`${persistence.fileOf(room)}.tmp`)).toBe(false);
    const reloaded = new Y.Doc();
    expect(new FilePersistence(dir).load(room, reloaded).records).toBe(1);
    expect(reloaded.getArray('words').toArray()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses a room name that could leave its folder', () => {
    const persistence = new FilePersistence(setup());
    expect(() => persistence.fileOf('../../../../etc/passwd')).toThrow(/Not a room id/);
  });
});
