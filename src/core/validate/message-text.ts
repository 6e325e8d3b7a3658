/** Pieces of finding messages: plain words, one line, bounded length whatever the draft holds. */

/** ` (Functional Requirements)` after a message's subject, or nothing for document-level findings. */
export function inSection(sectionName: string | null): string {
  return sectionName ? ` (${sectionName})` : '';
}

/** Text for a message: one line, cut at `max` characters. */
export function shown(text: string, max = 60): string {
  const line = text.slice(0, max * 4).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** `a`, `a and b`, `a, b and c`. */
export function listWords(words: readonly string[], last = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}
