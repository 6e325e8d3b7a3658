import type { Requirement } from './schema';

export type HeadingFlags = {
  title: string;
  requirement: Requirement;
  condition?: string;
};

// `*(mandatory)*`, `_(mandatory)_`, `(mandatory for data changes)`, `*(include if ...)*`,
// `(if applicable)`, `(Optional)`, `(OPTIONAL - only if tests requested)`, `(required)`.
// No leading \s*: it would rescan every run of spaces; the title is trimmed instead.
const FLAG = /([*_]{0,2})\(\s*(mandatory|required|include if|include when|if applicable|if needed|optional|only if)\b([^()]*)\)\1/i;

/** `## Decision Drivers <!-- optional -->` (MADR): a comment at the end of the heading. */
const OPTIONAL_COMMENT = /<!--[ \t]*optional[ \t]*-->$/i;

/** Reads a section's requirement flag from its heading and returns the heading without it. */
export function parseHeadingFlags(heading: string): HeadingFlags {
  const comment = OPTIONAL_COMMENT.exec(heading.trimEnd());
  if (comment) {
    const rest = parseHeadingFlags(heading.trimEnd().slice(0, comment.index));
    return rest.requirement === 'none' ? { title: rest.title, requirement: 'optional' } : rest;
  }
  const match = FLAG.exec(heading);
  if (!match) return { title: heading.trim(), requirement: 'none' };
  const title = (heading.slice(0, match.index) + heading.slice(match.index + match[0].length)).replace(/\s{2,}/g, ' ').trim();
  const word = (match[2] ?? '').toLowerCase();
  const rest = (match[3] ?? '').trim();
  if (word === 'mandatory' || word === 'required') {
    const condition = /^for\s+(.+)$/i.exec(rest)?.[1];
    return condition ? { title, requirement: 'mandatory', condition } : { title, requirement: 'mandatory' };
  }
  if (word === 'optional') {
    const condition = rest.replace(/^[-–—:,\s]+/, '').trim();
    return condition ? { title, requirement: 'optional', condition } : { title, requirement: 'optional' };
  }
  if (word === 'if applicable' || word === 'if needed') return { title, requirement: 'conditional', condition: word.replace(/^if /, '') };
  return { title, requirement: 'conditional', condition: rest || word };
}
