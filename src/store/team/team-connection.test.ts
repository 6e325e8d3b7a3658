import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { connectTeam, type TeamConnection } from './team-connection';
import { connectClient, randomRoom, startTestServer, tempDataDir, until } from '../../server/sync-server-harness';
import type { SyncServer } from '../../server/start-sync-server';

// Against the real sync server on a loopback port. A "draft" here is a doc whose
// root map has docVersion 1 and a words array; anything else is unreadable.
const isReadable = (doc: Y.Doc) => (doc.getMap('draft').get('docVersion') === 1 ? { ok: true as const } : { ok: false as const, reason: 'no docVersion 1' });

function localDraft(): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap('draft').set('docVersion', 1);
  return doc;
}

const words = (doc: Y.Doc) => doc.getArray<string>('words').toArray();

let cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function serverAt(dir: string, port = 0): Promise<SyncServer> {
  const server = await startTestServer({ dataDir: dir, port });
  const stop = server.close;
  let closed = false;
  const close = async () => {
    if (!closed) await stop();
    closed = true;
  };
  cleanups.push(close);
  return { ...server, close };
}

function team(local: Y.Doc, server: { url: string }, room: string): TeamConnection {
  const connection = connectTeam(local, { serverUrl: server.url, room, isReadable, WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket });
  cleanups.push(() => connection.destroy());
  return connection;
}

const synced = (c: TeamConnection) => until(() => { const s = c.status(); return s.state === 'connected' && s.synced; }, 'the team connection to sync');

describe('a draft connected to a team room', () => {
  it('brings two people’s words into both local copies', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const server = await serverAt(data.dir);
    const room = randomRoom();
    const a = localDraft();
    const a1 = team(a, server, room);
    await synced(a1);
    const b = new Y.Doc(); // the invitee starts empty and receives the draft
    const b1 = team(b, server, room);
    await synced(b1);
    await until(() => b.getMap('draft').get('docVersion') === 1, 'the draft to reach the invitee');
    a.getArray<string>('words').push(['from-a']);
    b.getArray<string>('words').push(['from-b']);
    await until(() => words(a).length === 2 && words(b).length === 2, 'both words on both sides');
    expect(new Set(words(a))).toEqual(new Set(['from-a', 'from-b']));
    expect(words(a)).toEqual(words(b));
  });

  it('merges edits made offline when the server is back, after a restart mid-editing, losing nothing', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const first = await serverAt(data.dir);
    const room = randomRoom();
    const a = localDraft();
    const b = new Y.Doc();
    const a1 = team(a, first, room);
    await synced(a1);
    const b1 = team(b, first, room);
    await synced(b1);
    a.getArray<string>('words').push(['before']);
    await until(() => words(b).includes('before'), 'the first word to arrive');

    await first.close();
    await until(() => a1.status().state !== 'connected' && b1.status().state !== 'connected', 'both to notice the server is gone');
    a.getArray<string>('words').push(['a-offline']);
    b.getArray<string>('words').push(['b-offline']);

    const second = await serverAt(data.dir, first.port);
    await until(() => words(a).length === 3 && words(b).length === 3, 'both offline words on both sides', 20_000);
    expect(words(a)).toEqual(words(b));
    expect(new Set(words(a))).toEqual(new Set(['before', 'a-offline', 'b-offline']));
    // And the server has them on disk: a fresh client after another restart sees all three.
    a1.destroy();
    b1.destroy();
    await second.close();
    const third = await serverAt(data.dir, first.port);
    const fresh = connectClient(third.url, room);
    cleanups.push(fresh.destroy);
    await until(() => fresh.doc.getArray('words').length === 3, 'the stored room to hold all three');
  });

  it('never applies a change that makes the draft unreadable, and says so', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const server = await serverAt(data.dir);
    const room = randomRoom();
    const a = localDraft();
    a.getArray<string>('words').push(['mine']);
    const a1 = team(a, server, room);
    await synced(a1);
    const before = Y.encodeStateAsUpdate(a);

    // A hostile peer: a valid Yjs update that breaks the draft's layout.
    const hostile = connectClient(server.url, room);
    cleanups.push(hostile.destroy);
    await until(() => hostile.doc.getArray('words').length === 1, 'the hostile peer to sync');
    hostile.doc.getMap('draft').set('docVersion', 'not a version');
    hostile.doc.getArray<string>('words').push(['injected']);

    await until(() => a1.status().state === 'refused', 'the connection to stop');
    const status = a1.status();
    expect(status.state === 'refused' && status.reason).toMatch(/does not make a readable draft/);
    expect(a.getMap('draft').get('docVersion')).toBe(1);
    expect(words(a)).toEqual(['mine']);
    expect(Y.encodeStateAsUpdate(a)).toEqual(before);
  });
});
