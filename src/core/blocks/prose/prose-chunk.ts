import type { Chunk, ListEdge } from '../../markdown/join-chunks';
import { nestHeadings } from '../../markdown/nest-headings';
import { exportProse } from '../../markdown/prose-text';
import { scanBlocks, type Token } from '../../template/scan-blocks';

/** Prose as exported, headings below the section's, with how it starts and ends (a list, an indent). */
export function proseChunk(markdown: string, sectionLevel: number): Chunk | null {
  const text = nestHeadings(exportProse(markdown), sectionLevel);
  if (text.trim() === '') return null;
  const tokens = scanBlocks(text.split('\n'));
  const first = /^\s{2,}\S/.test(text) ? 'indent' : edgeOf(tokens[0]);
  return { text, first, last: edgeOf(tokens[tokens.length - 1]) };
}

function edgeOf(token: Token | undefined): ListEdge {
  if (token?.type !== 'list') return null;
  return token.ordered ? 'ol' : 'ul';
}
