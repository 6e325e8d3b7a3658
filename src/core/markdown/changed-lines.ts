/** Where two texts' lines differ, as positions in the first: lines it loses, and the places lines are inserted. */
export type ChangedLines = {
  /** Indexes into `before` of lines not in `after`. */
  deleted: number[];
  /** For each line of `after` not in `before`, the index into `before` of the line it comes before (`before.length` at the end). */
  insertedBefore: number[];
};

/**
 * A line diff by longest common subsequence: which lines of `before` go and
 * where new ones come in. Quadratic in time and memory, for documents of a
 * few hundred lines in tests.
 */
export function changedLines(before: string[], after: string[]): ChangedLines {
  const n = before.length;
  const m = after.length;
  // lcs[i][j]: the longest common subsequence of before[i..] and after[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const deleted: number[] = [];
  const insertedBefore: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      insertedBefore.push(i);
      j++;
    } else {
      deleted.push(i);
      i++;
    }
  }
  return { deleted, insertedBefore };
}
