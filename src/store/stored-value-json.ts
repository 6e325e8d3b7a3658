/**
 * A stored record as JSON text, whatever IndexedDB holds: records are
 * structured clones, so besides JSON they can hold Map, Set, BigInt, Date,
 * Blob, ArrayBuffer and typed arrays, and cycles. JSON.stringify turns a Map
 * into `{}` and throws on a BigInt or a cycle, so a download of such a record
 * said `[object Object]`. Here each such value becomes a tagged object
 * (`{ "$map": [[key, value], …] }`, `{ "$bigint": "…" }`,
 * `{ "$blob": { type, base64 } }`, `{ "$ref": "path" }` for a cycle) and nothing
 * is dropped.
 */
export async function storedValueJson(value: unknown): Promise<string> {
  const blobs = new Map<Blob, string>();
  await collectBlobs(value, blobs, new Set());
  return JSON.stringify(tagged(value, blobs, new Map(), '$'), null, 2) ?? 'null';
}

async function collectBlobs(value: unknown, blobs: Map<Blob, string>, seen: Set<object>): Promise<void> {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (typeof Blob !== 'undefined' && value instanceof Blob) {
    try {
      blobs.set(value, base64(new Uint8Array(await value.arrayBuffer())));
    } catch {
      blobs.set(value, '');
    }
    return;
  }
  const children = value instanceof Map ? [...value.entries()].flat() : value instanceof Set ? [...value] : Object.values(value);
  for (const child of children) await collectBlobs(child, blobs, seen);
}

function tagged(value: unknown, blobs: Map<Blob, string>, path: Map<object, string>, at: string): unknown {
  if (typeof value === 'bigint') return { $bigint: value.toString() };
  if (typeof value === 'number' && !Number.isFinite(value)) return { $number: String(value) };
  if (value === undefined) return { $undefined: true };
  if (typeof value !== 'object' || value === null) return value;
  const seenAt = path.get(value);
  if (seenAt !== undefined) return { $ref: seenAt };
  // Kept for the whole walk: a value met again (a cycle, or shared) is a reference, so the output stays as small as the record.
  path.set(value, at);
  {
    if (value instanceof Date) return { $date: Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString() };
    if (typeof Blob !== 'undefined' && value instanceof Blob) {
      const file = typeof File !== 'undefined' && value instanceof File ? { name: value.name } : {};
      return { $blob: { ...file, type: value.type, size: value.size, base64: blobs.get(value) ?? '' } };
    }
    if (value instanceof ArrayBuffer) return { $arrayBuffer: base64(new Uint8Array(value)) };
    if (ArrayBuffer.isView(value)) return { [`$${value.constructor.name}`]: base64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
    if (value instanceof Map) return { $map: [...value.entries()].map(([k, v], i) => [tagged(k, blobs, path, `${at}.$map[${i}][0]`), tagged(v, blobs, path, `${at}.$map[${i}][1]`)]) };
    if (value instanceof Set) return { $set: [...value].map((v, i) => tagged(v, blobs, path, `${at}.$set[${i}]`)) };
    if (value instanceof RegExp) return { $regexp: String(value) };
    if (Array.isArray(value)) return value.map((v, i) => tagged(v, blobs, path, `${at}[${i}]`));
    // Own keys only, into an object with no prototype: a key named __proto__ stays a key.
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) out[key] = tagged((value as Record<string, unknown>)[key], blobs, path, `${at}.${key}`);
    return out;
  }
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
