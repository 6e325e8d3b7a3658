import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** ProseMirror position -> text offset (characters of text nodes before it), as the comment anchors count (core/comments/text-anchor.ts). */
export function textOffsetAt(doc: ProseMirrorNode, pos: number): number {
  let offset = 0;
  doc.nodesBetween(0, pos, (node, at) => {
    if (node.isText) offset += Math.min(node.nodeSize, pos - at);
    return true;
  });
  return offset;
}

/** Text offset -> ProseMirror position: `side` -1 puts a boundary between two text nodes at the end of the first, 1 at the start of the next. */
export function positionAtTextOffset(doc: ProseMirrorNode, offset: number, side: -1 | 1): number | null {
  let seen = 0;
  let found: number | null = null;
  doc.descendants((node, at) => {
    if (found !== null) return false;
    if (!node.isText) return true;
    const end = seen + node.nodeSize;
    if (side === 1 ? offset < end : offset <= end) {
      if (offset >= seen) found = at + (offset - seen);
    }
    seen = end;
    return false;
  });
  return found;
}
