import type { Placeholder, PlaceholderKind } from './schema';

/**
 * Where the text comes from decides what counts as a placeholder:
 * - `text`: prose, list items, field values, table cells. Bracket placeholders
 *   count inside code spans too (`` `[###-feature-name]` ``); braces and angle
 *   brackets do not, since there they are code (`/users/{id}`, `Vec<T>`).
 * - `heading`: like text, but code spans are literal (`` Format: `[ID] [P?]` ``).
 * - `code`: a fenced block; only bracketed phrases that cannot be code
 *   (`[REMOVE IF UNUSED]`, `[same as backend above]`) and `TODO(...)`.
 */
export type PlaceholderContext = 'text' | 'heading' | 'code';

type Found = { start: number; end: number; kind: PlaceholderKind; label: string };
/** How a label is read from the placeholder's original text (never from a masked copy, which blanks code spans). */
type LabelOf = (original: string) => string;

/** Task tags, IDs and similar codes in brackets that are content, not blanks: `[P]`, `[US1]`, `[P?]`, `[D-014]`, `[ADR-12]`. */
const TAG = /^(?:[A-Z]{1,5}-?\d+|P\??)$/;
const HTML_TAGS = new Set(
  'a abbr b br code del details div em h1 h2 h3 h4 h5 h6 hr i img ins kbd li ol p pre q s samp small span strong sub summary sup table tbody td th thead tr u ul var video picture source'.split(' '),
);
const PAREN = /\((?:fill (?:me )?in|to be (?:filled|completed|determined))\b[^()\n]*\)/gi;
/** Verbs that open an instruction in parentheses (quickPlaceholders' trigger reads them too). */
export const INSTRUCTION_VERBS = 'describe|explain|list|add|insert|enter|provide|write|summari[sz]e|state|specify|outline|define|give|link|replace|include';
/** A line that is nothing but an instruction in parentheses: `(describe the problem here)`. */
const PAREN_LINE = new RegExp(`^[ \\t]*(\\((?:${INSTRUCTION_VERBS})\\b[^()\\n]*\\))[ \\t]*$`, 'gim');
const VARIABLE = /\$[A-Z][A-Z0-9_]{2,}\b/g;
const TODO = /\bTODO\([^()\n]*\)/g;
const DATE = /\bYYYY-MM-DD\b/g;
const BRACE = /\{([^{}\n]+)\}/g;
const ANGLE = /<([A-Za-z][\w ./-]*)>/g;
/** `e.g.,`, `i.e.`, `for example`, `such as`: a bracket that opens so is an instruction. */
const EXAMPLE_LEAD = /^(?:e\.g\.|i\.e\.|for example\b|such as\b)/i;

/** A placeholder and where it stands in the text: `text.slice(start, end) === text`. */
export type PlaceholderSpan = Placeholder & { start: number; end: number };

export function findPlaceholders(text: string, context: PlaceholderContext = 'text'): Placeholder[] {
  return findPlaceholderSpans(text, context).map(({ kind, text, label }) => ({ kind, text, label }));
}

/** findPlaceholders with each one's place in the text, for callers that judge where it stands (in code, in a link). */
export function findPlaceholderSpans(text: string, context: PlaceholderContext = 'text'): PlaceholderSpan[] {
  const found: Found[] = [];
  // Masked copies keep every index in place, so matches map back to `text`.
  const noLinks = maskLinks(text);
  const noCode = context === 'code' ? noLinks : maskCodeSpans(noLinks);
  const bracketSource = context === 'heading' ? noCode : noLinks;

  for (const match of balancedBrackets(bracketSource)) {
    const inner = text.slice(match.start + 1, match.end - 1);
    const label = inner.trim();
    // `[!NOTE]` opens a GitHub alert: Markdown, not a blank.
    if (label === '' || TAG.test(label) || /^[xX ]$/.test(inner) || label.startsWith('!')) continue;
    if (context === 'code' && !looksLikeProsePlaceholder(label)) continue;
    const kind: PlaceholderKind = /^NEEDS CLARIFICATION\b/.test(label) ? 'clarification' : 'bracket';
    found.push({ start: match.start, end: match.end, kind, label: kind === 'clarification' ? label.replace(/^NEEDS CLARIFICATION:?\s*/, '') : label });
  }

  const inner: LabelOf = (original) => original.slice(1, -1);
  collect(found, text, text, TODO, 'todo', (original) => original.slice(5, -1));
  if (context !== 'code') {
    collect(found, text, noCode, PAREN, 'paren', inner);
    parenLines(found, text, noCode);
    collect(found, text, noCode, VARIABLE, 'variable', (original) => original);
    collect(found, text, noLinks, DATE, 'date', (original) => original);
    collect(found, text, noCode, BRACE, 'brace', inner, (m) => /^[A-Za-z]/.test(m[1] ?? '') && !/["':;=]/.test(m[1] ?? ''));
    collect(found, text, noCode, ANGLE, 'angle', inner, (m) => !HTML_TAGS.has((m[1] ?? '').toLowerCase().split(/[\s/]/)[0] ?? ''));
  }

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: PlaceholderSpan[] = [];
  let reach = -1;
  for (const item of found) {
    if (item.start < reach) continue; // inside a placeholder already found: `[YYYY-MM-DD]`
    reach = item.end;
    result.push({ kind: item.kind, text: text.slice(item.start, item.end), label: item.label.trim(), start: item.start, end: item.end });
  }
  return result;
}

/** True when the text still holds a template placeholder (markers excluded). */
export function hasPlaceholder(text: string, context: PlaceholderContext = 'text'): boolean {
  return findPlaceholders(text, context).some((p) => p.kind !== 'clarification');
}

/** Matches `pattern` in `source` (the text, or a masked copy of it with the same indices). */
function collect(
  found: Found[],
  text: string,
  source: string,
  pattern: RegExp,
  kind: PlaceholderKind,
  label: LabelOf,
  accept: (m: RegExpExecArray) => boolean = () => true,
): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    const end = m.index + m[0].length;
    if (accept(m)) found.push({ start: m.index, end, kind, label: label(text.slice(m.index, end)) });
  }
}

/** PAREN_LINE matches, without the spaces around the parentheses. */
function parenLines(found: Found[], text: string, source: string): void {
  PAREN_LINE.lastIndex = 0;
  for (let m = PAREN_LINE.exec(source); m; m = PAREN_LINE.exec(source)) {
    const start = m.index + m[0].indexOf('(');
    const end = start + (m[1] ?? '').length;
    found.push({ start, end, kind: 'paren', label: text.slice(start + 1, end - 1) });
  }
}

/**
 * Outermost `[...]` pairs that are not links, link labels or checkboxes. A
 * pair may wrap onto the next line (a long hint in a field), but not across
 * a blank line or a list item.
 */
function balancedBrackets(text: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  let depth = 0;
  let start = -1;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (ch === '\n' && (text[k + 1] === '\n' || /^[ \t]*(?:[-*+]|\d+[.)])[ \t]/.test(text.slice(k + 1, k + 12)))) {
      depth = 0;
      start = -1;
    } else if (ch === '\\') {
      k++;
    } else if (ch === '[') {
      if (depth === 0) start = k;
      depth++;
    } else if (ch === ']' && depth > 0) {
      depth--;
      if (depth === 0 && start >= 0) {
        const next = text[k + 1];
        const isLink = next === '(' || next === '[' || text[start - 1] === ']'; // [text](url), [text][ref]
        if (!isLink && !(next === ':' && isLineStart(text, start))) result.push({ start, end: k + 1 });
        start = -1;
      }
    }
  }
  return result;
}

function isLineStart(text: string, index: number): boolean {
  const before = text.lastIndexOf('\n', index - 1);
  return text.slice(before + 1, index).trim() === '';
}

/** Bracketed text in code that reads as an instruction, not as an array or index. */
function looksLikeProsePlaceholder(label: string): boolean {
  if (/["'`=]/.test(label)) return false;
  if (/^[A-Z#][A-Z0-9 _#?/-]*$/.test(label)) return true;
  if (!/^[A-Za-z]/.test(label) || !/\s/.test(label) || /[(){}]/.test(label)) return false;
  // `,` and `;` are code in `[a, b]`, `[T; N]` and `[u8; 32]`, and prose in `[e.g., Redis; or none]`.
  return !/[,;]/.test(label) || EXAMPLE_LEAD.test(label) || label.split(/\s+/).filter((w) => /^[A-Za-z]{3,}[,;.:]?$/.test(w)).length >= 4;
}

function maskLinks(text: string): string {
  return text
    .replace(/\[([^[\]\n]*)\]\(([^()\n]*)\)/g, (m) => ' '.repeat(m.length)) // [text](url)
    .replace(/^([ \t]*(?:[-*+]|\d+[.)])[ \t]+)\[[ xX]\]/gm, (m, lead: string) => lead + '   '); // - [ ] task
}

/**
 * Blanks code spans. A span opens with a run of backticks and closes at the
 * next run of the same length; runs are indexed by length first, so this is
 * linear where a backreference regex is not.
 */
function maskCodeSpans(text: string): string {
  const runs: { start: number; length: number }[] = [];
  for (let k = 0; k < text.length; ) {
    if (text[k] !== '`') {
      k++;
      continue;
    }
    let end = k;
    while (text[end] === '`') end++;
    runs.push({ start: k, length: end - k });
    k = end;
  }
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const list = byLength.get(run.length);
    if (list) list.push(index);
    else byLength.set(run.length, [index]);
  });
  const cursor = new Map<number, number>();
  const chars = text.split('');
  for (let r = 0; r < runs.length; r++) {
    const open = runs[r]!;
    const same = byLength.get(open.length)!;
    let c = cursor.get(open.length) ?? 0;
    while (c < same.length && same[c]! <= r) c++;
    cursor.set(open.length, c);
    const closeIndex = same[c];
    if (closeIndex === undefined) continue;
    const close = runs[closeIndex]!;
    for (let k = open.start; k < close.start + close.length; k++) if (chars[k] !== '\n') chars[k] = ' ';
    r = closeIndex; // resume after the span
  }
  return chars.join('');
}
