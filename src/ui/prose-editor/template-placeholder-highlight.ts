import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { placeholderRanges, type TextRunKind } from './placeholder-ranges';
import { templatePlaceholderClass } from './template-placeholder-class';

const key = new PluginKey<DecorationSet>('templatePlaceholderHighlight');

/**
 * Marks template placeholders (`[FEATURE NAME]`, `<package>`, `TODO(...)`) in
 * the live editor with the same class and the same runs of text as the static
 * view (`highlightPlaceholders`). Decorations only: the document is unchanged.
 */
export const TemplatePlaceholderHighlight = Extension.create({
  name: 'templatePlaceholderHighlight',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => placeholderDecorations(state.doc),
          apply: (tr, previous) => (tr.docChanged ? placeholderDecorations(tr.doc) : previous),
        },
        props: {
          decorations: (state) => key.getState(state),
        },
      }),
    ];
  },
});

type Run = { kind: TextRunKind; from: number; text: string };

function placeholderDecorations(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    for (const run of textRuns(node, pos + 1)) {
      for (const range of placeholderRanges(run.text, run.kind)) {
        decorations.push(
          Decoration.inline(run.from + range.from, run.from + range.to, {
            class: templatePlaceholderClass(range.kind),
            'data-placeholder-kind': range.kind,
          }),
        );
      }
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * A textblock's text cut where the static view's DOM cuts it: at hard breaks
 * and other inline nodes, at links, and around code spans. Other marks (bold,
 * italic) do not cut a run.
 */
function textRuns(block: ProseMirrorNode, start: number): Run[] {
  if (block.type.spec.code) return [{ kind: 'code-block', from: start, text: block.textContent }];
  const inHeading = block.type.name === 'heading';
  const runs: Run[] = [];
  let current: Run | null = null;
  block.forEach((child, offset) => {
    const kind = child.isText ? inlineKind(child, inHeading) : null;
    if (kind === null || !child.text) {
      current = null;
      return;
    }
    const joinsCurrent = current !== null && current.kind === kind && kind !== 'code-span';
    if (current !== null && joinsCurrent) {
      current.text += child.text;
      return;
    }
    current = { kind, from: start + offset, text: child.text };
    runs.push(current);
  });
  return runs;
}

function inlineKind(text: ProseMirrorNode, inHeading: boolean): TextRunKind | null {
  if (text.marks.some((mark) => mark.type.name === 'link')) return null;
  if (text.marks.some((mark) => mark.type.spec.code)) return inHeading ? null : 'code-span';
  return inHeading ? 'heading' : 'text';
}
