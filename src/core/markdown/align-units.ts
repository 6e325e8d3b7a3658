import type { Block } from '../template/schema';
import { fitUnit, type Fit, type FitContext } from './fit-unit';
import type { Unit } from './read-units';

export type Pair = { block: number; unit: number; fit: Fit };

/**
 * The best in-order pairing of a section's template blocks with a file's
 * units: a weighted longest common subsequence, so one unexpected paragraph
 * or list cannot push every later block out of place. Ties go to the earliest
 * unit, except for rules and anchors (see below). O(blocks x units) time
 * and memory; templates have tens of blocks.
 */
export function alignUnits(blocks: Block[], units: Unit[], context: FitContext): Pair[] {
  const n = blocks.length;
  const m = units.length;
  const width = m + 1;
  const best = new Int32Array((n + 1) * width);
  // Each fit worked out once (rendering a value to compare is the costly part), for the table and the walk back.
  const fits: (Fit | null)[] = new Array<Fit | null>(n * m);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const fit = fitUnit(blocks[i]!, units[j]!, context);
      fits[i * m + j] = fit;
      const w = fit?.weight ?? 0;
      const skipBlock = best[(i + 1) * width + j]!;
      const skipUnit = best[i * width + j + 1]!;
      const take = w > 0 ? w + best[(i + 1) * width + j + 1]! : 0;
      best[i * width + j] = Math.max(skipBlock, skipUnit, take);
    }
  }
  const pairs: Pair[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = best[i * width + j]!;
    if (here === 0) break;
    const fit = fits[i * m + j] ?? null;
    const block = blocks[i]!;
    // The export writes a rule or anchor just before the next value, after any text of the value
    // before it (which may hold a rule of its own): the last fitting unit is the template's.
    const laterToo = (block.kind === 'rule' || block.kind === 'raw') && best[i * width + j + 1] === here;
    if (fit && fit.weight > 0 && fit.weight + best[(i + 1) * width + j + 1]! === here && !laterToo) {
      pairs.push({ block: i, unit: j, fit });
      i++;
      j++;
    } else if (laterToo) {
      j++;
    } else if (best[(i + 1) * width + j] === here) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}
