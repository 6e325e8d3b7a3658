import { Extension } from '@tiptap/core';
import { Plugin, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/** The part of y-tiptap's binding this reads (its caret as Yjs positions, taken before the update). */
type Binding = {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: Map<Y.AbstractType<unknown>, unknown>;
  beforeTransactionSelection: { type?: string; anchor: Y.RelativePosition | null; head: Y.RelativePosition | null } | null;
};

/**
 * Keeps the caret after the letter it was after when someone else's edit
 * arrives. y-tiptap 3.0.9 takes the caret as Yjs positions before a remote
 * update and puts it back after, but second-guesses the result whenever the
 * caret's paragraph changed: it looks for the paragraph by its text and, when
 * the old text is a prefix of the new, keeps the old offset. When two people
 * type at the same place, the other's letters land before that offset, so the
 * caret jumps back into them and the words are interleaved
 * ("alpha" + "delta" becomes "adlelptha"). Where the letter the caret was
 * after still exists, its Yjs position is exact: this puts the caret there.
 * Where it was deleted (a paragraph moved, a selection's text removed) it
 * leaves y-tiptap's recovery alone.
 */
export const KeepCaretOnRemoteEdit = Extension.create({
  name: 'keepCaretOnRemoteEdit',
  addProseMirrorPlugins() {
    return [new Plugin({ appendTransaction: (transactions, _before, state) => keepCaret(transactions, state) })];
  },
});

function keepCaret(transactions: readonly Transaction[], state: EditorState): Transaction | null {
  const remote = transactions.some((tr) => {
    const meta = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean } | undefined;
    return meta?.isChangeOrigin === true && meta.isUndoRedoOperation !== true;
  });
  if (!remote) return null;
  const binding = (ySyncPluginKey.getState(state) as { binding?: Binding } | undefined)?.binding;
  const saved = binding?.beforeTransactionSelection;
  if (!binding || !saved || saved.type !== 'text' || !saved.anchor || !saved.head) return null;
  const anchor = exactPosition(binding, saved.anchor);
  const head = exactPosition(binding, saved.head);
  if (anchor === null || head === null) return null;
  const size = state.doc.content.size;
  if (anchor > size || head > size) return null;
  if (state.selection.anchor === anchor && state.selection.head === head) return null;
  const selection = TextSelection.between(state.doc.resolve(anchor), state.doc.resolve(head));
  if (selection.anchor !== anchor || selection.head !== head) return null;
  return state.tr.setSelection(selection).setMeta('addToHistory', false);
}

/** The position a Yjs caret names, when it is tied to a letter that is still there; null otherwise. */
function exactPosition(binding: Binding, position: Y.RelativePosition): number | null {
  if (!position.item) return null;
  const item = Y.getItem(binding.doc.store, position.item);
  if (!(item instanceof Y.Item) || item.deleted) return null;
  return relativePositionToAbsolutePosition(binding.doc, binding.type, position, binding.mapping as never);
}
