import { escapeLineStart } from './escape-line-start';
import type { Chunk } from './join-chunks';

/** Item texts as one Markdown list; null for none. `textFirst`: each item starts with its own text (not a checkbox or a label), which is escaped where it would start a block. */
export function listChunk(texts: string[], ordered: boolean, textFirst = false): Chunk | null {
  if (texts.length === 0) return null;
  const items = texts.map((text, k) => listItem(ordered ? `${k + 1}.` : '-', text, textFirst));
  const edge = ordered ? 'ol' : 'ul';
  return { text: items.join('\n'), first: edge, last: edge };
}

/**
 * A list item; lines after the first are indented under the marker, blank
 * lines dropped (they would end the item), and escaped where they would
 * start a block inside the item (`# x`, `- x`, `===`); so is the first line
 * with `textFirst`.
 */
export function listItem(marker: string, text: string, textFirst = false): string {
  const indent = ' '.repeat(marker.length + 1);
  return text
    .split(/\r\n|\r|\n/) // a lone carriage return ends a line in Markdown too
    .map((line) => line.trimEnd())
    .filter((line, k) => k === 0 || line.trim() !== '')
    .map((line, k) => (k === 0 ? `${marker} ${textFirst ? escapeLineStart(line.trimStart()) : line.trimStart()}` : `${indent}${escapeLineStart(line)}`))
    .join('\n');
}
