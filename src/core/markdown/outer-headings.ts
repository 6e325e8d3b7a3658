import type { LineIndex } from './line-index';
import { outerTokens, type MarkdownEvent, type MarkdownToken } from './markdown-events';

/** A heading outside quotes and lists, by line: its first and last line, and where its `#` run or underline starts. */
export type OuterHeading = { atx: boolean; level: number; first: number; last: number; markerLine: number; markerColumn: number };

/** The headings of a text that are not inside a quote, a list or a footnote, as the parse reads them. */
export function outerHeadings(text: string, events: MarkdownEvent[], index: LineIndex): OuterHeading[] {
  return outerTokens(events).flatMap(({ token, at }): OuterHeading[] => {
    if (token.type !== 'atxHeading' && token.type !== 'setextHeading') return [];
    const atx = token.type === 'atxHeading';
    const sequence = firstChild(events, at, atx ? 'atxHeadingSequence' : 'setextHeadingLine');
    if (!sequence) return [];
    const level = atx ? sequence.end.offset - sequence.start.offset : text[sequence.start.offset] === '=' ? 1 : 2;
    // A setext heading's token starts with the link definitions its paragraph began with; its text comes after them.
    const first = atx ? token.start.offset : (firstChild(events, at, 'setextHeadingText')?.start.offset ?? token.start.offset);
    const markerLine = index.lineOf(sequence.start.offset);
    return [{ atx, level, first: index.lineOf(first), last: index.lineOf(token.end.offset), markerLine, markerColumn: sequence.start.offset - index.starts[markerLine]! }];
  });
}

function firstChild(events: MarkdownEvent[], at: number, type: string): MarkdownToken | undefined {
  let depth = 0;
  for (let k = at + 1; k < events.length; k++) {
    const [kind, token] = events[k]!;
    if (kind === 'exit') {
      if (depth === 0) return undefined;
      depth--;
    } else {
      if (depth === 0 && token.type === type) return token;
      depth++;
    }
  }
  return undefined;
}
