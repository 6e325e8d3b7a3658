import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';

export type TeamStatus =
  | { state: 'connecting' }
  | { state: 'connected'; synced: boolean }
  | { state: 'offline' }
  /** The connection was stopped and stays stopped: `reason` says why, for the person. */
  | { state: 'refused'; reason: string };

export type TeamConnectionOptions = {
  /** ws:// or wss:// address of the sync server. */
  serverUrl: string;
  room: string;
  token?: string | undefined;
  /**
   * Whether a document holding the server's changes is still one this app can
   * read (the draft schema). A change after which it is not is never applied
   * to the local document, and the connection is stopped.
   */
  isReadable: (doc: Y.Doc) => { ok: true } | { ok: false; reason: string };
  /** The largest document accepted from the server, in bytes of its update. */
  maxDocBytes?: number;
  /** The browser's online and offline events (window): offline drops the connection at once, online brings it back. */
  onlineEvents?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** For Node tests (ws); a browser has WebSocket. */
  WebSocketPolyfill?: typeof WebSocket;
};

export type TeamConnection = {
  awareness: Awareness;
  status: () => TeamStatus;
  subscribe: (listener: (status: TeamStatus) => void) => () => void;
  destroy: () => void;
};

const fromLocal = Symbol('local edit');
/** The origin of every change the team sync applies to a local doc. */
export const TEAM_ORIGIN: unique symbol = Symbol('team edit');
const fromTeam = TEAM_ORIGIN;
/** Changes from the server are checked and applied together, at most this often. */
const applyEveryMs = 30;
const defaultMaxDocBytes = 8 * 1024 * 1024;

const closeReasons: Record<number, string> = {
  4400: 'The sync server refused a change from this browser.',
  4413: 'The draft is larger than the sync server accepts; your copy keeps every word, but it is no longer shared.',
};

/**
 * Connects a draft's local document to a room of the sync server. The
 * provider syncs a second document (the network copy), never the local one:
 * local edits are copied into it at once, and what the server sends reaches
 * the local document only after the network copy, with it applied, still
 * reads as a draft and stays under the size cap. So a hostile or broken update
 * from the server (or from a peer through it) never changes the local copy;
 * the connection stops and says why.
 */
export function connectTeam(local: Y.Doc, options: TeamConnectionOptions): TeamConnection {
  const network = new Y.Doc();
  Y.applyUpdate(network, Y.encodeStateAsUpdate(local), fromLocal);
  const maxDocBytes = options.maxDocBytes ?? defaultMaxDocBytes;
  let status: TeamStatus = { state: 'connecting' };
  const listeners = new Set<(status: TeamStatus) => void>();
  const setStatus = (next: TeamStatus) => {
    if (status.state === 'refused') return;
    status = next;
    listeners.forEach((listener) => listener(next));
  };

  const onLocal = (update: Uint8Array, origin: unknown) => {
    if (origin !== fromTeam) Y.applyUpdate(network, update, fromLocal);
  };
  local.on('update', onLocal);

  let pending: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    if (pending.length === 0 || status.state === 'refused') return;
    const updates = pending;
    pending = [];
    const size = Y.encodeStateAsUpdate(network).length;
    if (size > maxDocBytes) return refuse(`The server sent a draft larger than ${Math.round(maxDocBytes / 1024 / 1024)} MB; it was not applied and your copy is as it was.`);
    const readable = options.isReadable(network);
    if (!readable.ok) return refuse(`The server sent a change that does not make a readable draft (${readable.reason}); it was not applied and your copy is as it was.`);
    Y.applyUpdate(local, Y.mergeUpdates(updates), fromTeam);
  };
  const onNetwork = (update: Uint8Array, origin: unknown) => {
    if (origin === fromLocal) return;
    pending.push(update);
    timer ??= setTimeout(flush, applyEveryMs);
  };
  network.on('update', onNetwork);

  const provider = new WebsocketProvider(options.serverUrl, options.room, network, {
    params: options.token ? { token: options.token } : {},
    disableBc: true,
    maxBackoffTime: 5000,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  provider.on('status', ({ status: s }) => setStatus(s === 'connected' ? { state: 'connected', synced: provider.synced } : s === 'connecting' ? { state: 'connecting' } : { state: 'offline' }));
  provider.on('sync', (synced) => {
    if (status.state === 'connected') setStatus({ state: 'connected', synced });
  });
  provider.on('connection-close', (event) => {
    const reason = event ? closeReasons[event.code] : undefined;
    if (reason) refuse(reason);
  });

  const goOffline = () => {
    provider.disconnect();
    setStatus({ state: 'offline' });
  };
  const goOnline = () => {
    if (status.state !== 'refused') provider.connect();
  };
  options.onlineEvents?.addEventListener('offline', goOffline);
  options.onlineEvents?.addEventListener('online', goOnline);

  function refuse(reason: string) {
    pending = [];
    provider.shouldConnect = false;
    provider.disconnect();
    setStatus({ state: 'refused', reason });
  }

  return {
    awareness: provider.awareness,
    status: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy: () => {
      if (timer) clearTimeout(timer);
      options.onlineEvents?.removeEventListener('offline', goOffline);
      options.onlineEvents?.removeEventListener('online', goOnline);
      local.off('update', onLocal);
      network.off('update', onNetwork);
      provider.destroy();
      network.destroy();
      listeners.clear();
    },
  };
}
