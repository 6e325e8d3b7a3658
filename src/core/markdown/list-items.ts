// `**Term**: text`, `**Term:** text`: linear, the lazy term cannot run past a `*` or a line end.
export const BOLD_ITEM = /^\*\*([^*\n]+?)(:?)\*\*(:?)[ \t]*([\s\S]*)$/;

/** `[ ] text`, `[x] text`: a checkbox item. */
export const CHECK_ITEM = /^\[([ xX])\][ \t]+([\s\S]*)$/;

/**
 * Item texts as written. The scanner takes two columns off an item's later
 * lines; under `1. ` (as the export indents them) one more is the marker's.
 */
export function listItems(items: string[], ordered: boolean): string[] {
  if (!ordered) return items;
  return items.map((item, k) => {
    const extra = String(k + 1).length;
    return item
      .split('\n')
      .map((line, n) => {
        if (n === 0) return line;
        let cut = 0;
        while (cut < extra && line[cut] === ' ') cut++;
        return line.slice(cut);
      })
      .join('\n');
  });
}
