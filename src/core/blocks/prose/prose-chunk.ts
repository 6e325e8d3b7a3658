import type { Chunk, ListEdge } from '../../markdown/join-chunks';
import { nestHeadings } from '../../markdown/nest-headings';
import { exportedProse } from '../../markdown/prose-text';

/**
 * Prose as exported, headings below the section's, with how it starts and
 * ends: a list, which a list after it would join, indented code, which an
 * indented start after it would continue, or an indented start (two
 * columns or a tab: enough to continue a list item before it).
 */
export function proseChunk(markdown: string, sectionLevel: number): Chunk | null {
  const exported = exportedProse(markdown);
  if (exported.text.trim() === '') return null;
  const text = nestHeadings(exported.text, sectionLevel, exported.headings);
  return { text, first: /^(?: {2,}| *\t)/.test(exported.text) ? 'indent' : edgeOf(exported.first), last: edgeOf(exported.last) };
}

function edgeOf(type: string | null): ListEdge {
  if (type === 'listOrdered') return 'ol';
  if (type === 'listUnordered') return 'ul';
  if (type === 'codeIndented') return 'code';
  return null;
}
