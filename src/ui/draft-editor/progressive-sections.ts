import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { afterPaint } from '../after-paint';
import { sectionHeadingId } from './section-heading-id';

/**
 * Long drafts open a screenful first: the top sections that fill the first
 * screen render with the first paint, so the user can type at once, and the
 * rest follow a chunk at a time after each paint, as interruptible
 * transitions, so typing meanwhile is not held up. A jump to a section not yet
 * rendered (outline, checks, shortcuts) renders everything first.
 *
 * Sizes are counted in sections, a top section weighing its whole subtree.
 */
export const FIRST_SCREEN_SECTIONS = 6;
export const SECTIONS_PER_CHUNK = 10;

/** How much of a list renders with the first paint, and then after each paint (in sections' worth). */
export type ProgressiveSizes = { first: number; chunk: number };
const FORM_SIZES: ProgressiveSizes = { first: FIRST_SCREEN_SECTIONS, chunk: SECTIONS_PER_CHUNK };

let reveals = 0;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Renders every section now (synchronously), so the DOM has them all. */
export function revealAllSections(): void {
  reveals++;
  flushSync(() => listeners.forEach((listener) => listener()));
}

/** A section's heading, rendering the rest of the draft first if that section is not there yet. */
export function sectionHeading(sectionId: string): HTMLElement | null {
  const id = sectionHeadingId(sectionId);
  const heading = document.getElementById(id);
  if (heading) return heading;
  revealAllSections();
  return document.getElementById(id);
}

/**
 * How many of the top sections to render now, given each one's weight.
 * Once all are shown they stay shown: a section added later renders at once.
 */
export function useProgressiveCount(weights: readonly number[], enabled: boolean, sizes: ProgressiveSizes = FORM_SIZES): number {
  const revealsAtMount = useState(() => reveals)[0];
  const revealed = useSyncExternalStore(subscribe, () => reveals) !== revealsAtMount;
  const [count, setCount] = useState(() => (enabled ? countWithin(weights, 0, sizes.first) : Infinity));
  const total = weights.length;
  useEffect(() => {
    if (revealed || count === Infinity) return;
    return afterPaint(() => {
      startTransition(() => setCount((shown) => (shown >= total ? Infinity : countWithin(weights, shown, sizes.chunk))));
    });
    // `weights` is read for the chunk size only; a new array with the same length does not restart anything.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [count, total, revealed]);
  return revealed ? Infinity : count;
}

/** The count after adding sections from `start` until `budget` sections' worth are in (at least one). */
export function countWithin(weights: readonly number[], start: number, budget: number): number {
  let end = start;
  let used = 0;
  while (end < weights.length && (end === start || used + (weights[end] ?? 1) <= budget)) {
    used += weights[end] ?? 1;
    end++;
  }
  return end;
}
