import * as Y from 'yjs';
import type { Draft } from '../draft/draft-schema';
import { DOC_ONLY_KEYS, JSON_KEYS, PROSE_FRAGMENT_KEY, RECORD_KEYS, draftRoot } from './draft-doc-layout';
import { setText } from './text-diff';
import { fromY, isPlainObject, recordEntry, toY } from './y-values';

const KEEP = Symbol('keep');

/**
 * Makes the doc hold `next`, changing only what differs from what it holds:
 * a changed text is one deletion and one insertion, a changed item is changed
 * in place, an added item is inserted, so edits another tab makes at the same
 * time to other texts and items (or elsewhere in the same text) are kept.
 * `previous` is the draft the doc held as last read; values `next` shares
 * with it by identity are not compared (a keystroke compares one section, not
 * sixty). All in one transaction with `origin`.
 */
export function applyDraftChange(doc: Y.Doc, previous: Draft | undefined, next: Draft, origin: unknown = null): void {
  doc.transact(() => reconcileMap(draftRoot(doc), previous, next), origin);
}

function reconcileMap(map: Y.Map<unknown>, previous: unknown, next: Record<string, unknown>): void {
  const before = isPlainObject(previous) ? previous : undefined;
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) {
      if (map.has(key)) map.delete(key);
      continue;
    }
    if (before && Object.hasOwn(before, key) && before[key] === value && map.has(key)) continue;
    const updated = reconcileValue(key, map.get(key), before?.[key], value);
    if (updated !== KEEP) map.set(key, updated);
  }
  for (const key of [...map.keys()]) if (!DOC_ONLY_KEYS.has(key) && !Object.hasOwn(next, key)) map.delete(key);
  if (next.kind === 'prose' && !(map.get(PROSE_FRAGMENT_KEY) instanceof Y.XmlFragment)) map.set(PROSE_FRAGMENT_KEY, new Y.XmlFragment());
}

/** Changes `current` in place into `next` (KEEP), or gives the value to store instead. */
function reconcileValue(key: string | null, current: unknown, previous: unknown, next: unknown): unknown {
  if (key !== null && JSON_KEYS.has(key)) {
    const json = toY(key, next);
    return current === json ? KEEP : json;
  }
  if (key !== null && RECORD_KEYS.has(key) && isPlainObject(next)) {
    if (!(current instanceof Y.Array)) return toY(key, next);
    reconcileRecord(current, next);
    return KEEP;
  }
  if (typeof next === 'string' && current instanceof Y.Text) {
    setText(current, next);
    return KEEP;
  }
  if (Array.isArray(next) && current instanceof Y.Array) {
    reconcileArray(current, Array.isArray(previous) ? previous : undefined, next);
    return KEEP;
  }
  if (isPlainObject(next) && current instanceof Y.Map) {
    // A block of another kind is another block: replaced whole.
    if (typeof next.kind === 'string' && current.get('kind') !== next.kind) return toY(key, next);
    reconcileMap(current, previous, next);
    return KEEP;
  }
  const fresh = toY(key, next);
  return fresh === current ? KEEP : fresh;
}

/**
 * The common start and end stay; between them, as many items as both have
 * are changed in place and the rest inserted or deleted.
 */
function reconcileArray(array: Y.Array<unknown>, previous: readonly unknown[] | undefined, next: readonly unknown[]): void {
  const hint = previous && previous.length === array.length ? previous : undefined;
  const same = (index: number, nextIndex: number) =>
    (hint !== undefined && hint[index] === next[nextIndex]) || deepEqual(fromY(null, array.get(index)), next[nextIndex]);
  let start = 0;
  while (start < array.length && start < next.length && same(start, start)) start++;
  let end = array.length;
  let nextEnd = next.length;
  while (end > start && nextEnd > start && same(end - 1, nextEnd - 1)) {
    end--;
    nextEnd--;
  }
  const inPlace = Math.min(end - start, nextEnd - start);
  for (let k = 0; k < inPlace; k++) {
    const index = start + k;
    const updated = reconcileValue(null, array.get(index), hint?.[index], next[index]);
    if (updated === KEEP) continue;
    array.delete(index, 1);
    array.insert(index, [updated]);
  }
  const from = start + inPlace;
  if (end > from) array.delete(from, end - from);
  if (nextEnd > from) array.insert(from, next.slice(from, nextEnd).map((element) => toY(null, element)));
}

/** Entries keep their place; a key's text is changed in place; keys gone are deleted, new keys appended. */
function reconcileRecord(entries: Y.Array<unknown>, next: Record<string, unknown>): void {
  const seen = new Set<string>();
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries.get(index);
    const key = entry instanceof Y.Map ? entry.get('key') : undefined;
    if (typeof key !== 'string' || seen.has(key) || !Object.hasOwn(next, key)) {
      entries.delete(index, 1);
      continue;
    }
    seen.add(key);
    const text = (entry as Y.Map<unknown>).get('text');
    const value = next[key];
    if (text instanceof Y.Text && typeof value === 'string') setText(text, value);
    else (entry as Y.Map<unknown>).set('text', toY('text', value));
  }
  const added = Object.entries(next).filter(([key]) => !seen.has(key));
  if (added.length > 0) entries.push(added.map(([key, text]) => recordEntry(key, text)));
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((value, index) => deepEqual(value, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    const otherKeys = Object.keys(b).filter((key) => b[key] !== undefined);
    return keys.length === otherKeys.length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
  }
  return false;
}
