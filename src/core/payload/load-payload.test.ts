import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadPayload } from './load-payload';
import type { PayloadFormat } from './payload-format';

// A made-up payload with three versions, as tldraw tests its migrations on a test schema:
// v1 { title }, v2 { name }, v3 { name, tags }.
const Note = z.object({ kind: z.literal('test/note'), version: z.literal(3), name: z.string(), tags: z.array(z.string()) });
const notes: PayloadFormat<z.infer<typeof Note>> = {
  kind: 'test/note',
  version: 3,
  noun: 'note',
  subject: 'The note',
  schema: Note,
  migrations: [
    { from: 1, name: 'title-to-name', up: ({ title, ...rest }) => ({ ...rest, name: String(title ?? '') }) },
    { from: 2, name: 'add-tags', up: (record) => ({ ...record, tags: [] }) },
  ],
};

describe('loadPayload', () => {
  it('takes a current payload through the schema alone', () => {
    expect(loadPayload(notes, { kind: 'test/note', version: 3, name: 'a', tags: ['x'] })).toEqual({ ok: true, value: { kind: 'test/note', version: 3, name: 'a', tags: ['x'] }, migratedFrom: null });
  });

  it('runs every numbered step from the stored version up, in order, and says where it came from', () => {
    expect(loadPayload(notes, { kind: 'test/note', version: 1, title: 'Old' })).toEqual({ ok: true, value: { kind: 'test/note', version: 3, name: 'Old', tags: [] }, migratedFrom: 1 });
    expect(loadPayload(notes, { kind: 'test/note', version: 2, name: 'Mid' })).toMatchObject({ ok: true, value: { name: 'Mid', tags: [] }, migratedFrom: 2 });
  });

  it('reads a version under another key', () => {
    const snapshots = { ...notes, versionKey: 'schemaVersion', schema: z.object({ kind: z.literal('test/note'), schemaVersion: z.literal(3), name: z.string(), tags: z.array(z.string()) }) };
    expect(loadPayload(snapshots, { kind: 'test/note', schemaVersion: 1, title: 'S' })).toMatchObject({ ok: true, value: { schemaVersion: 3, name: 'S' } });
  });

  it('refuses what it cannot read, with a reason for each case, and never throws', () => {
    const cases: [unknown, string, RegExp][] = [
      [null, 'not-an-object', /^The note is not a JSON object\.$/],
      [[], 'not-an-object', /not a JSON object/],
      [{ kind: 'other', version: 1 }, 'wrong-kind', /^This is not a Specwright note\.$/],
      [{ kind: 'test/note' }, 'no-version', /no valid version/],
      [{ kind: 'test/note', version: 1.5 }, 'no-version', /no valid version/],
      [{ kind: 'test/note', version: 9 }, 'future-version', /newer version of Specwright \(note format 9; this app reads up to 3\)/],
      [{ kind: 'test/note', version: 3, name: 7, tags: [] }, 'damaged', /^The note is damaged \(name: /],
    ];
    for (const [raw, code, reason] of cases) {
      const result = loadPayload(notes, raw);
      expect(result).toMatchObject({ ok: false, code });
      if (!result.ok) expect(result.reason).toMatch(reason);
    }
  });

  it('says when a step is missing or fails, instead of loading a half-upgraded payload', () => {
    expect(loadPayload({ ...notes, migrations: notes.migrations.slice(1) }, { kind: 'test/note', version: 1 })).toMatchObject({ ok: false, code: 'no-migration', reason: 'No migration from note format 1.' });
    const throwing = { ...notes, migrations: [{ from: 1, name: 'boom', up: () => { throw new Error('bad shape'); } }, notes.migrations[1]!] };
    expect(loadPayload(throwing, { kind: 'test/note', version: 1 })).toMatchObject({ ok: false, code: 'migration-failed', reason: 'The note could not be upgraded from format 1: bad shape' });
  });

  it('lets a part with a version of its own be prepared before the schema', () => {
    const result = loadPayload(notes, { kind: 'test/note', version: 3, name: 'p', tags: 'one' }, (record) => ({ ok: true, record: { ...record, tags: [record.tags] } }));
    expect(result).toMatchObject({ ok: true, value: { tags: ['one'] } });
    const refused = loadPayload(notes, { kind: 'test/note', version: 3 }, () => ({ ok: false, code: 'damaged', reason: 'The part is damaged.' }));
    expect(refused).toEqual({ ok: false, code: 'damaged', reason: 'The part is damaged.' });
  });
});
