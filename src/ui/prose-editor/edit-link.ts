import type { Editor } from '@tiptap/core';
import { safeLinkHref } from './safe-link-href';

/** What the link editor works on: the link under the caret (all of it), or the selection. */
export type LinkTarget = { from: number; to: number; text: string; href: string };

export function linkTarget(editor: Editor): LinkTarget {
  // In a link: the whole link, not just the caret's place in it.
  if (editor.isActive('link')) editor.commands.extendMarkRange('link');
  const { from, to } = editor.state.selection;
  const href = editor.isActive('link') ? String(editor.getAttributes('link').href ?? '') : '';
  return { from, to, text: editor.state.doc.textBetween(from, to, ' '), href };
}

/**
 * Links `target` to `address` with `text` (the address itself when no text
 * is given), replacing the text only when it was changed. Returns an error
 * message, and changes nothing, when `safeLinkHref` refuses the address.
 */
export function applyLink(editor: Editor, target: LinkTarget, text: string, address: string): string | null {
  const href = safeLinkHref(address);
  if (href === null) return 'That address cannot be used as a link. Use an http(s) or mailto address, or a #section anchor.';
  const shown = text.trim() === '' ? href : text;
  const chain = editor.chain().focus().setTextSelection({ from: target.from, to: target.to });
  // The caret goes after the link, as after typing it.
  if (shown === target.text && target.from !== target.to) chain.extendMarkRange('link').setLink({ href }).setTextSelection(target.to).run();
  else chain.insertContent({ type: 'text', text: shown, marks: [{ type: 'link', attrs: { href } }] }).setTextSelection(target.from + shown.length).run();
  return null;
}

/** Takes the link off the target's text; the text stays. */
export function removeLink(editor: Editor, target: LinkTarget): void {
  editor.chain().focus().setTextSelection({ from: target.from, to: target.to }).extendMarkRange('link').unsetLink().run();
}
