import { findPlaceholders } from '../../core/template/find-placeholders';
import { HTML_ELEMENT_NAMES } from './html-element-names';

/**
 * Cleans the Markdown @tiptap/markdown writes, without changing what it means.
 *
 * Its serializer escapes every `[ ] _ * ~` and backtick in text and encodes
 * `& < >` as entities, whatever surrounds them. That is safe but leaves
 * `\[NEEDS CLARIFICATION: x\]`, `snake\_case` and `a -&gt; b` in stored
 * drafts and exports, and hides placeholders such as `[Brief Title]` and
 * `<package>` from the engine's detector. The serializer has no option for
 * this (`escapeMarkdownSyntax` is private and sees one text node at a time,
 * not what follows it), so this pass runs on its output, where the
 * neighbouring characters are known. It undoes an escape only where the plain
 * character cannot start anything in GFM:
 * - `\[...\]` pairs on one line, unless the pair would become a link
 *   (`](`, `][`, `]:`), a task checkbox (`[ ]`, `[x]`), a footnote (`[^1]`)
 *   or sits inside a link's text;
 * - `\_` between two letters or digits (intraword `_` is never emphasis);
 * - `&amp;` unless an entity follows;
 * - `&lt;` unless a tag could start, or a `>` later on the line could close
 *   one (marked skips `<...>` spans when it pairs `**` and `*`);
 * - `&lt;name&gt;` when the engine calls it a placeholder and no HTML element
 *   has that name (TipTap reads it back as text, so it round-trips);
 * - `&gt;` unless only block markers (a blockquote) or a `<` precede it on the line.
 * `\*`, `` \` ``, `\~` and `\\` stay escaped. Code spans, fenced code and bare
 * URLs (which GFM links by itself) are untouched.
 *
 * It also re-pads table columns (their widths change when escapes go), drops
 * leading blank lines and trailing whitespace, and collapses runs of blank
 * lines (TipTap writes extra ones around tables and for empty paragraphs).
 */
export function tidyMarkdown(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let prose: string[] = [];
  let fence: { char: string; length: number } | null = null;

  const flushProse = () => {
    if (prose.length === 0) return;
    const tidied = alignTables(relaxEscapes(prose.join('\n')).split('\n'));
    for (const line of tidied) {
      // TipTap writes `&nbsp;` for the second and later of several empty paragraphs.
      const blank = line.trim() === '' || line.trim() === '&nbsp;';
      if (blank && (out.length === 0 || out[out.length - 1] === '')) continue;
      out.push(blank ? '' : line);
    }
    prose = [];
  };

  for (const line of lines) {
    if (fence) {
      out.push(line);
      const close = /^[\s>]*(`{3,}|~{3,})\s*$/.exec(line)?.[1];
      if (close && close[0] === fence.char && close.length >= fence.length) fence = null;
      continue;
    }
    const open = /^[\s>]*(?:(?:[-*+]|\d+[.)])\s+)*(`{3,}|~{3,})/.exec(line)?.[1];
    if (open && !(open[0] === '`' && line.slice(line.indexOf(open) + open.length).includes('`'))) {
      flushProse();
      out.push(line);
      fence = { char: open[0] ?? '`', length: open.length };
      continue;
    }
    prose.push(line);
  }
  flushProse();
  return out.join('\n').trimEnd();
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const DELIMITER_CELL = /^:?-+:?$/;

/** Pads the cells of each GFM table so its pipes line up again. */
function alignTables(lines: string[]): string[] {
  const out = [...lines];
  for (let start = 0; start < out.length; start++) {
    if (!TABLE_ROW.test(out[start] ?? '') || !isDelimiterRow(out[start + 1])) continue;
    let end = start + 2;
    while (end < out.length && TABLE_ROW.test(out[end] ?? '')) end++;
    const indent = /^\s*/.exec(out[start] ?? '')?.[0] ?? '';
    const rows = out.slice(start, end).map(splitRow);
    const columns = Math.max(...rows.map((row) => row.length));
    const widths = Array.from({ length: columns }, (_, c) => Math.max(3, ...rows.map((row, r) => (r === 1 ? 3 : (row[c] ?? '').length))));
    const aligned = rows.map((row, r) =>
      `${indent}| ${widths.map((width, c) => (r === 1 ? delimiterCell(row[c] ?? '---', width) : (row[c] ?? '').padEnd(width))).join(' | ')} |`,
    );
    out.splice(start, end - start, ...aligned);
    start = end - 1;
  }
  return out;
}

function isDelimiterRow(line: string | undefined): boolean {
  return line !== undefined && TABLE_ROW.test(line) && splitRow(line).every((cell) => DELIMITER_CELL.test(cell));
}

/** Cells of a table row, trimmed; `\|` and other escapes stay in their cell. */
function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  const inner = line.trim().slice(1, -1);
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '\\') {
      cell += inner.slice(i, i + 2);
      i++;
    } else if (ch === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += ch;
    }
  }
  cells.push(cell.trim());
  return cells;
}

function delimiterCell(cell: string, width: number): string {
  const left = cell.startsWith(':') ? ':' : '';
  const right = cell.endsWith(':') && cell.length > 1 ? ':' : '';
  return left + '-'.repeat(width - left.length - right.length) + right;
}

type Edit = { start: number; end: number; text: string };
type Opener = { at: number; linkDepth: number };

const ENTITY_AFTER = /^(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
const BARE_URL = /(?:(?:https?|ftp):\/\/|www\.)\S*/gi;
const ENCODED_ANGLE = /^&lt;([A-Za-z][\w ./]*)&gt;/;

function relaxEscapes(text: string): string {
  const masked = maskCodeSpans(text);
  const edits: Edit[] = [];
  let openers: Opener[] = [];
  let linkDepth = 0;
  let keepNextGt = false;

  for (let i = 0; i < masked.length; ) {
    const ch = masked[i];
    if (ch === '\n') {
      openers = [];
      linkDepth = 0;
      keepNextGt = false;
      i++;
    } else if (ch === '\\') {
      const next = masked[i + 1];
      if (next === '[') {
        openers.push({ at: i, linkDepth });
      } else if (next === ']') {
        const opener = openers.pop();
        if (opener && isPlainBracketPair(masked, opener, i, linkDepth)) {
          edits.push({ start: opener.at, end: opener.at + 2, text: '[' }, { start: i, end: i + 2, text: ']' });
        }
      } else if (next === '_' && isWordChar(masked[i - 1]) && isWordChar(masked[i + 2])) {
        edits.push({ start: i, end: i + 2, text: '_' });
      }
      i += 2;
    } else if (ch === '[') {
      linkDepth++;
      i++;
    } else if (ch === ']') {
      if (linkDepth > 0) linkDepth--;
      i++;
    } else if (masked.startsWith('&amp;', i)) {
      if (!ENTITY_AFTER.test(masked.slice(i + 5, i + 45))) edits.push({ start: i, end: i + 5, text: '&' });
      i += 5;
    } else if (masked.startsWith('&lt;', i)) {
      const angle = ENCODED_ANGLE.exec(masked.slice(i, i + 200));
      if (angle && isAnglePlaceholder(angle[1] ?? '')) {
        edits.push({ start: i, end: i + angle[0].length, text: `<${angle[1]}>` });
        i += angle[0].length;
        continue;
      }
      const next = masked[i + 4] ?? '';
      if (/[A-Za-z/!?]/.test(next)) keepNextGt = true;
      // Unmasked text: marked's `<...>` skip runs into code spans too.
      else if (next === ' ' || !/>|&gt;/.test(text.slice(i + 4, lineEnd(text, i)))) edits.push({ start: i, end: i + 4, text: '<' });
      i += 4;
    } else if (masked.startsWith('&gt;', i)) {
      const before = text.slice(text.lastIndexOf('\n', i - 1) + 1, i);
      if (keepNextGt) keepNextGt = false;
      else if (!/^[\s>*+\-\d.)]*$/.test(before) && !/<(?! )/.test(before)) edits.push({ start: i, end: i + 4, text: '>' });
      i += 4;
    } else {
      i++;
    }
  }

  // Inside a bare URL nothing changes: GFM's autolinks end at different characters than escapes do.
  const urls = Array.from(masked.matchAll(BARE_URL), (m) => ({ start: m.index, end: m.index + m[0].length }));
  const kept = edits.filter((edit) => !urls.some((url) => edit.start >= url.start && edit.start < url.end));

  let result = text;
  for (const edit of kept.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** `\[` at `opener.at` and `\]` at `close`: true when plain brackets there cannot become a link, checkbox or footnote. */
function isPlainBracketPair(masked: string, opener: Opener, close: number, linkDepth: number): boolean {
  if (opener.linkDepth > 0 || linkDepth > 0) return false;
  const inner = masked.slice(opener.at + 2, close);
  const after = masked.slice(close + 2, close + 4);
  const before = masked.slice(masked.lastIndexOf('\n', opener.at - 1) + 1, opener.at);
  const startsBlock = /^[\s>]*$/.test(before);
  const startsListItem = /^[\s>]*(?:[-*+]|\d+[.)])\s+$/.test(before);
  if (inner.startsWith('^') || masked[opener.at - 1] === ']') return false; // footnote, `[a][b]`
  if (startsListItem && /^[ xX]$/.test(inner)) return false; // task checkbox
  if ((startsBlock || startsListItem) && after.startsWith(':')) return false; // link reference definition
  return !/^(?:\(|\[|\\\[)/.test(after);
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function isAnglePlaceholder(name: string): boolean {
  const tag = /^[A-Za-z][\w-]*/.exec(name)?.[0].toLowerCase() ?? '';
  if (tag.includes('-') || HTML_ELEMENT_NAMES.has(tag)) return false;
  const found = findPlaceholders(`<${name}>`);
  return found.length === 1 && found[0]?.kind === 'angle';
}

/** The text with each code span replaced by as many `\u0001`, so indexes still match. */
function maskCodeSpans(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\') {
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch !== '`') {
      out += ch;
      i++;
      continue;
    }
    const length = runLength(text, i);
    const end = closingRun(text, i + length, length);
    if (end < 0) {
      out += text.slice(i, i + length);
      i += length;
    } else {
      out += '\u0001'.repeat(end - i);
      i = end;
    }
  }
  return out;
}

function runLength(text: string, from: number): number {
  let end = from;
  while (text[end] === '`') end++;
  return end - from;
}

/** The end of the next run of exactly `length` backticks at or after `from`, or -1. */
function closingRun(text: string, from: number, length: number): number {
  for (let at = text.indexOf('`', from); at >= 0; ) {
    const run = runLength(text, at);
    if (run === length) return at + run;
    at = text.indexOf('`', at + run);
  }
  return -1;
}
