import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { anchorRange, resolveRange } from '../../core/comments/text-anchor';
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
      const range = resolveRange(fragment, anchor.start, anchor.end, anchor.quote);
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
          // The fragment is written after the editor's own transaction, so the editor's own changes map the ranges; a change that came
          // from the fragment (its first render, another tab's or a peer's edit, which replaces the content and maps no range) works them out again.
          apply: (tr, previous, _old, state) => {
            if (tr.getMeta(key) || (tr.docChanged && (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin)) return decorations(state);
            return tr.docChanged ? previous.map(tr.mapping, tr.doc) : previous;
          },
        },
        props: { decorations: (state) => key.getState(state) },
        view: (view) => {
          let queued = false;
          const refresh = () => {
            if (queued) return;
            queued = true;
            queueMicrotask(() => {
              queued = false;
              if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(key, true).setMeta('addToHistory', false));
            });
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
