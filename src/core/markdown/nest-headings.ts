import { escapeClosingHashes } from './heading-flag';
import { LineIndex } from './line-index';
import { markdownEvents, outerTokens, type MarkdownEvent, type MarkdownToken } from './markdown-events';

type Heading = { atx: boolean; level: number; first: number; last: number; marker: number };

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
 * export changes nothing. `events` are the text's own, when the caller has
 * them.
 */
export function nestHeadings(text: string, sectionLevel: number, events: MarkdownEvent[] = markdownEvents(text)): string {
  const headings = outerHeadings(text, events);
  if (headings.length === 0) return text;
  const index = new LineIndex(text);
  const shallowest = headings.reduce((min, h) => Math.min(min, h.level), 6);
  const shift = Math.max(0, sectionLevel + 1 - shallowest);
  const out: string[] = [];
  const blankLine = () => {
    if (out.length > 0 && out[out.length - 1]!.trim() !== '') out.push('');
  };
  let at = 0;
  for (const heading of headings) {
    const first = index.lineOf(heading.first);
    const last = index.lineOf(heading.last);
    out.push(...index.lines.slice(at, first));
    const level = heading.level + shift;
    const lines = index.lines.slice(first, last + 1);
    if (sectionLevel === 0 || level > 6) {
      // `\#` and `\---` read as text, in GFM and in the engine's scanner.
      const line = index.lineOf(heading.marker) - first;
      const column = heading.marker - index.starts[first + line]!;
      lines[line] = `${lines[line]!.slice(0, column)}\\${lines[line]!.slice(column)}`;
      blankLine();
      out.push(...lines);
      if (last + 1 < index.lines.length && index.lines[last + 1]!.trim() !== '') out.push('');
    } else if (heading.atx) {
      const column = heading.marker - index.starts[first]!;
      const line = lines[0]!;
      let end = column;
      while (line[end] === '#') end++;
      out.push(`${line.slice(0, column)}${'#'.repeat(level)}${line.slice(end)}`);
    } else {
      out.push(`${'#'.repeat(level)} ${escapeClosingHashes(setextText(lines.slice(0, -1)))}`.trimEnd());
    }
    at = last + 1;
  }
  out.push(...index.lines.slice(at));
  return out.join('\n');
}

function outerHeadings(text: string, events: MarkdownEvent[]): Heading[] {
  return outerTokens(events).flatMap(({ token, at }): Heading[] => {
    if (token.type !== 'atxHeading' && token.type !== 'setextHeading') return [];
    const atx = token.type === 'atxHeading';
    const sequence = firstAfter(events, at, atx ? 'atxHeadingSequence' : 'setextHeadingLineSequence');
    if (!sequence) return [];
    const level = atx ? sequence.end.offset - sequence.start.offset : text[sequence.start.offset] === '=' ? 1 : 2;
    // A setext heading's token starts with the link definitions its paragraph began with; its text comes after them.
    const first = atx ? token.start.offset : (firstAfter(events, at, 'setextHeadingText')?.start.offset ?? token.start.offset);
    return [{ atx, level, first, last: token.end.offset, marker: sequence.start.offset }];
  });
}

function firstAfter(events: MarkdownEvent[], at: number, type: string): MarkdownToken | undefined {
  for (let k = at + 1; k < events.length; k++) if (events[k]![1].type === type) return events[k]![1];
  return undefined;
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
