import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

const textBefore = (doc: ProseMirrorNode, pos: number) => doc.textBetween(0, pos, '\n').length;

/**
 * Where a caret at `pos` in `before` belongs in `after`, when the text changed
 * around it (a team member's words merged in): the text is compared as plain
 * text, and a caret after the changed stretch moves by what it grew or shrank,
 * so the person goes on typing where they were.
 */
export function keepCaret(before: ProseMirrorNode, after: ProseMirrorNode, pos: number): number {
  const oldText = before.textBetween(0, before.content.size, '\n');
  const newText = after.textBetween(0, after.content.size, '\n');
  const caret = textBefore(before, pos);
  let prefix = 0;
  const shorter = Math.min(oldText.length, newText.length);
  while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  const target = caret <= prefix ? caret : caret >= oldText.length - suffix ? caret + newText.length - oldText.length : newText.length - suffix;
  // The first position with `target` characters of text before it.
  let low = 0;
  let high = after.content.size;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (textBefore(after, mid) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
