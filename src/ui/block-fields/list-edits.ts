/** Array edits for rows without IDs; ID lists use core/draft/id-list-edits instead. */
export const listEdits = {
  replace<T>(items: readonly T[], index: number, item: T): T[] {
    return items.map((current, k) => (k === index ? item : current));
  },
  remove<T>(items: readonly T[], index: number): T[] {
    return items.filter((_, k) => k !== index);
  },
  move<T>(items: readonly T[], from: number, to: number): T[] {
    if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return items.slice();
    const next = items.slice();
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved as T);
    return next;
  },
};
