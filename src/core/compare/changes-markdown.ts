import type { ChangeLine } from './change-line';

const inline = (text: string) => text.replace(/\s+/g, ' ').trim();
const SHOWN = 300;
const clip = (text: string) => (text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);

/**
 * The change lines as a Markdown note for a pull request description:
 * `## Changes since v1`, one bullet per change, the old and new wording under
 * each changed item. Empty sections of the draft say nothing.
 */
export function changesMarkdown(lines: readonly ChangeLine[], sinceName: string): string {
  const heading = `## Changes since ${inline(sinceName) || 'the last version'}`;
  if (lines.length === 0) return `${heading}\n\nNo changes.\n`;
  const bullets = lines.map((l) => {
    const where = l.where ? ` (${inline(l.where)})` : '';
    const head = `- ${l.summary}${where}`;
    const detail: string[] = [];
    if (l.verb === 'changed' || l.verb === 'renamed') {
      if (l.before !== undefined && inline(l.before)) detail.push(`  - Before: ${clip(inline(l.before))}`);
      if (l.after !== undefined && inline(l.after)) detail.push(`  - After: ${clip(inline(l.after))}`);
    } else if (l.verb === 'added' && l.after !== undefined && inline(l.after) && l.about !== 'section') {
      detail.push(`  - ${clip(inline(l.after))}`);
    } else if (l.verb === 'removed' && l.before !== undefined && inline(l.before) && l.about !== 'section') {
      detail.push(`  - ~~${clip(inline(l.before))}~~`);
    }
    return [head, ...detail].join('\n');
  });
  return `${heading}\n\n${bullets.join('\n')}\n`;
}
