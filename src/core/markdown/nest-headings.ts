import { escapeClosingHashes } from './heading-flag';
import { LineIndex } from './line-index';
import { markdownEvents } from './markdown-events';
import { outerHeadings, type OuterHeading } from './outer-headings';

/**
 * Headings inside a prose value, moved below the section they are written
 * in: a section's text may have sub-headings (the prose editor makes them),
 * and on import a heading deeper than its section, before the section's own
 * subsections, reads as part of the section's text. Relative levels stay; a
 * setext heading becomes an ATX one (its lines joined by spaces). Where no
 * level fits (the preamble, `sectionLevel` 0, or below level 6) the heading is
 * escaped into plain text, kept apart from the lines around it by blank
 * lines. Only headings outside quotes and lists count, as the parse reads
 * them (`    foo` then `---` is code and a rule). Idempotent, so a second
 * export changes nothing. `headings` are the text's own, when the caller has
 * them from its parse.
 */
export function nestHeadings(text: string, sectionLevel: number, headings?: OuterHeading[]): string {
  const index = new LineIndex(text);
  const found = headings ?? outerHeadings(text, markdownEvents(text), index);
  if (found.length === 0) return text;
  const { lines } = index;
  const shallowest = found.reduce((min, h) => Math.min(min, h.level), 6);
  const shift = Math.max(0, sectionLevel + 1 - shallowest);
  const out: string[] = [];
  let at = 0;
  for (const heading of found) {
    out.push(...lines.slice(at, heading.first));
    const level = heading.level + shift;
    const marker = lines[heading.markerLine]!;
    const column = heading.markerColumn;
    if (sectionLevel === 0 || level > 6) {
      // `\#` and `\---` read as text, in GFM and in the engine's scanner.
      if (out.length > 0 && out[out.length - 1]!.trim() !== '') out.push('');
      for (let k = heading.first; k <= heading.last; k++) out.push(k === heading.markerLine ? `${marker.slice(0, column)}\\${marker.slice(column)}` : lines[k]!);
      if (heading.last + 1 < lines.length && lines[heading.last + 1]!.trim() !== '') out.push('');
    } else if (heading.atx) {
      let end = column;
      while (marker[end] === '#') end++;
      out.push(`${marker.slice(0, column)}${'#'.repeat(level)}${marker.slice(end)}`);
    } else {
      out.push(`${'#'.repeat(level)} ${escapeClosingHashes(setextText(lines.slice(heading.first, heading.last)))}`.trimEnd());
    }
    at = heading.last + 1;
  }
  out.push(...lines.slice(at));
  return out.join('\n');
}

/** A setext heading's text on one line: lines joined by spaces, a hard break at a line end dropped (ATX has none). */
function setextText(lines: string[]): string {
  return lines
    .map((line, k) => {
      const text = line.trim();
      return k < lines.length - 1 && endsWithOddBackslashes(text) ? text.slice(0, -1).trimEnd() : text;
    })
    .join(' ');
}

function endsWithOddBackslashes(line: string): boolean {
  let n = 0;
  while (n < line.length && line[line.length - 1 - n] === '\\') n++;
  return n % 2 === 1;
}
