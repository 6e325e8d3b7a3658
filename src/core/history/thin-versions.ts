import type { VersionMeta } from './version-record';

/** How much history one draft keeps. */
export type HistoryBounds = { maxVersions: number; maxBytes: number };

export const HISTORY_BOUNDS: HistoryBounds = { maxVersions: 100, maxBytes: 4 * 1024 * 1024 };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Versions the app took are thinned as they age: all of them for the last
 * two hours, then one an hour for a day, one a day for a month, one a week
 * after that (the newest in each slot stays). Named versions are kept. Then
 * the bounds: while there are too many versions or they take too many bytes,
 * the oldest unnamed version goes, then the oldest named one. The newest
 * version is never dropped. Returns the ids to delete.
 */
export function thinVersions(versions: readonly VersionMeta[], now: Date, bounds: HistoryBounds = HISTORY_BOUNDS): string[] {
  const newestFirst = [...versions].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const drop = new Set<string>();
  const slots = new Set<string>();
  newestFirst.forEach((v, k) => {
    if (v.reason === 'named') return;
    const age = now.getTime() - Date.parse(v.createdAt);
    const slot = age < 2 * HOUR ? null : age < DAY ? `h${Math.floor(age / HOUR)}` : age < 30 * DAY ? `d${Math.floor(age / DAY)}` : `w${Math.floor(age / (7 * DAY))}`;
    if (slot === null) return;
    // The newest version holds its slot and is never dropped.
    if (slots.has(slot) && k > 0) drop.add(v.id);
    else slots.add(slot);
  });
  let kept = newestFirst.filter((v) => !drop.has(v.id));
  const total = () => kept.reduce((sum, v) => sum + v.bytes, 0);
  const oldestFirst = (named: boolean) => kept.slice(1).filter((v) => (v.reason === 'named') === named).reverse();
  for (const named of [false, true]) {
    for (const v of oldestFirst(named)) {
      if (kept.length <= bounds.maxVersions && total() <= bounds.maxBytes) break;
      drop.add(v.id);
      kept = kept.filter((k) => k.id !== v.id);
    }
  }
  return [...drop];
}
