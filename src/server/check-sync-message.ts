import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';

/**
 * What a client may send: a Yjs sync message (step 1, step 2 or an update) or
 * an awareness update, each decoded whole before anything is applied. Anything
 * else (another message type, a truncated or malformed update, trailing bytes,
 * an awareness state that is not JSON) is refused and never reaches the room.
 */
export type SyncMessage =
  | { kind: 'sync-step-1' }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness' };

export type CheckedMessage = { ok: true; message: SyncMessage } | { ok: false; reason: string };

const messageSync = 0;
const messageAwareness = 1;
const syncStep1 = 0;
const syncStep2 = 1;
const syncUpdate = 2;

export function checkSyncMessage(bytes: Uint8Array): CheckedMessage {
  try {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    let message: SyncMessage;
    if (type === messageSync) {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === syncStep1) {
        Y.decodeStateVector(payload);
        message = { kind: 'sync-step-1' };
      } else if (step === syncStep2 || step === syncUpdate) {
        Y.decodeUpdate(payload);
        message = { kind: 'update', update: payload };
      } else {
        return { ok: false, reason: `unknown sync step ${step}` };
      }
    } else if (type === messageAwareness) {
      checkAwareness(decoding.readVarUint8Array(decoder));
      message = { kind: 'awareness' };
    } else {
      return { ok: false, reason: `unknown message type ${type}` };
    }
    if (decoding.hasContent(decoder)) return { ok: false, reason: 'trailing bytes after the message' };
    return { ok: true, message };
  } catch (error) {
    return { ok: false, reason: `malformed message (${error instanceof Error ? error.message : String(error)})` };
  }
}

function checkAwareness(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i += 1) {
    decoding.readVarUint(decoder); // client id
    decoding.readVarUint(decoder); // clock
    JSON.parse(decoding.readVarString(decoder));
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes in the awareness update');
}
