export type MarkedRange = { id: string; from: number; to: number; current: boolean };

const CONTAINERS = new Set(['DIV', 'UL', 'OL', 'LI', 'TABLE', 'THEAD', 'TBODY', 'TR', 'BLOCKQUOTE']);

/**
 * Wraps the commented words of a prose field at rest in `<mark>`s, counting
 * text offsets as the editor does (its text nodes only): the line breaks
 * between blocks the HTML has and the editor does not are skipped, and so is
 * the newline that ends a code block.
 */
export function markTextRanges(root: HTMLElement, ranges: readonly MarkedRange[]): void {
  const old = root.querySelectorAll('mark.comment-range');
  for (const mark of old) mark.replaceWith(...mark.childNodes);
  if (old.length > 0) root.normalize();
  if (ranges.length === 0) return;
  const texts: { node: Text; offset: number; length: number }[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || (CONTAINERS.has(parent.tagName) && node.data.trim() === '')) continue;
    let length = node.data.length;
    if (parent.tagName === 'CODE' && parent.parentElement?.tagName === 'PRE' && node.data.endsWith('\n') && !node.nextSibling) length -= 1;
    texts.push({ node, offset, length });
    offset += length;
  }
  // Last range first, and within a text node from its end, so earlier offsets stay where they are.
  const pieces: { node: Text; start: number; end: number; range: MarkedRange }[] = [];
  for (const range of ranges) {
    for (const text of texts) {
      const start = Math.max(range.from, text.offset);
      const end = Math.min(range.to, text.offset + text.length);
      if (start < end) pieces.push({ node: text.node, start: start - text.offset, end: end - text.offset, range });
    }
  }
  pieces.sort((a, b) => b.start - a.start);
  for (const { node, start, end, range } of pieces) {
    if (end > node.data.length) continue;
    const inner = node.splitText(start);
    inner.splitText(end - start);
    const mark = root.ownerDocument.createElement('mark');
    mark.className = `comment-range${range.current ? ' is-current' : ''}`;
    mark.dataset.commentId = range.id;
    inner.replaceWith(mark);
    mark.append(inner);
  }
}
