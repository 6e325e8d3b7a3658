import type { Nodes, Root } from 'mdast';

/** How a file writes what Markdown lets one write two ways; null where the file does not say. */
export type FileStyle = { emphasis: '*' | '_' | null; strong: '**' | '__' | null; bullet: '-' | '*' | '+' | null };

/** The first emphasis, strong and bullet list of a parsed text, as written. */
export function fileStyle(root: Root, text: string): FileStyle {
  const style: FileStyle = { emphasis: null, strong: null, bullet: null };
  visit(root, (node) => {
    const at = node.position?.start.offset;
    if (at === undefined) return;
    if (node.type === 'emphasis' && !style.emphasis) style.emphasis = text[at] === '_' ? '_' : '*';
    if (node.type === 'strong' && !style.strong) style.strong = text[at] === '_' ? '__' : '**';
    if (node.type === 'list' && !node.ordered && !style.bullet) {
      const mark = text[node.children[0]?.position?.start.offset ?? at];
      if (mark === '-' || mark === '*' || mark === '+') style.bullet = mark;
    }
  });
  return style;
}

/**
 * A piece of rendered Markdown (`node`, parsed from `text`) rewritten in the
 * file's style: emphasis and strong markers, bullets. A marker changes only
 * where the other one means the same: `_` never inside a word.
 */
export function restyle(text: string, node: Nodes, style: FileStyle): string {
  const base = node.position?.start.offset ?? 0;
  const edits: { at: number; length: number; text: string }[] = [];
  visit(node, (inner) => {
    const from = inner.position?.start.offset;
    const to = inner.position?.end.offset;
    if (from === undefined || to === undefined) return;
    if ((inner.type === 'emphasis' && style.emphasis) || (inner.type === 'strong' && style.strong)) {
      const marker = inner.type === 'emphasis' ? style.emphasis! : style.strong!;
      const written = text.slice(from, from + marker.length);
      if (written === marker || written[0] !== '*' && written[0] !== '_') return;
      if (marker[0] === '_' && (/\w/.test(text[from - 1] ?? '') || /\w/.test(text[to] ?? ''))) return;
      edits.push({ at: from, length: marker.length, text: marker }, { at: to - marker.length, length: marker.length, text: marker });
    }
    if (inner.type === 'list' && !inner.ordered && style.bullet) {
      for (const item of inner.children) {
        const at = item.position?.start.offset;
        if (at !== undefined && /[-*+]/.test(text[at] ?? '')) edits.push({ at, length: 1, text: style.bullet });
      }
    }
  });
  let out = text.slice(base, node.position?.end.offset ?? text.length);
  for (const edit of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, edit.at - base) + edit.text + out.slice(edit.at - base + edit.length);
  return out;
}

function visit(node: Nodes, see: (node: Nodes) => void): void {
  see(node);
  if ('children' in node) for (const child of node.children) visit(child, see);
}
