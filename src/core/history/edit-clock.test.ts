import { describe, expect, it } from 'vitest';
import { AUTO_VERSION_EVERY_MS, idleClock, tickEditClock, type EditClock } from './edit-clock';

const MIN = 60_000;

function typeFor(clock: EditClock, from: number, minutes: number, everyMs: number): { clock: EditClock; dueAt: number[] } {
  const dueAt: number[] = [];
  let c = clock;
  for (let t = from; t <= from + minutes * MIN; t += everyMs) {
    const r = tickEditClock(c, t);
    c = r.clock;
    if (r.due) dueAt.push(t);
  }
  return { clock: c, dueAt };
}

describe('tickEditClock', () => {
  it('is due once per ten minutes of steady typing', () => {
    const { dueAt } = typeFor(idleClock, 0, 35, 5000);
    expect(dueAt).toEqual([AUTO_VERSION_EVERY_MS, 2 * AUTO_VERSION_EVERY_MS, 3 * AUTO_VERSION_EVERY_MS]);
  });

  it('does not count a long pause as editing', () => {
    let { clock } = typeFor(idleClock, 0, 5, 5000);
    // An hour away, then five more minutes: ten minutes of editing plus at most the two-minute idle cap.
    const after = typeFor(clock, 65 * MIN, 5, 5000);
    clock = after.clock;
    expect(after.dueAt.length).toBe(1);
    expect(after.dueAt[0]).toBeGreaterThanOrEqual(65 * MIN + 3 * MIN);
  });

  it('is never due for a few edits an hour apart', () => {
    let clock = idleClock;
    let due = 0;
    for (let k = 0; k < 4; k++) {
      const r = tickEditClock(clock, k * 60 * MIN);
      clock = r.clock;
      if (r.due) due++;
    }
    expect(due).toBe(0);
  });
});
