import { diffLines, diffWordsWithSpace } from 'diff';

/** A run of text both versions share, or one only the old (`removed`) or the new (`added`) version has. */
export type TextPart = { op: 'same' | 'added' | 'removed'; text: string };

/**
 * The word-level difference between two texts (whitespace runs are tokens
 * too, so the parts put back together give each text exactly); null when they
 * are equal. `lines` compares line by line, for code.
 */
export function diffText(before: string, after: string, { lines = false }: { lines?: boolean } = {}): TextPart[] | null {
  if (before === after) return null;
  const changes = lines ? diffLines(before, after) : diffWordsWithSpace(before, after);
  return changes.map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

/** The new text: what both share and what was added. */
export function newText(parts: readonly TextPart[]): string {
  return parts.filter((p) => p.op !== 'removed').map((p) => p.text).join('');
}

/** The old text: what both share and what was removed. */
export function oldText(parts: readonly TextPart[]): string {
  return parts.filter((p) => p.op !== 'added').map((p) => p.text).join('');
}

/**
 * Applies word changes to `text`, which must be the text they were made
 * from; a change list applied to another text would write words the user
 * never saw over theirs, so that throws instead.
 */
export function applyText(text: string, parts: readonly TextPart[]): string {
  if (oldText(parts) !== text) throw new Error('These changes were made from another text.');
  return newText(parts);
}
