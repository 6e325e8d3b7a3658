import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';

/**
 * Stands between a client's WebSocket and @y/websocket-server's connection
 * handler: only messages that `admit` lets through are passed on, so a refused
 * message never reaches the room. Everything else (send, close, ping, pong,
 * close events) is the socket's own.
 */
export class GuardedSocket extends EventEmitter {
  readonly #ws: WebSocket;

  constructor(ws: WebSocket, admit: (bytes: Uint8Array) => boolean, onError: (error: Error) => void) {
    super();
    this.#ws = ws;
    ws.binaryType = 'arraybuffer';
    ws.on('message', (data, isBinary) => {
      if (!isBinary || !(data instanceof ArrayBuffer)) {
        ws.close(1003, 'binary Yjs messages only');
        return;
      }
      const bytes = new Uint8Array(data);
      if (admit(bytes)) this.emit('message', data);
    });
    ws.on('close', (code, reason) => this.emit('close', code, reason));
    ws.on('pong', () => this.emit('pong'));
    // ws reports an oversized or malformed frame as an error and closes the socket (1009, 1002);
    // without a listener that error would stop the whole server.
    ws.on('error', (error) => onError(error));
  }

  get readyState(): number {
    return this.#ws.readyState;
  }

  set binaryType(_value: string) {
    // Always 'arraybuffer', set above.
  }

  send(data: Uint8Array, options: object, callback: (error?: Error) => void): void {
    this.#ws.send(data, options, callback);
  }

  ping(): void {
    this.#ws.ping();
  }

  close(code?: number, reason?: string): void {
    this.#ws.close(code, reason);
  }
}
