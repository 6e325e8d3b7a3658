import { escapeDashRule } from './dash-rule';
import type { Chunk } from './join-chunks';

/** Item texts as one Markdown list; null for none. */
export function listChunk(texts: string[], ordered: boolean): Chunk | null {
  if (texts.length === 0) return null;
  const items = texts.map((text, k) => listItem(ordered ? `${k + 1}.` : '-', text));
  const edge = ordered ? 'ol' : 'ul';
  return { text: items.join('\n'), first: edge, last: edge };
}

/** A list item; lines after the first are indented under the marker, blank lines dropped (they would end the item). */
export function listItem(marker: string, text: string): string {
  const indent = ' '.repeat(marker.length + 1);
  return text
    .split(/\r\n|\r|\n/) // a lone carriage return ends a line in Markdown too
    .map((line) => line.trimEnd())
    .filter((line, k) => k === 0 || line.trim() !== '')
    .map((line, k) => (k === 0 ? `${marker} ${marker === '-' ? escapeDashRule(line.trimStart()) : line.trimStart()}` : `${indent}${line}`))
    .join('\n');
}
