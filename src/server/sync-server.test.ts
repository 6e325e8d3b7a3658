import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import type { SyncServer } from './start-sync-server';
import { closeCodes } from './start-sync-server';
import { connectClient, randomRoom, startTestServer, synced, tempDataDir, until, type TestClient } from './sync-server-harness';
import { readServerConfig } from './server-config';

let cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function server(input: Parameters<typeof startTestServer>[0] = {}) {
  const data = tempDataDir();
  const s = await startTestServer({ dataDir: data.dir, ...input });
  let closed = false;
  const close = async () => {
    if (!closed) await s.close();
    closed = true;
  };
  cleanups.push(data.remove, close);
  return { server: s, dir: data.dir, close };
}

function client(s: SyncServer, room: string, params?: Record<string, string>): TestClient {
  const c = connectClient(s.url, room, params);
  cleanups.push(c.destroy);
  return c;
}

/** Opens a raw socket and resolves with the HTTP status of a refused upgrade, or 101. */
function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => {});
  });
}

function rawSocket(url: string): Promise<{ ws: WebSocket; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const closed = new Promise<number>((done) => ws.on('close', (code) => done(code)));
    ws.on('open', () => resolve({ ws, closed }));
    ws.on('error', reject);
  });
}

function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe('the sync server', () => {
  it('listens on loopback by default', () => {
    const result = readServerConfig([], {});
    expect(result.ok && result.config.host).toBe('127.0.0.1');
    expect(result.ok && result.config.token).toBeUndefined();
  });

  it('merges two clients typing into one room', async () => {
    const { server: s } = await server();
    const room = randomRoom();
    const a = client(s, room);
    const b = client(s, room);
    await synced(a);
    await synced(b);
    a.doc.getText('t').insert(0, 'alpha ');
    b.doc.getText('t').insert(0, 'beta ');
    await until(() => a.doc.getText('t').toString().length === 11 && b.doc.getText('t').toString().length === 11, 'both edits on both sides');
    expect(a.doc.getText('t').toString()).toBe(b.doc.getText('t').toString());
    expect(a.doc.getText('t').toString()).toContain('alpha ');
    expect(a.doc.getText('t').toString()).toContain('beta ');
  });

  it('keeps a room on disk across a restart', async () => {
    const first = await server();
    const room = randomRoom();
    const a = client(first.server, room);
    await synced(a);
    a.doc.getArray<string>('items').push(['FR-001', 'FR-002']);
    await until(() => first.server.openRooms() === 1, 'the room to open');
    // Wait until the server has the update, then stop it with the client still connected.
    const probe = client(first.server, room);
    await until(() => probe.doc.getArray('items').length === 2, 'the update to reach the server');
    probe.destroy();
    a.destroy();
    await first.close();

    const second = await startTestServer({ dataDir: first.dir });
    cleanups.push(() => second.close());
    const b = client(second, room);
    await synced(b);
    expect(b.doc.getArray('items').toArray()).toEqual(['FR-001', 'FR-002']);
  });

  it('requires the token when one is set, and refuses a wrong one', async () => {
    const token = 'a-team-secret-of-some-length';
    const { server: s } = await server({ token });
    const room = randomRoom();
    expect(await upgradeStatus(`${s.url}/${room}`)).toBe(401);
    expect(await upgradeStatus(`${s.url}/${room}?token=wrong-token-of-some-length`)).toBe(401);
    expect(await upgradeStatus(`${s.url}/${room}?token=${token}`)).toBe(101);
    const a = client(s, room, { token });
    await synced(a);
  });

  it('refuses room names that are not 128-bit room ids', async () => {
    const { server: s } = await server();
    for (const name of ['test', '..%2F..%2Fetc', 'A'.repeat(40)]) expect(await upgradeStatus(`${s.url}/${name}`)).toBe(400);
  });

  it('caps the rooms open in one process and the connections to one room', async () => {
    const { server: s } = await server({ maxRooms: 1, maxConnectionsPerRoom: 1 });
    const room = randomRoom();
    const a = client(s, room);
    await synced(a);
    expect(await upgradeStatus(`${s.url}/${randomRoom()}`)).toBe(503);
    expect(await upgradeStatus(`${s.url}/${room}`)).toBe(503);
  });

  it('closes a connection that sends a message over the size limit, and applies none of it', async () => {
    const { server: s } = await server({ maxMessageBytes: 4096 });
    const room = randomRoom();
    const a = client(s, room);
    await synced(a);
    const big = new Y.Doc();
    big.getText('t').insert(0, 'x'.repeat(10_000));
    const raw = await rawSocket(`${s.url}/${room}`);
    raw.ws.send(updateMessage(Y.encodeStateAsUpdate(big)));
    expect(await raw.closed).toBe(1009);
    a.doc.getText('t').insert(0, 'still here');
    const b = client(s, room);
    await until(() => b.doc.getText('t').toString() === 'still here', 'the room to carry on');
  });

  it('refuses a malformed update and other message types, leaving the room and its file as they were', async () => {
    const { server: s, dir } = await server();
    const room = randomRoom();
    const a = client(s, room);
    await synced(a);
    a.doc.getText('t').insert(0, 'kept');
    const probe = client(s, room);
    await until(() => probe.doc.getText('t').toString() === 'kept', 'the first edit to reach the server');
    const fileBefore = readFileSync(`${dir}/${room}.ydoc`);

    const good = new Y.Doc();
    good.getText('t').insert(0, 'hostile');
    const truncated = Y.encodeStateAsUpdate(good).slice(0, 6);
    for (const message of [updateMessage(truncated), Uint8Array.of(7, 1, 2, 3), Uint8Array.of(1, 3, 1, 200, 200)]) {
      const raw = await rawSocket(`${s.url}/${room}`);
      raw.ws.send(message);
      expect(await raw.closed).toBe(closeCodes.refusedMessage);
    }
    expect(readFileSync(`${dir}/${room}.ydoc`).equals(fileBefore)).toBe(true);
    const b = client(s, room);
    await until(() => b.doc.getText('t').toString() === 'kept', 'a fresh client to see the room unchanged');
  });

  it('refuses an update that would take the document past its cap', async () => {
    const { server: s } = await server({ maxDocBytes: 4096 });
    const room = randomRoom();
    const a = client(s, room);
    await synced(a);
    a.doc.getText('t').insert(0, 'small');
    const probe = client(s, room);
    await until(() => probe.doc.getText('t').toString() === 'small', 'the small edit');
    probe.destroy();
    const closeCodesSeen: number[] = [];
    a.provider.on('connection-close', (event) => {
      if (event) closeCodesSeen.push(event.code);
    });
    a.doc.getText('t').insert(5, 'y'.repeat(8000));
    await until(() => closeCodesSeen.includes(closeCodes.documentTooLarge), 'the refusal');
    a.provider.shouldConnect = false;
    a.provider.disconnect();
    const b = client(s, room);
    await synced(b);
    expect(b.doc.getText('t').toString()).toBe('small');
  });
});
