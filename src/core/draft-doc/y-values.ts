import * as Y from 'yjs';
import { DOC_ONLY_KEYS, JSON_KEYS, PROSE_FRAGMENT_KEY, RECORD_KEYS, TEXT_KEYS } from './draft-doc-layout';

/**
 * One value of a draft (plain JSON, as the Draft schema has it) and its form
 * in the doc, both ways, by the rules of draft-doc-layout.ts. `key` is the
 * key the value sits under in its object; null for an array's element (whose
 * strings are texts: list items, table cells).
 */
export function toY(key: string | null, value: unknown): unknown {
  if (key !== null && JSON_KEYS.has(key)) return value === null ? null : JSON.stringify(value);
  if (key !== null && RECORD_KEYS.has(key) && isPlainObject(value)) return recordToY(value);
  if (typeof value === 'string') return key === null || TEXT_KEYS.has(key) ? new Y.Text(value) : value;
  if (Array.isArray(value)) {
    const array = new Y.Array<unknown>();
    array.push(value.map((element: unknown) => toY(null, element)));
    return array;
  }
  if (isPlainObject(value)) {
    const map = new Y.Map<unknown>();
    for (const [inner, innerValue] of Object.entries(value)) if (innerValue !== undefined) map.set(inner, toY(inner, innerValue));
    if (value.kind === 'prose') map.set(PROSE_FRAGMENT_KEY, new Y.XmlFragment());
    return map;
  }
  return value;
}

/** The doc's value back as plain JSON. A JSON value that does not parse throws (the caller reports the doc as unreadable). */
export function fromY(key: string | null, value: unknown): unknown {
  if (key !== null && JSON_KEYS.has(key)) return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.Array) {
    if (key !== null && RECORD_KEYS.has(key)) return recordFromY(value);
    return value.toArray().map((element) => fromY(null, element));
  }
  if (value instanceof Y.Map) {
    // fromEntries makes own keys, whatever their names: nothing a doc holds reaches a prototype.
    return Object.fromEntries(
      [...value.entries()].filter(([inner]) => !DOC_ONLY_KEYS.has(inner)).map(([inner, innerValue]) => [inner, fromY(inner, innerValue)]),
    );
  }
  if (value instanceof Y.AbstractType) return undefined; // a shared type where the layout has none: for the schema to report
  return value;
}

/** A text record as ordered `{ key, text }` entries. */
export function recordToY(record: Record<string, unknown>): Y.Array<Y.Map<unknown>> {
  const entries = new Y.Array<Y.Map<unknown>>();
  entries.push(Object.entries(record).map(([key, text]) => recordEntry(key, text)));
  return entries;
}

export function recordEntry(key: string, text: unknown): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  entry.set('key', key);
  entry.set('text', typeof text === 'string' ? new Y.Text(text) : text);
  return entry;
}

/** Entries back to a record; of two entries with one key (added at once in two tabs), the later one is read. */
function recordFromY(entries: Y.Array<unknown>): unknown {
  const pairs: [string, unknown][] = [];
  for (const entry of entries.toArray()) {
    if (!(entry instanceof Y.Map)) return undefined;
    const key: unknown = entry.get('key');
    if (typeof key !== 'string') return undefined;
    pairs.push([key, fromY('text', entry.get('text'))]);
  }
  return Object.fromEntries(pairs);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
