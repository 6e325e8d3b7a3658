import type { Editor } from '@tiptap/core';
import { safeLinkHref } from './safe-link-href';

/**
 * The toolbar's link button: removes the link under the caret, or asks for an
 * address and links the selection (or inserts the address as a link when
 * nothing is selected). Addresses `safeLinkHref` refuses are not stored.
 */
export function editLink(editor: Editor): void {
  if (editor.isActive('link')) {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    return;
  }
  const input = window.prompt('Link address (https://…, mailto:…, or #section)', '');
  if (input === null || input.trim() === '') {
    editor.commands.focus();
    return;
  }
  const href = safeLinkHref(input);
  if (href === null) {
    window.alert('That address cannot be used as a link. Use an http(s) or mailto address, or a #section anchor.');
    editor.commands.focus();
    return;
  }
  if (editor.state.selection.empty) {
    editor.chain().focus().insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
  } else {
    editor.chain().focus().setLink({ href }).run();
  }
}
