import { appendFileSync, existsSync, fsyncSync, mkdirSync, openSync, closeSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { isRoomId } from '../core/team/room-id';

/**
 * One file per room: a 4-byte magic and version ("SWY" + 1), then every update
 * as it arrived, each as a 4-byte big-endian length and its bytes. Appending is
 * synchronous, so an update the server has applied is in the file before the
 * next message is read: a killed server loses nothing it applied. The log is
 * compacted to one update when the last client leaves and when it is loaded
 * with many records. A torn last record (a crash mid-append) is dropped; a
 * record that does not decode stops the load, and the file is kept aside
 * whole, never overwritten.
 */
export const roomFileMagic = Uint8Array.from([0x53, 0x57, 0x59, 1]);
const compactAfterRecords = 500;

export type RoomLoad = { records: number; tornTail: boolean; unreadableKeptAs?: string };

export class FilePersistence {
  readonly #dir: string;
  readonly #records = new Map<string, number>();
  readonly #log: (message: string) => void;

  constructor(dir: string, log: (message: string) => void = () => {}) {
    this.#dir = dir;
    this.#log = log;
    mkdirSync(dir, { recursive: true });
  }

  fileOf(room: string): string {
    // The room id pattern admits no separator or dot, so this stays inside the folder.
    if (!isRoomId(room)) throw new Error(`Not a room id: ${JSON.stringify(room).slice(0, 40)}`);
    return join(this.#dir, `${room}.ydoc`);
  }

  /** Applies the room's stored updates to `doc` (synchronously, before any client syncs). */
  load(room: string, doc: Y.Doc): RoomLoad {
    const file = this.fileOf(room);
    if (!existsSync(file)) {
      this.#records.set(room, 0);
      return { records: 0, tornTail: false };
    }
    const bytes = readFileSync(file);
    const result: RoomLoad = { records: 0, tornTail: false };
    let offset = roomFileMagic.length;
    const magicOk = bytes.length >= 4 && roomFileMagic.every((b, i) => bytes[i] === b);
    let unreadable = !magicOk;
    const updates: Uint8Array[] = [];
    while (magicOk && offset < bytes.length) {
      if (offset + 4 > bytes.length) {
        result.tornTail = true;
        break;
      }
      const length = bytes.readUInt32BE(offset);
      if (offset + 4 + length > bytes.length) {
        result.tornTail = true;
        break;
      }
      const update = bytes.subarray(offset + 4, offset + 4 + length);
      try {
        Y.decodeUpdate(update);
      } catch {
        unreadable = true;
        break;
      }
      updates.push(update);
      offset += 4 + length;
    }
    if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates), 'persistence');
    result.records = updates.length;
    if (unreadable) {
      const aside = `${file}.unreadable-${Date.now()}`;
      renameSync(file, aside);
      result.unreadableKeptAs = aside;
      this.#log(`Room ${room}: its file has a record that does not decode; kept whole as ${aside}, the ${updates.length} records before it are loaded.`);
      this.compact(room, doc);
    } else if (result.tornTail || updates.length > compactAfterRecords) {
      if (result.tornTail) this.#log(`Room ${room}: dropped a torn last record (a crash mid-write).`);
      this.compact(room, doc);
    } else {
      this.#records.set(room, updates.length);
    }
    return result;
  }

  append(room: string, update: Uint8Array): void {
    const file = this.fileOf(room);
    const frame = Buffer.alloc(4 + update.length);
    frame.writeUInt32BE(update.length, 0);
    frame.set(update, 4);
    if (!existsSync(file)) appendFileSync(file, roomFileMagic);
    appendFileSync(file, frame);
    this.#records.set(room, (this.#records.get(room) ?? 0) + 1);
  }

  /** Replaces the log with one update holding the whole document (write, fsync, rename). */
  compact(room: string, doc: Y.Doc): void {
    const file = this.fileOf(room);
    const state = Y.encodeStateAsUpdate(doc);
    const tmp = `${file}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      const head = Buffer.alloc(8);
      head.set(roomFileMagic, 0);
      head.writeUInt32BE(state.length, 4);
      writeSync(fd, head);
      writeSync(fd, state);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    this.#records.set(room, 1);
  }
}
