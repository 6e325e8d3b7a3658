import { createServer, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { createHash, timingSafeEqual } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { docs, setPersistence, setupWSConnection, type WSSharedDoc } from '@y/websocket-server/utils';
import { isRoomId } from '../core/team/room-id';
import { checkSyncMessage } from './check-sync-message';
import { FilePersistence } from './file-persistence';
import { GuardedSocket } from './guarded-socket';
import type { ServerConfig } from './server-config';

export type SyncServer = {
  /** ws://host:port, what the app's server setting takes. */
  url: string;
  port: number;
  /** Rooms open in memory now. */
  openRooms: () => number;
  /** Closes every connection, writes every open room compacted to disk, and stops listening. */
  close: () => Promise<void>;
};

/** Close codes the app explains to the user (4000-4999 are the application's). */
export const closeCodes = { refusedMessage: 4400, documentTooLarge: 4413 } as const;

/**
 * The Yjs websocket server of @y/websocket-server (its rooms, sync and
 * awareness), with this project's guards in front of it: a token when one is
 * set, room ids of 128 random bits only, caps on rooms, connections, message
 * and document size, and every message decoded before it is applied.
 * @y/websocket-server keeps its rooms in one module-wide map, so one process
 * runs one server.
 */
export async function startSyncServer(config: ServerConfig, log: (message: string) => void = () => {}): Promise<SyncServer> {
  if (docs.size > 0) throw new Error('A sync server is already running in this process.');
  const persistence = new FilePersistence(config.dataDir, log);
  // Bytes a room holds, counted up with each update and measured exactly when the count nears the cap.
  const roomBytes = new Map<string, number>();
  setPersistence({
    provider: persistence,
    bindState: (room: string, doc: WSSharedDoc) => {
      persistence.load(room, doc);
      roomBytes.set(room, Y.encodeStateAsUpdate(doc).length);
      doc.on('update', (update: Uint8Array) => persistence.append(room, update));
    },
    writeState: async (room: string, doc: WSSharedDoc) => {
      persistence.compact(room, doc);
      roomBytes.delete(room);
    },
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes, perMessageDeflate: false });
  const http = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Specwright sync server. Point the app at this address (ws://…); see the README, "Working as a team".\n');
  });
  const expectedToken = config.token === undefined ? undefined : digest(config.token);

  const refuse = (socket: Duplex, status: string) => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  };

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://server');
    const room = url.pathname.split('/').filter(Boolean).pop() ?? '';
    if (expectedToken && !timingSafeEqual(digest(url.searchParams.get('token') ?? ''), expectedToken)) return refuse(socket, '401 Unauthorized');
    if (!isRoomId(room)) return refuse(socket, '400 Bad Request');
    const open = docs.get(room);
    if (!open && docs.size >= config.maxRooms) return refuse(socket, '503 Service Unavailable');
    if (open && open.conns.size >= config.maxConnectionsPerRoom) return refuse(socket, '503 Service Unavailable');
    wss.handleUpgrade(req, socket, head, (ws) => connect(ws, req, room));
  });

  const connect = (ws: WebSocket, req: IncomingMessage, room: string) => {
    const guarded = new GuardedSocket(ws, (bytes) => {
      const checked = checkSyncMessage(bytes);
      if (!checked.ok) {
        log(`Room ${room}: refused a message: ${checked.reason}`);
        ws.close(closeCodes.refusedMessage, 'refused message');
        return false;
      }
      if (checked.message.kind !== 'update') return true;
      const doc = docs.get(room);
      if (!doc) return false;
      let size = (roomBytes.get(room) ?? 0) + checked.message.update.length;
      if (size > config.maxDocBytes) {
        size = Y.encodeStateAsUpdate(doc).length + checked.message.update.length;
        if (size > config.maxDocBytes) {
          log(`Room ${room}: refused an update that would take the document past ${config.maxDocBytes} bytes.`);
          ws.close(closeCodes.documentTooLarge, 'document too large');
          return false;
        }
      }
      roomBytes.set(room, size);
      return true;
    }, (error) => log(`Room ${room}: closed a connection: ${error.message}`));
    setupWSConnection(guarded as unknown as WebSocket, req, { docName: room });
  };

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  return {
    url: `ws://${host}:${port}`,
    port,
    openRooms: () => docs.size,
    close: async () => {
      const closed = [...wss.clients].map((ws) => new Promise<void>((resolve) => (ws.readyState === ws.CLOSED ? resolve() : ws.once('close', () => resolve()))));
      for (const ws of wss.clients) ws.terminate();
      await Promise.all(closed);
      for (const [room, doc] of docs) {
        persistence.compact(room, doc);
        doc.destroy();
        docs.delete(room);
      }
      setPersistence(null);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
