import { LineIndex } from './line-index';
import { markdownEvents, outerTokens, type MarkdownEvent, type MarkdownToken } from './markdown-events';
import { outerHeadings, type OuterHeading } from './outer-headings';

/**
 * A user's Markdown as it goes into the file, and back. Where blanks are
 * content (code, HTML blocks, a code span or a link title running over a
 * line end) nothing changes. Elsewhere trailing blanks go, runs of blank
 * lines become one, and a hard break written with trailing spaces (the way
 * the prose editor writes it) becomes a backslash, which means the same in
 * GFM and leaves no trailing space. A fence, comment or other HTML block left
 * open is closed, so it cannot swallow the rest of the file. Which is which
 * comes from the CommonMark + GFM parse (micromark), not from line patterns,
 * so `1. ```` opens a fence and `    foo` then `---` is code and a rule.
 * Linear in the text's length; never drops a character of text.
 */
export function exportProse(markdown: string): string {
  const text = markdown.replace(/\r\n?/g, '\n');
  return NEEDS_PARSE.test(text) ? exportedProse(text).text : withoutEdgeNewlines(text);
}

/** Prose as exported, with what the parse found in it, by line of the result. */
export type ExportedProse = {
  text: string;
  /** Headings outside quotes and lists. */
  headings: OuterHeading[];
  /** The kinds of the first and last blocks outside quotes and lists (micromark's names: `listOrdered`, `codeIndented`...). */
  first: string | null;
  last: string | null;
};

// Lines that may start a heading, a list or indented code: without them there is nothing to report.
const MAY_NEST_OR_JOIN = /^(?: {0,3}(?:[#=*+-]|\d{1,9}[.)])| {4}|\t)/m;

// The export is written again on every edit (review, share) with most values unchanged: recent
// results are kept, keyed by the text. A pure function of the text, so a hit is exact.
const recent = new Map<string, ExportedProse>();
const RECENT_MAX = 512;

/** exportProse, with the headings and edge blocks of the result from the same parse. */
export function exportedProse(markdown: string): ExportedProse {
  let result = recent.get(markdown);
  if (result === undefined) {
    result = parsedProse(markdown);
    if (recent.size >= RECENT_MAX) recent.clear();
    recent.set(markdown, result);
  }
  return result;
}

function parsedProse(markdown: string): ExportedProse {
  const normalised = markdown.replace(/\r\n?/g, '\n');
  const changes = NEEDS_PARSE.test(normalised);
  // Without anything else to rewrite, the only change is the line breaks before and after the text.
  const text = changes ? normalised : withoutEdgeNewlines(normalised);
  if (!changes && !MAY_NEST_OR_JOIN.test(text)) return { text, headings: [], first: null, last: null };
  const index = new LineIndex(text);
  const events = markdownEvents(text);
  const outer = outerTokens(events);
  const layout = { first: outer[0]?.token.type ?? null, last: lastBlockType(outer.map((o) => o.token.type)) };
  const headings = outerHeadings(text, events, index);
  if (!changes) return { text, headings, ...layout };
  const { lines, map } = exportLines(text, index, proseShape(text, index, events));
  const moved = headings.map((h) => ({ ...h, first: map[h.first]!, last: map[h.last]!, markerLine: map[h.markerLine]! }));
  return { text: lines.join('\n'), headings: moved, ...layout };
}

/**
 * The kind of the last block, for what a block after it may join. HTML after
 * a list (`- a` then `<br>`) may be read inside the list's last item once more
 * follows, so a list before trailing HTML counts as the last block.
 */
function lastBlockType(types: string[]): string | null {
  let k = types.length - 1;
  while (k > 0 && types[k] === 'htmlFlow') k--;
  const type = types[k] ?? null;
  return type === 'listOrdered' || type === 'listUnordered' ? type : (types[types.length - 1] ?? null);
}

/** The text without line breaks before or after it (runs of them, which could hold code, are parsed). */
function withoutEdgeNewlines(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '\n') start++;
  while (end > start && text[end - 1] === '\n') end--;
  return text.slice(start, end);
}

/** The lines as exported, and where each line of the text went (-1 for a blank line dropped). */
function exportLines(text: string, index: LineIndex, shape: ProseShape): { lines: string[]; map: number[] } {
  const out: string[] = [];
  const map: number[] = [];
  // A blank line is written only once something follows it: runs become one, and none lead or trail.
  let blank = false;
  const push = (line: string) => {
    if (blank && out.length > 0) out.push('');
    blank = false;
    map.push(out.length);
    out.push(line);
  };
  let keep = 0;
  index.lines.forEach((line, k) => {
    if (shape.verbatim[k]) return push(line);
    const start = index.starts[k]!;
    const end = start + line.length;
    let blanks = end;
    while (blanks > start && (text[blanks - 1] === ' ' || text[blanks - 1] === '\t')) blanks--;
    while (keep < shape.keep.length && shape.keep[keep]!.end <= blanks) keep++;
    const kept = keep < shape.keep.length && shape.keep[keep]!.start < end;
    const hardBreak = shape.hardBreaks.get(end);
    if (blanks === start && !kept) {
      blank = true;
      map.push(-1);
    } else if (kept || blanks === end) push(line);
    else if (hardBreak === undefined) push(text.slice(start, blanks));
    // `a\  ` cannot become `a\\`, which is an escaped backslash: it keeps its two spaces.
    else push(text.slice(start, hardBreak) + (endsWithOddBackslashes(text, hardBreak) ? '  ' : '\\'));
  });
  if (shape.close !== null) out.push(shape.close);
  return { lines: out, map };
}

/**
 * Prose read from a file, in the form the prose editor keeps: a backslash
 * hard break becomes trailing spaces again, so a draft's prose survives an
 * export and import unchanged.
 */
export function importProse(markdown: string): string {
  if (!markdown.includes('\\\n')) return markdown;
  const parts: string[] = [];
  let at = 0;
  for (const [kind, token] of markdownEvents(markdown)) {
    if (kind !== 'enter' || token.type !== 'hardBreakEscape') continue;
    parts.push(markdown.slice(at, token.start.offset), '  ');
    at = token.start.offset + 1;
  }
  parts.push(markdown.slice(at));
  return parts.join('');
}

// Text with none of these comes out as it went in, but for line breaks before and after it: blanks
// at a line end, a run of blank lines, and a fence or an HTML block that ends only at its own
// marker, either of which may be left open.
const NEEDS_PARSE = /[ \t]$|\n\n\n|^ {0,3}(?:`{3}|~{3}|<(?:[!?]|(?:script|pre|style|textarea)(?![^\s>])))/im;

type Range = { start: number; end: number };

type ProseShape = {
  /** Lines kept byte for byte: the inside of code and of HTML blocks. */
  verbatim: boolean[];
  /** Inline constructs whose blanks at a line end are content, in order. */
  keep: Range[];
  /** Trailing-space hard breaks: where the spaces start, by where they end. */
  hardBreaks: Map<number, number>;
  /** A line that closes a construct the text leaves open, or null. */
  close: string | null;
};

/** Constructs whose blanks at a line end are content, not layout. */
const KEEP_INLINE = new Set(['codeText', 'htmlText', 'definitionTitleString', 'resourceTitleString']);

function proseShape(text: string, index: LineIndex, events: MarkdownEvent[]): ProseShape {
  const verbatim = index.lines.map(() => false);
  const keep: Range[] = [];
  const hardBreaks = new Map<number, number>();
  const mark = (from: number, to: number) => {
    for (let k = Math.max(0, from); k <= Math.min(to, verbatim.length - 1); k++) verbatim[k] = true;
  };
  events.forEach(([kind, token], at) => {
    if (kind !== 'enter') return;
    if (token.type === 'hardBreakTrailing') hardBreaks.set(token.end.offset, token.start.offset);
    else if (KEEP_INLINE.has(token.type)) keep.push({ start: token.start.offset, end: token.end.offset });
    else if (token.type === 'codeIndented') mark(index.lineOf(token.start.offset), index.lineOf(token.end.offset));
    else if (token.type === 'htmlFlow') mark(index.lineOf(token.start.offset), index.lineOf(lastChildEnd(events, at, token)));
    else if (token.type === 'codeFenced') {
      const fences = childrenOf(events, at, 'codeFencedFence').map((k) => events[k]![1]);
      const last = fences.length > 1 ? index.lineOf(fences[1]!.start.offset) - 1 : index.lineOf(token.end.offset);
      mark(index.lineOf(fences[0]?.end.offset ?? token.start.offset) + 1, last);
    }
  });
  return { verbatim, keep, hardBreaks, close: closingLine(text, events) };
}

/** The event indexes of the direct children of the token entered at `at`, of the given type if one is named. */
function childrenOf(events: MarkdownEvent[], at: number, type?: string): number[] {
  const found: number[] = [];
  let depth = 0;
  for (let k = at + 1; k < events.length; k++) {
    const [kind, token] = events[k]!;
    if (kind === 'exit') {
      if (depth === 0) break;
      depth--;
      continue;
    }
    if (depth === 0 && (type === undefined || token.type === type)) found.push(k);
    depth++;
  }
  return found;
}

/** Where the last child of a token that is not a line ending ends (an open HTML block runs on over blank lines). */
function lastChildEnd(events: MarkdownEvent[], at: number, token: MarkdownToken): number {
  const children = childrenOf(events, at).map((k) => events[k]![1]);
  return children.filter((child) => child.type !== 'lineEnding' && child.type !== 'lineEndingBlank').pop()?.end.offset ?? token.start.offset;
}

// What ends each kind of HTML block that a blank line does not end (CommonMark 4.6, kinds 1 to 5).
const HTML_ENDS: { start: RegExp; end: (open: RegExpExecArray) => string }[] = [
  { start: /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i, end: (open) => `</${open[1]!.toLowerCase()}>` },
  { start: /^ {0,3}<!--/, end: () => '-->' },
  { start: /^ {0,3}<\?/, end: () => '?>' },
  { start: /^ {0,3}<![A-Za-z]/, end: () => '>' },
  { start: /^ {0,3}<!\[CDATA\[/, end: () => ']]>' },
];
const HTML_END_TEST = [/<\/(?:script|pre|style|textarea)>/i, /-->/, /\?>/, />/, /\]\]>/];

/**
 * The line that closes a fenced code block or an HTML block still open at the
 * end of the text, outside any list or quote (inside one, the container's end
 * closes it). Null when nothing is left open.
 */
function closingLine(text: string, events: MarkdownEvent[]): string | null {
  const outer = outerTokens(events);
  const last = outer[outer.length - 1];
  if (!last) return null;
  const { token, at } = last;
  if (token.type === 'codeFenced') {
    const fences = childrenOf(events, at, 'codeFencedFence');
    if (fences.length !== 1) return null;
    const sequence = childrenOf(events, fences[0]!, 'codeFencedFenceSequence')[0];
    return sequence === undefined ? null : tokenText(text, events[sequence]![1]);
  }
  if (token.type !== 'htmlFlow') return null;
  const source = text.slice(token.start.offset, lastChildEnd(events, at, token));
  const lastLine = source.slice(source.lastIndexOf('\n') + 1);
  for (let kind = 0; kind < HTML_ENDS.length; kind++) {
    const open = HTML_ENDS[kind]!.start.exec(source);
    if (!open) continue;
    // On the opening line the end must come after the opening itself (`<!-->` is closed, `<!--` is not).
    const tail = lastLine.length === source.length ? source.slice(open[0].length - (kind === 1 ? 2 : 0)) : lastLine;
    return HTML_END_TEST[kind]!.test(tail) ? null : HTML_ENDS[kind]!.end(open);
  }
  return null;
}

function tokenText(text: string, token: MarkdownToken): string {
  return text.slice(token.start.offset, token.end.offset);
}

/** Whether the character before `end` is a backslash that a `\` added after it would escape. */
function endsWithOddBackslashes(text: string, end: number): boolean {
  let n = 0;
  while (n < end && text[end - 1 - n] === '\\') n++;
  return n % 2 === 1;
}
