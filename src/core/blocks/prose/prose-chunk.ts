import type { Chunk, ListEdge } from '../../markdown/join-chunks';
import { markdownEvents, outerTokens, type MarkdownToken } from '../../markdown/markdown-events';
import { nestHeadings } from '../../markdown/nest-headings';
import { exportProse } from '../../markdown/prose-text';

// Lines that may start a heading, a list or indented code; prose with none needs no second parse.
const MAY_NEST_OR_JOIN = /^(?: {0,3}(?:[#=*+-]|\d{1,9}[.)])| {4}|\t)/m;

/**
 * Prose as exported, headings below the section's, with how it starts and
 * ends: a list, which a list after it would join, indented code, which an
 * indented start after it would continue, or an indented start.
 */
export function proseChunk(markdown: string, sectionLevel: number): Chunk | null {
  const exported = exportProse(markdown);
  if (exported.trim() === '') return null;
  const indented = /^\s{2,}\S/.test(exported);
  if (!MAY_NEST_OR_JOIN.test(exported)) return { text: exported, first: indented ? 'indent' : null, last: null };
  const events = markdownEvents(exported);
  const outer = outerTokens(events);
  return { text: nestHeadings(exported, sectionLevel, events), first: indented ? 'indent' : edgeOf(outer[0]?.token), last: edgeOf(outer[outer.length - 1]?.token) };
}

function edgeOf(token: MarkdownToken | undefined): ListEdge {
  if (token?.type === 'listOrdered') return 'ol';
  if (token?.type === 'listUnordered') return 'ul';
  if (token?.type === 'codeIndented') return 'code';
  return null;
}
