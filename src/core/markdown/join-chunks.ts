/**
 * How a piece of Markdown starts or ends, as far as merging with its
 * neighbour goes: a list, an indented start, or (at the end) indented code.
 */
export type ListEdge = 'ul' | 'ol' | 'indent' | 'code' | null;

/** A block of the output with what its first and last lines are. */
export type Chunk = { text: string; first: ListEdge; last: ListEdge };

/** An empty comment, the CommonMark way to keep two lists apart. */
export const LIST_SEPARATOR = '<!-- -->';

/**
 * Joins blocks with one blank line. Two lists of the same kind separated only
 * by a blank line are one list in Markdown, so two list blocks (or a prose
 * value ending in a list and a list block) get an empty comment between them;
 * the import reads that as a boundary and drops it. So does an indented start
 * after a list or after indented code, which it would continue, and a list
 * after indented code, which micromark can misread.
 */
export function joinChunks(chunks: Chunk[]): string {
  const parts: string[] = [];
  let previous: Chunk | undefined;
  for (const chunk of chunks) {
    const joins = previous?.last && previous.last !== 'indent' && (chunk.first === previous.last || chunk.first === 'indent');
    // micromark reads an empty item right after indented code and a blank line as text (`-` then `---` a heading).
    const misread = previous?.last === 'code' && (chunk.first === 'ul' || chunk.first === 'ol');
    if (joins || misread) parts.push(LIST_SEPARATOR);
    parts.push(chunk.text);
    previous = chunk;
  }
  return parts.join('\n\n');
}

export function plainChunk(text: string): Chunk {
  return { text, first: null, last: null };
}
