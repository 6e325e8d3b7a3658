import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type * as Y from 'yjs';
import { anchorRange } from '../../core/comments/text-anchor';
import { resolveRange } from '../../core/comments/text-anchor';
import { commentsOf, subscribeComments } from '../../store/comments/draft-comments';
import { commentsUi, startComment, subscribeCommentsUi } from './comments-ui';
import { positionAtTextOffset, textOffsetAt } from './pm-text-offsets';

export type CommentPlace = { draftId: string; place: string; blockId: string };

const key = new PluginKey<DecorationSet>('commentHighlight');

/**
 * The live editor's part of review comments: the commented words of this
 * field highlighted (decorations from the comments' relative positions,
 * worked out again after each change), and Mod-Alt-M to comment on the
 * selection.
 */
export function commentHighlight(where: CommentPlace, fragment: Y.XmlFragment) {
  const decorations = (state: EditorState) => {
    const { current } = commentsUi();
    const found: Decoration[] = [];
    for (const thread of commentsOf(where.draftId)) {
      const anchor = thread.anchor;
      if (anchor.kind !== 'prose' || anchor.place !== where.place || anchor.blockId !== where.blockId || thread.status !== 'open') continue;
      const range = resolveRange(fragment, anchor.start, anchor.end);
      const from = range && positionAtTextOffset(state.doc, range.from, 1);
      const to = range && positionAtTextOffset(state.doc, range.to, -1);
      if (from === null || to === null || from >= to) continue;
      found.push(Decoration.inline(from, to, { class: `comment-range${current === thread.id ? ' is-current' : ''}`, 'data-comment-id': thread.id }));
    }
    return DecorationSet.create(state.doc, found);
  };
  return Extension.create({
    name: 'commentHighlight',
    addKeyboardShortcuts() {
      return { 'Mod-Alt-m': () => commentOnSelection(this.editor.state, where, fragment) };
    },
    addProseMirrorPlugins: () => [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => decorations(state),
          apply: (tr, previous, _old, state) => (tr.docChanged || tr.getMeta(key) ? decorations(state) : previous),
        },
        props: { decorations: (state) => key.getState(state) },
        view: (view) => {
          const refresh = () => {
            if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(key, true));
          };
          const stopComments = subscribeComments(where.draftId, refresh);
          const stopUi = subscribeCommentsUi(refresh);
          return {
            destroy: () => {
              stopComments();
              stopUi();
            },
          };
        },
      }),
    ],
  });
}

/** Opens a new comment on the editor's selection; false when nothing is selected. */
export function commentOnSelection(state: EditorState, where: CommentPlace, fragment: Y.XmlFragment): boolean {
  const { from, to } = state.selection;
  const range = from < to ? anchorRange(fragment, { from: textOffsetAt(state.doc, from), to: textOffsetAt(state.doc, to) }) : null;
  if (!range) return false;
  startComment({ kind: 'prose', place: where.place, blockId: where.blockId, ...range });
  return true;
}
