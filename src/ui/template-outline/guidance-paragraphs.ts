export type GuidancePart = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/**
 * Template comments are hard-wrapped at whatever width the author's editor had.
 * Rejoin wrapped lines into paragraphs so they reflow on any screen, and keep
 * `- item` lines as a list.
 */
export function guidanceParagraphs(text: string): GuidancePart[] {
  const parts: GuidancePart[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    let lines: string[] = [];
    const flush = () => {
      if (lines.length > 0) parts.push({ kind: 'paragraph', text: lines.join(' ') });
      lines = [];
    };
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      if (LIST_ITEM.test(line)) {
        flush();
        const item = line.replace(LIST_ITEM, '');
        const last = parts[parts.length - 1];
        if (last?.kind === 'list') last.items.push(item);
        else parts.push({ kind: 'list', items: [item] });
      } else {
        const last = parts[parts.length - 1];
        // A wrapped continuation of a list item is indented under it.
        if (lines.length === 0 && last?.kind === 'list' && /^\s/.test(raw)) {
          last.items[last.items.length - 1] += ` ${line}`;
        } else {
          lines.push(line);
        }
      }
    }
    flush();
  }
  return parts;
}
