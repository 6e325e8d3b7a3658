/** Time spent editing a draft since its last version. */
export type EditClock = { editingMs: number; lastEditAt: number | null };

/** An automatic version after this much editing. */
export const AUTO_VERSION_EVERY_MS = 10 * 60_000;
/** A pause longer than this is not editing time: the draft left open over lunch is not ten minutes of work. */
export const IDLE_AFTER_MS = 2 * 60_000;

export const idleClock: EditClock = { editingMs: 0, lastEditAt: null };

/** The clock after an edit at `at` (ms), and whether an automatic version is due. */
export function tickEditClock(clock: EditClock, at: number): { clock: EditClock; due: boolean } {
  const gap = clock.lastEditAt === null ? 0 : Math.max(0, Math.min(at - clock.lastEditAt, IDLE_AFTER_MS));
  const editingMs = clock.editingMs + gap;
  if (editingMs >= AUTO_VERSION_EVERY_MS) return { clock: { editingMs: 0, lastEditAt: at }, due: true };
  return { clock: { editingMs, lastEditAt: at }, due: false };
}
