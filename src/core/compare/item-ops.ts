import { diffArrays } from 'diff';

/** One step through two lists: items both keep as they are, one only the old or the new list has, or one changed in place. */
export type ItemOp<T> =
  | { op: 'same'; count: number }
  | { op: 'removed'; item: T }
  | { op: 'added'; item: T }
  | { op: 'changed'; before: T; after: T };

/**
 * The steps from `before` to `after`, aligned on `key` (an item's text, a
 * definition's term): items with equal keys are matched (changed when not
 * `equal`), and where a run of removed items meets a run of added ones, they
 * are paired in order as changed items, the way a person reads "the second
 * requirement was reworded" (`pairs` may say which may pair: a requirement
 * only with one of its own ID). Null when the lists are equal.
 */
export function diffItems<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  equal: (a: T, b: T) => boolean,
  pairs: (removed: T, added: T) => boolean = () => true,
): ItemOp<T>[] | null {
  if (before.length === after.length && before.every((item, k) => equal(item, after[k]!))) return null;
  const runs = diffArrays(before.map(key), after.map(key));
  const ops: ItemOp<T>[] = [];
  let i = 0;
  let j = 0;
  const same = () => {
    const last = ops[ops.length - 1];
    if (last?.op === 'same') last.count++;
    else ops.push({ op: 'same', count: 1 });
  };
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (!run.added && !run.removed) {
      for (let n = 0; n < run.count; n++, i++, j++) {
        const a = before[i]!;
        const b = after[j]!;
        if (equal(a, b)) same();
        else ops.push({ op: 'changed', before: a, after: b });
      }
      continue;
    }
    const next = runs[r + 1];
    const pairsWithNext = next && (next.added || next.removed) && next.added !== run.added;
    const removedCount = run.removed ? run.count : pairsWithNext ? next.count : 0;
    const addedCount = run.added ? run.count : pairsWithNext ? next.count : 0;
    if (pairsWithNext) r++;
    // Each removed item pairs with the next added one it may be (by default any), in order.
    let at = 0;
    for (let n = 0; n < removedCount; n++) {
      const item = before[i++]!;
      let k = at;
      while (k < addedCount && !pairs(item, after[j + k]!)) k++;
      if (k === addedCount) {
        ops.push({ op: 'removed', item });
        continue;
      }
      for (; at < k; at++) ops.push({ op: 'added', item: after[j + at]! });
      ops.push({ op: 'changed', before: item, after: after[j + at]! });
      at++;
    }
    for (; at < addedCount; at++) ops.push({ op: 'added', item: after[j + at]! });
    j += addedCount;
  }
  return ops;
}

/** `before` with the steps applied. Throws when the steps do not fit the list (made from another one). */
export function applyItems<T>(before: readonly T[], ops: readonly ItemOp<T>[]): T[] {
  const out: T[] = [];
  let i = 0;
  for (const op of ops) {
    if (op.op === 'same') {
      if (i + op.count > before.length) throw new Error('These changes were made from a longer list.');
      out.push(...before.slice(i, i + op.count));
      i += op.count;
    } else if (op.op === 'added') {
      out.push(op.item);
    } else {
      if (i >= before.length) throw new Error('These changes were made from a longer list.');
      // A removed or changed item must be the one the changes saw: never drop or replace other words.
      if (JSON.stringify(before[i]) !== JSON.stringify(op.op === 'changed' ? op.before : op.item)) throw new Error('These changes were made from another item.');
      i++;
      if (op.op === 'changed') out.push(op.after);
    }
  }
  if (i !== before.length) throw new Error('These changes were made from a shorter list.');
  return out;
}

/** Where each step sits: its 1-based position in the old list (removed) or the new one (added, changed). */
export function positionedOps<T>(ops: readonly ItemOp<T>[]): { op: Exclude<ItemOp<T>, { op: 'same' }>; oldAt: number; newAt: number }[] {
  const out: { op: Exclude<ItemOp<T>, { op: 'same' }>; oldAt: number; newAt: number }[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op.op === 'same') {
      i += op.count;
      j += op.count;
      continue;
    }
    if (op.op === 'removed') i++;
    else if (op.op === 'added') j++;
    else {
      i++;
      j++;
    }
    out.push({ op, oldAt: i, newAt: j });
  }
  return out;
}
