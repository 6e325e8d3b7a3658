import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedLines } from './changed-lines';

describe('changedLines', () => {
  it('finds nothing between equal texts', () => {
    expect(changedLines(['a', 'b'], ['a', 'b'])).toEqual({ deleted: [], insertedBefore: [] });
  });

  it('places a replaced line, a deletion and insertions in the first text', () => {
    expect(changedLines(['a', 'b', 'c'], ['a', 'B', 'c'])).toEqual({ deleted: [1], insertedBefore: [1] });
    expect(changedLines(['a', 'b', 'c'], ['a', 'c'])).toEqual({ deleted: [1], insertedBefore: [] });
    expect(changedLines(['a'], ['x', 'a', 'y'])).toEqual({ deleted: [], insertedBefore: [0, 1] });
  });

  it('applying the diff to the first text gives the second', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', ''), { maxLength: 12 });
    fc.assert(
      fc.property(lines, lines, (before, after) => {
        const { deleted, insertedBefore } = changedLines(before, after);
        // Lines kept, in order, must be a common subsequence that, with the insertions, rebuilds `after`.
        const kept = before.filter((_, i) => !deleted.includes(i));
        expect(kept.length + insertedBefore.length).toBe(after.length);
        expect(before.length - deleted.length).toBe(kept.length);
        let j = 0;
        for (const line of after) if (j < kept.length && kept[j] === line) j++;
        expect(j).toBe(kept.length);
      }),
    );
  });
});
