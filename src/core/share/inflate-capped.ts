import { Inflate } from 'fflate';

export type InflateCappedResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'bad-compression' };

/**
 * Compressed input is fed to the inflater this many bytes at a time. fflate
 * inflates everything pushed so far in one go, and deflate expands at most
 * 1032:1, so no step outputs more than about 130 KB, and none goes more than
 * that past the cap: a step is short enough to pause after (see
 * `inflateCappedSteps`).
 */
const STEP = 128;

const overCap = new Error('over the cap');

/**
 * Raw deflate -> bytes, refusing output beyond `maxBytes` while inflating:
 * a deflate bomb (a few KB that expand to gigabytes) stops at the cap, without
 * ever being unpacked whole.
 */
export function inflateCapped(data: Uint8Array, maxBytes: number): InflateCappedResult {
  const steps = inflateCappedSteps(data, maxBytes);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same, one step of input at a time: it yields after each, so a caller
 * on the page's main thread can pause between them and no task runs long.
 */
export function* inflateCappedSteps(data: Uint8Array, maxBytes: number): Generator<void, InflateCappedResult, void> {
  // A deflate stream has at least one block; nothing at all is a link cut off.
  if (data.length === 0) return { ok: false, reason: 'bad-compression' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw overCap;
    if (chunk.length > 0) chunks.push(chunk);
  });
  for (let at = 0; at < data.length; at += STEP) {
    const end = Math.min(at + STEP, data.length);
    try {
      inflater.push(data.subarray(at, end), end === data.length);
    } catch (error) {
      return { ok: false, reason: error === overCap ? 'too-large' : 'bad-compression' };
    }
    yield;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, bytes };
}
