/**
 * Per-draft write scheduling: a debounce timer per draft, and one queue per
 * draft for everything that touches its record (saves, deletes, re-reads), so
 * two writes of one draft never race each other's revision check. Tasks and
 * `save` must not reject.
 */
export type SaveScheduler = {
  /** Saves `id` after `delayMs` without further calls for it, and at the latest `maxWaitMs` after the first call since its last save. */
  schedule: (id: string) => void;
  /** Saves `id` now (after any task of it already queued). */
  saveNow: (id: string) => Promise<void>;
  /** Runs `task` after any task of `id` already queued. */
  enqueue: (id: string, task: () => Promise<void>) => Promise<void>;
  /** Drops a pending timer; a task already queued still runs. */
  cancel: (id: string) => void;
  /** Drops every pending timer. */
  cancelAll: () => void;
  /** Whether a save of `id` is waiting for its timer. */
  hasTimer: (id: string) => boolean;
  /** Runs every pending save now and resolves when no task is left. */
  flush: () => Promise<void>;
};

export function createSaveScheduler(delayMs: number, maxWaitMs: number, save: (id: string) => Promise<void>): SaveScheduler {
  /** The quiet-period timer per draft, restarted by each change. */
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The longest-wait timer per draft, started by the first change since its last save and never restarted: non-stop typing is still written. */
  const deadlines = new Map<string, ReturnType<typeof setTimeout>>();
  const running = new Map<string, Promise<void>>();

  function cancel(id: string) {
    const timer = timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(id);
    const deadline = deadlines.get(id);
    if (deadline !== undefined) clearTimeout(deadline);
    deadlines.delete(id);
  }

  function enqueue(id: string, task: () => Promise<void>): Promise<void> {
    const previous = running.get(id) ?? Promise.resolve();
    const next = previous.then(task);
    running.set(id, next);
    void next.then(() => {
      if (running.get(id) === next) running.delete(id);
    });
    return next;
  }

  function saveNow(id: string): Promise<void> {
    cancel(id);
    return enqueue(id, () => save(id));
  }

  return {
    schedule(id) {
      const timer = timers.get(id);
      if (timer !== undefined) clearTimeout(timer);
      timers.set(id, setTimeout(() => void saveNow(id), delayMs));
      if (!deadlines.has(id)) deadlines.set(id, setTimeout(() => void saveNow(id), maxWaitMs));
    },
    saveNow,
    enqueue,
    cancel,
    cancelAll() {
      for (const id of [...timers.keys(), ...deadlines.keys()]) cancel(id);
    },
    hasTimer: (id) => timers.has(id),
    async flush() {
      // A save can start another (a conflict copy), so go round until nothing is left.
      while (timers.size > 0 || running.size > 0) {
        for (const id of [...timers.keys()]) void saveNow(id);
        await Promise.all(running.values());
      }
    },
  };
}
