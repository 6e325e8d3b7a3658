import type { DocumentHeading, DocumentStructure } from './document-structure';

/**
 * The labels of a paragraph that is not plain (code, links, emphasis, ...),
 * read by the CommonMark parser from its text alone; null when that text
 * alone is not one paragraph.
 */
export type ParagraphLabels = (content: string, inList: boolean) => string[] | null;

type Paragraph = { depth: number; lines: string[]; first: number; task: boolean };
type Leaf = { kind: 'para'; para: Paragraph } | { kind: 'fence'; depth: number; char: string; size: number } | { kind: 'icode'; depth: number } | { kind: 'html' } | { kind: 'table' };

/** Gives up: the document has something this reader does not follow exactly. */
class Unsure extends Error {}

const ATX = /^#{1,6}(?=[ \t]|$)/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const THEMATIC = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT = /^(=+|-+)[ \t]*$/;
const MARKER = /^([-*+]|(\d{1,9})[.)])( +|$)/;
const TASK = /^\[[ xX]\][ \t]/;
const DELIMITER_ISH = /^[|:\-\s]+$/;
/**
 * Outside code spans, anything that makes a paragraph's inline reading more
 * than text, code, line-start `**Label**` and hard breaks: escapes, HTML and
 * autolinks, inline links and images, footnote calls, strikethrough, GFM's
 * bare links, and an underscore that is not inside a word. (Brackets alone
 * are text: the document defines no link.)
 */
const NOT_PLAIN = /\\|<(?![\s\d=])|\]\(|!\[|\[\^|~|www\.|:\/\/|@|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/u;
const SPACE = /\s/u;
/** A character reference, which the parser decodes: text with one is not read here. */
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const PLAIN_LABEL = /^([A-Z][\p{L}\p{N} ()/&'-]{0,40}?):(?:\s|$)/u;
/** Documents with these are left to the CommonMark parser: tabs in indentation, CRs, a BOM, link or footnote definitions (NUL bytes too, below). */
const UNSUPPORTED = /^[ ]*\t|\r|^\uFEFF|^\s*\[[^\]]*\]:/m;

/**
 * readDocumentStructure's answer for the documents specs usually are, read
 * line by line in a fraction of the CommonMark parser's time; null wherever
 * the document has a construct this reader does not follow exactly as
 * CommonMark + GFM do (block quotes, HTML other than comments, lazy
 * continuation lines, link definitions, ...), so the caller parses it in
 * full. A test holds the two equal on every document this reader answers
 * for.
 */
export function readStructureFast(markdown: string, paragraphLabels: ParagraphLabels): DocumentStructure | null {
  if (UNSUPPORTED.test(markdown) || markdown.includes('\u0000')) return null;
  try {
    return read(markdown, paragraphLabels);
  } catch {
    // Unsure, or anything else going wrong here: the parser reads it.
    return null;
  }
}

function read(markdown: string, paragraphLabels: ParagraphLabels): DocumentStructure {
  const lines = markdown.split('\n');
  const headings: DocumentHeading[] = [];
  const labels: string[] = [];
  const frontmatterKeys: string[] = [];
  let start = 0;
  if (lines[0] === '---') {
    const close = lines.findIndex((line, k) => k > 0 && /^---[ \t]*$/.test(line));
    if (close < 0 || lines[close] !== '---') throw new Unsure();
    frontmatterKeys.push(...yamlKeys(lines.slice(1, close)));
    start = close + 1;
  } else if (/^(?:---|\+\+\+)/.test(lines[0] ?? '')) {
    throw new Unsure();
  }
  /** The open list items, outermost first: each one's content column and its list's marker (`-`, `*`, `+`, `.` or `)`). */
  const items: { column: number; marker: string }[] = [];
  let leaf: Leaf | null = null;
  /** The list whose item this line closed, by its depth and marker: the line may be its next item. */
  let closedList: { depth: number; marker: string } | null = null;

  const flush = () => {
    if (leaf?.kind === 'para') labels.push(...labelsOf(leaf.para, paragraphLabels));
    leaf = null;
  };
  const heading = (level: number, text: string, line: number, endLine: number) => {
    headings.push({ level, text, line, endLine });
  };

  /** A line's content from column `column` on, in the container `depth`, where no open block took it. */
  const blockStart = (text: string, r: number, depth: number, column: number, at: number): void => {
    const open: Leaf | null = leaf;
    const para = open?.kind === 'para' && open.para.depth === depth ? open.para : null;
    if (r >= 4) {
      if (para) return void para.lines.push(text.replace(/^[ \t]+/, ''));
      flush();
      leaf = { kind: 'icode', depth };
      return;
    }
    const t = text.slice(r);
    if (t.startsWith('>')) throw new Unsure();
    if (t.startsWith('<')) {
      if (!t.startsWith('<!--') || depth > 0) throw new Unsure();
      flush();
      if (!t.slice(4).includes('-->')) leaf = { kind: 'html' };
      return;
    }
    const atx = ATX.exec(t);
    if (atx) {
      flush();
      if (depth === 0) heading(atx[0].length, atxText(t.slice(atx[0].length)), at + 1, at + 1);
      return;
    }
    const fence = FENCE.exec(t);
    if (fence) {
      if (fence[1]!.startsWith('`') && fence[2]!.includes('`')) throw new Unsure();
      flush();
      leaf = { kind: 'fence', depth, char: fence[1]![0]!, size: fence[1]!.length };
      return;
    }
    if (para && SETEXT.test(t)) {
      if (depth > 0 || para.task) throw new Unsure();
      leaf = null;
      heading(t.startsWith('=') ? 1 : 2, collapse(para.lines.join('\n')), para.first, at + 1);
      return;
    }
    if (THEMATIC.test(t)) {
      flush();
      return;
    }
    if (para && DELIMITER_ISH.test(t) && t.includes('-')) {
      if (depth > 0 || para.lines.length > 1 || !t.includes('|') || !isTable(para.lines[0]!, t)) throw new Unsure();
      leaf = { kind: 'table' };
      return;
    }
    const marker = MARKER.exec(t);
    if (marker) {
      const ordered = marker[2] !== undefined;
      if (para && ordered && Number(marker[2]) !== 1) return void para.lines.push(t);
      // A list that starts at another number than 1 after code or a rule is not one to micromark: left to it.
      if (ordered && Number(marker[2]) !== 1 && !(closedList?.depth === depth && closedList.marker === markerKind(marker[1]!))) throw new Unsure();
      const rest = t.slice(marker[0].length);
      if (marker[3] === '' || marker[3]!.length >= 5 || rest.trim() === '') throw new Unsure();
      flush();
      // Lists nested deeper than specs nest them are left to the parser (which needs no stack for them).
      if (items.length >= 16) throw new Unsure();
      const content = column + r + marker[1]!.length + marker[3]!.length;
      items.push({ column: content, marker: markerKind(marker[1]!) });
      if (TASK.test(rest)) {
        const after = rest.slice(4);
        if (after.trim() === '' || SPACE.test(after[0]!)) throw new Unsure();
        leaf = { kind: 'para', para: { depth: items.length, lines: [after], first: at + 1, task: true } };
        return;
      }
      blockStart(rest, 0, items.length, content, at);
      return;
    }
    if (para) para.lines.push(t);
    else {
      flush();
      leaf = { kind: 'para', para: { depth, lines: [t], first: at + 1, task: false } };
    }
  };

  for (let at = start; at < lines.length; at++) {
    const line = lines[at]!;
    const current = leaf as Leaf | null;
    if (current?.kind === 'html') {
      if (line.includes('-->')) leaf = null;
      continue;
    }
    const n = /^ */.exec(line)![0].length;
    if (n === line.length) {
      if (current?.kind === 'para' || current?.kind === 'table') flush();
      continue;
    }
    closedList = null;
    let matched = 0;
    while (matched < items.length && items[matched]!.column <= n) matched++;
    if (matched < items.length) {
      const t = line.slice(n);
      const leafDepth = current === null ? 0 : current.kind === 'para' ? current.para.depth : current.kind === 'fence' || current.kind === 'icode' ? current.depth : 0;
      const starts = n - (items[matched - 1]?.column ?? 0) <= 3 && (ATX.test(t) || FENCE.test(t) || isNextItem(t, items[matched]!.marker));
      // A line that opens nothing would continue the paragraph lazily: left to the parser.
      if (current?.kind === 'para' && leafDepth > matched && !starts) throw new Unsure();
      if (leafDepth > matched) flush();
      closedList = { depth: matched, marker: items[matched]!.marker };
      items.length = matched;
    }
    const depth = items.length;
    const column = depth === 0 ? 0 : items[depth - 1]!.column;
    const r = n - column;
    const open = leaf as Leaf | null;
    if (open?.kind === 'fence' && open.depth === depth) {
      const t = line.slice(n);
      if (r <= 3 && t.startsWith(open.char.repeat(open.size)) && new RegExp(`^\\${open.char}+[ \\t]*$`).test(t)) leaf = null;
      continue;
    }
    if (open?.kind === 'icode' && open.depth === depth) {
      if (r >= 4) continue;
      leaf = null;
    }
    if (open?.kind === 'table') {
      const t = line.slice(n);
      if (n >= 4 || !t.includes('|') || /^(?:[#>< ]|`{3}|~{3}|[-*+] |\d+[.)] )/.test(t) || THEMATIC.test(t)) throw new Unsure();
      continue;
    }
    blockStart(line.slice(column), r, depth, column, at);
  }
  flush();
  // Content before the first heading is any line with something on it, the frontmatter aside.
  const firstHeading = headings[0] ? headings[0].line - 1 : lines.length;
  const hasPreamble = lines.slice(start, firstHeading).some((line) => /[^ \t]/.test(line));
  return { headings, frontmatterKeys, labels, hasPreamble };
}

/**
 * A list item with text that a line opens where a list item's paragraph is
 * open above it: the next item of that list (`list`: its marker), or a
 * bullet, or an ordered item numbered 1.
 */
function isNextItem(t: string, list: string): boolean {
  const marker = MARKER.exec(t);
  if (marker === null || marker[3] === '' || t.slice(marker[0].length).trim() === '' || THEMATIC.test(t)) return false;
  return markerKind(marker[1]!) === list || marker[2] === undefined || Number(marker[2]) === 1;
}

/** What makes list items one list: the same bullet, or the same delimiter after the number. */
function markerKind(marker: string): string {
  return marker[marker.length - 1]!;
}

/** An ATX heading's text after its opening `#`s: its closing sequence and the spaces around it dropped. */
function atxText(rest: string): string {
  let text = rest.trim();
  if (/^#+$/.test(text)) return '';
  text = text.replace(/[ \t]+#+$/, '');
  return collapse(text);
}

function collapse(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ');
}

/** A header row and a delimiter row with the same number of cells (no escaped pipes, no code). */
function isTable(header: string, delimiter: string): boolean {
  if (/[\\`]/.test(header)) throw new Unsure();
  const cells = (row: string) => row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  const columns = cells(delimiter);
  return columns.every((c) => /^:?-+:?$/.test(c.trim())) && cells(header).length === columns.length;
}

/** The labels readDocumentStructure finds in a paragraph, read here when it is plain, else by `paragraphLabels`. */
function labelsOf(para: Paragraph, paragraphLabels: ParagraphLabels): string[] {
  const inList = para.depth > 0;
  const first = para.lines[0]!;
  const outside = para.lines.map(withoutCode);
  if (outside.some((line) => line === null || NOT_PLAIN.test(line)) || (inList && !para.task && first.startsWith('['))) return fallback(para, paragraphLabels);
  const labels: string[] = [];
  const firstStrong: number[] = [];
  for (const [k, line] of para.lines.entries()) {
    const pairs = strongPairs(outside[k]!);
    if (pairs === null) return fallback(para, paragraphLabels);
    firstStrong.push(pairs[0]?.[0] ?? -1);
    if (pairs[0]?.[0] !== 0) continue;
    // `**Label**:` or `**Label:**` at the start of the line.
    const text = line.slice(2, pairs[0][1]);
    if (/[`[\]]/.test(text) || ENTITY.test(text)) return fallback(para, paragraphLabels);
    const after = line[pairs[0][1] + 2];
    if (text.endsWith(':') && text.length > 1) labels.push(text.slice(0, -1).trim());
    else if (after === ':') labels.push(text);
  }
  if (labels.length === 0 && inList && firstStrong[0] !== 0) {
    // The paragraph's first text node: its first line, up to a code span or a strong.
    const ends = [first.indexOf('`'), firstStrong[0]!].filter((at) => at >= 0);
    const text = ends.length === 0 ? `${first.trimEnd()}\n` : first.slice(0, Math.min(...ends));
    if (ENTITY.test(text)) return fallback(para, paragraphLabels);
    const plain = PLAIN_LABEL.exec(text)?.[1]?.trim();
    if (plain) labels.push(plain);
  }
  return labels;
}

/**
 * The `**...**` pairs of a line (code blanked out) as [open, close] indexes,
 * when every `*` on it is in a run of two and the runs pair up in order, each
 * opening and closing as CommonMark's flanking rules allow; else null. Such
 * pairs are strong nodes whatever the other lines hold.
 */
function strongPairs(line: string): [number, number][] | null {
  if (!line.includes('*')) return [];
  const runs = [...line.matchAll(/\*+/g)];
  if (runs.length % 2 === 1 || runs.some((run) => run[0].length !== 2)) return null;
  const pairs: [number, number][] = [];
  for (let k = 0; k < runs.length; k += 2) {
    const open = runs[k]!.index!;
    const close = runs[k + 1]!.index!;
    if (!flanking(line, open, 'left') || !flanking(line, close, 'right')) return null;
    pairs.push([open, close]);
  }
  return pairs;
}

/** Whether the `**` at `at` is left- or right-flanking; the line's ends count as whitespace. */
function flanking(line: string, at: number, side: 'left' | 'right'): boolean {
  const before = line[at - 1] ?? ' ';
  const after = line[at + 2] ?? ' ';
  const [inner, outer] = side === 'left' ? [after, before] : [before, after];
  return !SPACE.test(inner) && (!PUNCTUATION.test(inner) || SPACE.test(outer) || PUNCTUATION.test(outer));
}

/** A line with its code spans blanked out (each to backticks); null when a backtick run does not close on its line. */
function withoutCode(line: string): string | null {
  if (!line.includes('`')) return line;
  const runs = [...line.matchAll(/`+/g)];
  // Each run's next run of the same length, found in one pass from the end.
  const next: number[] = [];
  const seen = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    const size = runs[k]![0].length;
    next[k] = seen.get(size) ?? -1;
    seen.set(size, k);
  }
  let out = '';
  let from = 0;
  for (let k = 0; k < runs.length; k++) {
    const open = runs[k]!;
    const close = next[k]!;
    if (close < 0) return null;
    const end = runs[close]!.index! + runs[close]![0].length;
    out += line.slice(from, open.index) + '`'.repeat(end - open.index!);
    from = end;
    k = close;
  }
  return out + line.slice(from);
}

function fallback(para: Paragraph, paragraphLabels: ParagraphLabels): string[] {
  const labels = paragraphLabels(para.lines.join('\n'), para.depth > 0);
  if (labels === null) throw new Unsure();
  return labels;
}

/** Unindented `key:` lines of YAML: the top-level keys, in order. */
export function yamlKeys(lines: readonly string[]): string[] {
  const keys: string[] = [];
  for (const line of lines) {
    const key = /^([A-Za-z_][\w-]*)[ \t]*:/.exec(line)?.[1];
    if (key !== undefined && !keys.includes(key)) keys.push(key);
  }
  return keys;
}
