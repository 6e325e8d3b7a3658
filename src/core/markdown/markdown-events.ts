import { parse, postprocess, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';

export type MarkdownEvent = ReturnType<typeof postprocess>[number];
export type MarkdownToken = MarkdownEvent[1];

// Building a parser combines every construct of CommonMark and GFM, which costs more than parsing
// a paragraph; one is built once and its per-document state (definitions, lazy lines) reset.
const parser = parse({ extensions: [gfm()] });

/**
 * micromark's events for a piece of Markdown read as CommonMark with GFM:
 * every construct, down to a hard break's trailing spaces, with its exact
 * source offsets. What mdast leaves out (which blanks are a hard break, which
 * are inside a code span or a title) is here. Linear in the text's length,
 * and never throws.
 */
export function markdownEvents(text: string): MarkdownEvent[] {
  parser.defined = [];
  parser.lazy = {};
  return postprocess(parser.document().write(preprocess()(text, undefined, true)));
}

// Line ends and blanks between blocks (a blank line's spaces are `linePrefix`), not constructs.
const LAYOUT = new Set(['lineEnding', 'lineEndingBlank', 'linePrefix', 'listItemIndent', 'whitespace', 'lineSuffix']);

/** The constructs not inside a quote, a list or a footnote, with each one's opening event index. */
export function outerTokens(events: MarkdownEvent[]): { token: MarkdownToken; at: number }[] {
  const out: { token: MarkdownToken; at: number }[] = [];
  let depth = 0;
  events.forEach(([kind, token], at) => {
    if (kind === 'enter') {
      if (depth === 0 && !LAYOUT.has(token.type)) out.push({ token, at });
      depth++;
    } else {
      depth--;
    }
  });
  return out;
}
