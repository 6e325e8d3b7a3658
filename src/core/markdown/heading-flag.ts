import { oneLineText as oneLine } from './one-line-text';
import type { Section } from '../template/schema';

/**
 * The heading a section gets in the file: the draft's title with the
 * template's requirement flag (`*(mandatory)*`) kept, as spec-kit keeps it in
 * the specs it generates. An unchanged title gives the template's heading
 * exactly, flag in place; a changed one gets the flag at the end.
 */
export function exportHeading(title: string, section: Section | undefined): string {
  const text = oneLine(title);
  if (!section) return text;
  if (text === '' || text === section.title) return section.heading;
  const { flag, tail } = flagParts(section);
  if (!flag) return text;
  // `Tests for User Story 1 (OPTIONAL - ...) ⚠️`: a flag before fixed text stays before it.
  if (tail && text.endsWith(` ${tail}`)) return `${text.slice(0, text.length - tail.length).trimEnd()} ${flag} ${tail}`;
  return `${text} ${flag}`;
}

/** The draft title a file heading stands for: the heading without the template's flag. */
export function importTitle(heading: string, section: Section): string {
  if (heading === section.heading) return section.title;
  const { flag } = flagParts(section);
  if (!flag) return heading;
  if (heading.endsWith(` ${flag}`)) return heading.slice(0, heading.length - flag.length - 1).trimEnd();
  const at = heading.indexOf(flag);
  if (at < 0) return heading;
  return `${heading.slice(0, at).trimEnd()} ${heading.slice(at + flag.length).trimStart()}`.trim();
}

/**
 * `Requirements *(mandatory)*` -> flag `*(mandatory)*`: what the heading has
 * that the title does not, and the fixed text after it (`⚠️`), if any.
 */
function flagParts(section: Section): { flag: string; tail: string } {
  const { heading, title } = section;
  if (heading === title) return { flag: '', tail: '' };
  let start = 0;
  while (start < title.length && heading[start] === title[start]) start++;
  let end = 0;
  while (end < title.length - start && heading[heading.length - 1 - end] === title[title.length - 1 - end]) end++;
  return { flag: heading.slice(start, heading.length - end).trim(), tail: heading.slice(heading.length - end).trim() };
}

/**
 * `Support for C #` as a heading would lose its ` #`: Markdown reads a
 * trailing run of `#` after a space as the heading's closing sequence. A
 * backslash keeps it; unescapeClosingHashes takes it off again on import.
 */
export function escapeClosingHashes(heading: string): string {
  let start = heading.length;
  while (start > 0 && heading[start - 1] === '#') start--;
  if (start === heading.length || (start > 0 && heading[start - 1] !== ' ' && heading[start - 1] !== '\t')) return heading;
  return `${heading.slice(0, start)}\\${heading.slice(start)}`;
}

export function unescapeClosingHashes(heading: string): string {
  let start = heading.length;
  while (start > 0 && heading[start - 1] === '#') start--;
  if (start === heading.length || heading[start - 1] !== '\\') return heading;
  const before = heading[start - 2];
  return before === undefined || before === ' ' || before === '\t' ? `${heading.slice(0, start - 1)}${heading.slice(start)}` : heading;
}
