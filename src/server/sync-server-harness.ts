import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { newRoomId } from '../core/team/room-id';
import { serverConfigSchema, type ServerConfigInput } from './server-config';
import { startSyncServer, type SyncServer } from './start-sync-server';

/** The tests' and the bench's way to a real server on a free loopback port, and real y-websocket clients. */
export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'specwright-sync-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startTestServer(input: ServerConfigInput): Promise<SyncServer> {
  return startSyncServer(serverConfigSchema.parse({ port: 0, ...input }));
}

export const randomRoom = () => newRoomId((n) => new Uint8Array(randomBytes(n)));

export type TestClient = { doc: Y.Doc; provider: WebsocketProvider; destroy: () => void };

export function connectClient(url: string, room: string, params: Record<string, string> = {}): TestClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, room, doc, { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, params, disableBc: true });
  return {
    doc,
    provider,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const synced = (client: TestClient) => until(() => client.provider.synced, 'the client to sync');
