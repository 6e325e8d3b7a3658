import { findPlaceholders } from '../template/find-placeholders';
import { parseHeadingFlags } from '../template/parse-heading-flags';

/**
 * A template heading as something a filled heading can match: its text with
 * the flag off, and its fixed parts in order, where placeholders
 * (`[Brief Title]`) and code spans (`` `tool_name` ``, an example name a team
 * replaces) are wildcards and numbers match any number (`User Story 4`).
 */
export type HeadingPattern = {
  exact: string;
  parts: string[];
  wildcards: boolean;
  /** Some fixed part has a letter or digit: worked out once, matchHeading runs for every heading of every file. */
  lettered: boolean;
};

export function headingPattern(title: string): HeadingPattern {
  const text = parseHeadingFlags(title).title;
  const holes: { start: number; end: number; keepTicks: boolean }[] = [];
  let from = 0;
  for (const placeholder of findPlaceholders(text, 'heading')) {
    const start = text.indexOf(placeholder.text, from);
    if (start < 0) continue;
    holes.push({ start, end: start + placeholder.text.length, keepTicks: false });
    from = start + placeholder.text.length;
  }
  holes.push(...codeSpans(text).map((span) => ({ ...span, keepTicks: true })));
  holes.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  let current = '';
  for (const hole of holes) {
    if (hole.start < at) continue;
    current += text.slice(at, hole.start) + (hole.keepTicks ? '`' : '');
    parts.push(normalise(current, true));
    current = hole.keepTicks ? '`' : '';
    at = hole.end;
  }
  parts.push(normalise(current + text.slice(at), true));
  return { exact: normalise(text, false), parts, wildcards: holes.length > 0, lettered: parts.some((part) => /[\p{L}\p{N}]/u.test(part)) };
}

/** A file heading read once for matching against many patterns. */
export type HeadingSubject = { exact: string; numbered: string };

export function headingSubject(heading: string): HeadingSubject {
  const text = parseHeadingFlags(heading).title;
  return { exact: normalise(text, false), numbered: normalise(text, true) };
}

/**
 * How well a file heading matches: 3 the same text, 2 the fixed parts in
 * place (a filled placeholder, a renumbered item), 1 only wildcards and
 * backticks in common, 0 no match. Linear: the parts are found left to right.
 */
export function matchHeading(pattern: HeadingPattern, heading: HeadingSubject): number {
  if (heading.exact === pattern.exact) return 3;
  const subject = heading.numbered;
  const { parts } = pattern;
  if (!pattern.wildcards) return subject === parts[0] ? 2 : 0;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (!subject.startsWith(first) || !subject.endsWith(last) || first.length + last.length > subject.length) return 0;
  let at = first.length;
  const end = subject.length - last.length;
  for (let k = 1; k < parts.length - 1; k++) {
    const found = subject.indexOf(parts[k]!, at);
    if (found < 0 || found + parts[k]!.length > end) return 0;
    at = found + parts[k]!.length;
  }
  return pattern.lettered ? 2 : 1;
}

/** Lower case, blanks collapsed; with `numbers`, each run of digits reads as `#`. */
function normalise(text: string, numbers: boolean): string {
  const lower = text.toLowerCase().replace(/\s+/g, ' ').trim();
  return numbers ? lower.replace(/\d+/g, '#') : lower;
}

function codeSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let k = 0; k < text.length; ) {
    if (text[k] !== '`') {
      k++;
      continue;
    }
    let open = k;
    while (text[open] === '`') open++;
    const fence = text.slice(k, open);
    const close = text.indexOf(fence, open);
    if (close < 0) break;
    spans.push({ start: k, end: close + fence.length });
    k = close + fence.length;
  }
  return spans;
}
