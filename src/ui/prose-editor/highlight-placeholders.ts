import { placeholderRanges, type PlaceholderRange, type TextRunKind } from './placeholder-ranges';
import { templatePlaceholderClass } from './template-placeholder-class';

/** Inline elements that do not interrupt a run: `[FEATURE **NAME**]` is one placeholder. */
const FORMATTING = new Set(['STRONG', 'B', 'EM', 'I', 'DEL', 'S', 'INS', 'U', 'MARK', 'SPAN', 'SMALL', 'SUB', 'SUP', 'KBD', 'ABBR', 'Q', 'VAR', 'SAMP']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

type Run = { kind: TextRunKind; nodes: Text[] };

/**
 * Wraps template placeholders in the rendered HTML under `root` in
 * `<mark class="template-placeholder">`. Text is taken in runs the way the
 * live editor takes it (see `TemplatePlaceholderHighlight`): a run ends at a
 * block, a line break, a link or a code span, so both views mark the same text.
 */
export function highlightPlaceholders(root: Node): void {
  const runs: Run[] = [];
  let current: Run | null = null;

  const visit = (node: Node, kind: TextRunKind | null): void => {
    if (node.nodeType === 3) {
      if (kind === null) {
        current = null;
        return;
      }
      if (current === null || current.kind !== kind) {
        current = { kind, nodes: [] };
        runs.push(current);
      }
      current.nodes.push(node as Text);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const element = node as Element;
    const tag = node.nodeType === 1 ? element.tagName : '';
    const continuesRun = FORMATTING.has(tag);
    if (!continuesRun) current = null;
    const childKind = runKindInside(tag, kind);
    for (const child of Array.from(node.childNodes)) visit(child, childKind);
    if (!continuesRun) current = null;
  };
  visit(root, 'text');

  for (const run of runs) {
    const text = run.nodes.map((n) => n.data).join('');
    const ranges = placeholderRanges(text, run.kind);
    if (ranges.length > 0) wrapRanges(run.nodes, ranges);
  }
}

/** The kind of run inside an element, or null where placeholders are not looked for. */
function runKindInside(tag: string, outer: TextRunKind | null): TextRunKind | null {
  if (outer === null) return null;
  switch (tag) {
    case 'A':
    case 'SCRIPT':
    case 'STYLE':
      return null; // a link's text is not a blank; the engine masks links too
    case 'PRE':
      return 'code-block';
    case 'CODE':
      if (outer === 'code-block') return 'code-block';
      return outer === 'heading' ? null : 'code-span';
    default:
      return HEADINGS.has(tag) ? 'heading' : outer;
  }
}

function wrapRanges(nodes: readonly Text[], ranges: readonly PlaceholderRange[]): void {
  let offset = 0;
  for (const node of nodes) {
    const start = offset;
    const end = start + node.data.length;
    offset = end;
    const pieces = ranges.filter((r) => r.from < end && r.to > start);
    if (pieces.length === 0) continue;
    const doc = node.ownerDocument;
    const fragment = doc.createDocumentFragment();
    let cursor = start;
    for (const range of pieces) {
      const from = Math.max(range.from, start);
      const to = Math.min(range.to, end);
      if (from > cursor) fragment.append(node.data.slice(cursor - start, from - start));
      const mark = doc.createElement('mark');
      mark.className = templatePlaceholderClass(range.kind);
      mark.dataset.placeholderKind = range.kind;
      mark.textContent = node.data.slice(from - start, to - start);
      fragment.append(mark);
      cursor = to;
    }
    if (cursor < end) fragment.append(node.data.slice(cursor - start));
    node.replaceWith(fragment);
  }
}
