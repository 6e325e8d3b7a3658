/**
 * A line scanner that splits Markdown into block tokens with their source
 * lines. It covers the block kinds spec templates use and runs in one pass,
 * so any input, however large or broken, ends in linear time.
 */

export type Token =
  | { type: 'heading'; line: number; level: number; text: string }
  | { type: 'paragraph'; line: number; lines: string[] }
  | { type: 'list'; line: number; ordered: boolean; items: string[] }
  | { type: 'code'; line: number; lang: string; code: string; closed: boolean; fence: string }
  | { type: 'comment'; line: number; text: string; closed: boolean }
  | { type: 'quote'; line: number; lines: string[] }
  | { type: 'table'; line: number; header: string[]; align: Align[]; rows: string[][] }
  | { type: 'rule'; line: number }
  | { type: 'linkref'; line: number; text: string };

export type Align = 'left' | 'center' | 'right' | 'none';

// Every pattern here is linear on any line: no two quantifiers can match the
// same characters, so a crafted line cannot make the scanner backtrack.
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^( *)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const LINKREF = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const HEADING = { test: (line: string) => parseHeading(line) !== null };
const FENCE = { test: (line: string) => parseFence(line) !== null };

/** An ATX heading (`## Title ##`), or null. */
function parseHeading(line: string): { level: number; text: string } | null {
  const open = /^ {0,3}(#{1,6})(?=[ \t]|$)/.exec(line);
  if (!open) return null;
  let text = line.slice(open[0].length).trim();
  // A closing run of #s goes when a space stands before it (or it is all there is).
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end < text.length && (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t')) text = text.slice(0, end).trimEnd();
  return { level: (open[1] ?? '#').length, text };
}

/** An opening code fence (```` ```json ````), or null. */
function parseFence(line: string): { indent: number; marker: string; lang: string } | null {
  const open = /^( {0,3})(`{3,}|~{3,})/.exec(line);
  if (!open) return null;
  const marker = open[2] ?? '```';
  const info = line.slice(open[0].length);
  if (marker[0] === '`' && info.includes('`')) return null;
  return { indent: (open[1] ?? '').length, marker, lang: info.trim().split(/[ \t]/)[0] ?? '' };
}

/** `|:--|--:|` and the like: cells of dashes with optional colons. */
function isTableDelimiter(line: string): boolean {
  let text = line.trim();
  if (!text.includes('-')) return false;
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|')) text = text.slice(0, -1);
  return text.split('|').every((cell) => /^:?-+:?$/.test(cell.trim()));
}

export function splitLines(source: string): string[] {
  return source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** `lineOffset` is the 1-based source line of `lines[0]`. */
export function scanBlocks(lines: string[], lineOffset = 1): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const at = (index: number) => lines[index] ?? '';
  const isBlank = (index: number) => at(index).trim() === '';

  while (i < lines.length) {
    const line = at(i);
    const lineNo = i + lineOffset;

    if (line.trim() === '') {
      i++;
      continue;
    }

    const fence = parseFence(line);
    if (fence) {
      const { marker, indent } = fence;
      const body: string[] = [];
      let j = i + 1;
      let closed = false;
      for (; j < lines.length; j++) {
        const candidate = at(j);
        const trimmed = candidate.trim();
        if (trimmed.startsWith(marker[0]!.repeat(marker.length)) && /^(`+|~+)$/.test(trimmed) && trimmed[0] === marker[0]) {
          closed = true;
          break;
        }
        body.push(indent > 0 ? candidate.replace(new RegExp(`^ {0,${indent}}`), '') : candidate);
      }
      tokens.push({ type: 'code', line: lineNo, lang: fence.lang, code: body.join('\n'), closed, fence: marker });
      i = closed ? j + 1 : j;
      continue;
    }

    if (/^ {0,3}<!--/.test(line)) {
      const body: string[] = [];
      let j = i;
      let closed = false;
      for (; j < lines.length; j++) {
        body.push(at(j));
        if (at(j).includes('-->') && (j > i || line.indexOf('-->') > line.indexOf('<!--'))) {
          closed = true;
          break;
        }
      }
      const text = body.join('\n').replace(/^\s*<!--/, '').replace(/-->\s*$/, '');
      tokens.push({ type: 'comment', line: lineNo, text, closed });
      i = closed ? j + 1 : j;
      continue;
    }

    const heading = parseHeading(line);
    if (heading) {
      tokens.push({ type: 'heading', line: lineNo, level: heading.level, text: heading.text });
      i++;
      continue;
    }

    if (RULE.test(line)) {
      tokens.push({ type: 'rule', line: lineNo });
      i++;
      continue;
    }

    if (LINKREF.test(line)) {
      tokens.push({ type: 'linkref', line: lineNo, text: line.trim() });
      i++;
      continue;
    }

    if (/^ {0,3}>/.test(line)) {
      const body: string[] = [];
      let j = i;
      while (j < lines.length && /^ {0,3}>/.test(at(j))) {
        body.push(at(j).replace(/^ {0,3}> ?/, ''));
        j++;
      }
      tokens.push({ type: 'quote', line: lineNo, lines: body });
      i = j;
      continue;
    }

    if (line.includes('|') && isTableDelimiter(at(i + 1))) {
      const header = splitRow(line);
      const align = splitRow(at(i + 1)).map(toAlign);
      const rows: string[][] = [];
      let j = i + 2;
      while (j < lines.length && !isBlank(j) && at(j).includes('|')) {
        rows.push(splitRow(at(j)));
        j++;
      }
      tokens.push({ type: 'table', line: lineNo, header, align, rows });
      i = j;
      continue;
    }

    const item = LIST_ITEM.exec(line);
    if (item) {
      const baseIndent = (item[1] ?? '').length;
      const ordered = /\d/.test(item[2] ?? '');
      const items: string[] = [];
      let current: string[] = [item[3] ?? ''];
      let j = i + 1;
      while (j < lines.length) {
        const next = at(j);
        const nextItem = LIST_ITEM.exec(next);
        if (nextItem && (nextItem[1] ?? '').length <= baseIndent) {
          if (/\d/.test(nextItem[2] ?? '') !== ordered) break;
          items.push(current.join('\n'));
          current = [nextItem[3] ?? ''];
          j++;
          continue;
        }
        if (next.trim() === '') {
          // A blank line continues the list only when an item or indented text follows.
          const after = at(j + 1);
          const afterItem = LIST_ITEM.exec(after);
          const continues =
            (afterItem && (afterItem[1] ?? '').length <= baseIndent && /\d/.test(afterItem[2] ?? '') === ordered) ||
            (after.trim() !== '' && /^\s{2,}/.test(after) && (afterItem ? (afterItem[1] ?? '').length > baseIndent : true));
          if (!continues) break;
          current.push('');
          j++;
          continue;
        }
        if (/^\s+/.test(next) || (!HEADING.test(next) && !FENCE.test(next) && !RULE.test(next) && !/^ {0,3}(>|<!--)/.test(next) && current.length > 0 && current[current.length - 1] !== '')) {
          // Indented lines are nested content; an unindented line right after an item is a lazy continuation.
          current.push(dedent(next, baseIndent));
          j++;
          continue;
        }
        break;
      }
      items.push(current.join('\n'));
      tokens.push({ type: 'list', line: lineNo, ordered, items: items.map((text) => text.replace(/\n+$/, '')) });
      i = j;
      continue;
    }

    // Paragraph: runs to a blank line or a line that starts another block.
    const body: string[] = [line];
    let j = i + 1;
    let setextLevel = 0;
    while (j < lines.length) {
      const next = at(j);
      if (next.trim() === '') break;
      const setext = SETEXT.exec(next);
      // Text indented four columns after a blank line is indented code, which no underline makes a heading: `---` under it is a rule.
      if (setext && /^(?: {4}|\t)/.test(line)) break;
      if (setext) {
        setextLevel = (setext[1] ?? '=').startsWith('=') ? 1 : 2;
        break;
      }
      if (HEADING.test(next) || FENCE.test(next) || RULE.test(next) || /^ {0,3}(>|<!--)/.test(next) || LIST_ITEM.test(next)) break;
      if (next.includes('|') && isTableDelimiter(at(j + 1))) break;
      body.push(next);
      j++;
    }
    if (setextLevel > 0) {
      tokens.push({ type: 'heading', line: lineNo, level: setextLevel, text: body.join(' ').trim() });
      i = j + 1;
      continue;
    }
    tokens.push({ type: 'paragraph', line: lineNo, lines: body });
    i = j;
  }
  return tokens;
}

function splitRow(row: string): string[] {
  let text = row.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  let inCode = false;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === '\\' && text[k + 1] === '|') {
      cell += '\\|';
      k++;
      continue;
    }
    if (ch === '`') inCode = !inCode;
    if (ch === '|' && !inCode) {
      cells.push(cell.trim());
      cell = '';
      continue;
    }
    cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

function toAlign(cell: string): Align {
  const left = cell.startsWith(':');
  const right = cell.endsWith(':');
  if (left && right) return 'center';
  if (right) return 'right';
  if (left) return 'left';
  return 'none';
}

function dedent(line: string, baseIndent: number): string {
  const strip = baseIndent + 2;
  let k = 0;
  while (k < strip && line[k] === ' ') k++;
  return line.slice(k);
}
