import type { Nodes, Parent, RootContent } from 'mdast';
import { parseMdast } from '../markdown/parse-mdast';

/**
 * A changed piece of a document, written back with as little change as its
 * edit needs. `original` is the piece as the file has it, `rendered` the
 * piece as the draft now renders it (in the template's style). Every block
 * of `rendered` that means the same as a block of `original` (equal mdast,
 * positions aside: `*a*` and `_a_`, `*` and `-` bullets are the same) is
 * written as the original's text; in a list or table that changed, the same
 * holds item by item and row by row. What the draft cannot hold (HTML
 * comments, link definitions) stays where it stood. Only blocks the user
 * changed come out in the rendered form.
 */
export function mergeMarkdown(original: string, rendered: string): string {
  if (original === rendered) return original;
  const a = parseMdast(original);
  const b = parseMdast(rendered);
  return mergeChildren({ text: original, nodes: a.children }, { text: rendered, nodes: b.children }, '\n\n');
}

type Side = { text: string; nodes: RootContent[] };
type Piece = { text: string; from: 'a' | 'b'; index: number };

/** `headGap`: the text that must follow the first child (a table's delimiter row), when it is the original's. */
function mergeChildren(a: Side, b: Side, defaultGap: string, headGap?: string): string {
  const sigA = a.nodes.map(signature);
  const sigB = b.nodes.map(signature);
  const match = matchEqual(sigA, sigB);
  const pieces: Piece[] = [];
  let nextA = 0;
  const takeSticky = (until: number) => {
    for (; nextA < until; nextA++) if (isSticky(a.nodes[nextA]!)) pieces.push({ text: slice(a, nextA), from: 'a', index: nextA });
  };
  b.nodes.forEach((node, j) => {
    const i = match[j];
    if (i !== undefined) {
      takeSticky(i);
      pieces.push({ text: slice(a, i), from: 'a', index: i });
      nextA = i + 1;
      return;
    }
    // A list or table that changed inside: merge its items or rows, when the original has one of the same kind here.
    const nextMatched = match.slice(j + 1).find((m) => m !== undefined) ?? a.nodes.length;
    const twin = findTwin(a.nodes, node, nextA, nextMatched, match);
    if (twin !== undefined) {
      takeSticky(twin);
      const inner = innerMerge(a, twin, b, j);
      pieces.push({ text: inner, from: 'a', index: twin });
      nextA = twin + 1;
      return;
    }
    pieces.push({ text: slice(b, j), from: 'b', index: j });
  });
  takeSticky(a.nodes.length);
  let out = '';
  pieces.forEach((piece, k) => {
    if (k > 0) out += k === 1 && headGap !== undefined ? headGap : gapBetween(pieces[k - 1]!, piece, a, b, defaultGap);
    out += piece.text;
  });
  return out;
}

function gapBetween(prev: Piece, next: Piece, a: Side, b: Side, defaultGap: string): string {
  const side = prev.from === next.from && next.index === prev.index + 1 ? (prev.from === 'a' ? a : b) : null;
  if (!side) return defaultGap;
  return side.text.slice(end(side.nodes[prev.index]!), start(side.nodes[next.index]!));
}

function innerMerge(a: Side, i: number, b: Side, j: number): string {
  const outer = a.nodes[i] as Parent & Nodes;
  const inner = b.nodes[j] as Parent & Nodes;
  const head = a.text.slice(start(outer), start(outer.children[0]!));
  const tail = a.text.slice(end(outer.children[outer.children.length - 1]!), end(outer));
  const gap = outer.type === 'table' ? '\n' : listGap(a.text, outer);
  // The table's delimiter row is not a node: it stays after the header row (equal in both, see findTwin), as the file wrote it.
  const headGap = outer.type === 'table' ? a.text.slice(end(outer.children[0]!), start(outer.children[1]!)) : undefined;
  const merged = mergeChildren({ text: a.text, nodes: outer.children as RootContent[] }, { text: b.text, nodes: inner.children as RootContent[] }, gap, headGap);
  return head + merged + tail;
}

function listGap(text: string, list: Parent & Nodes): string {
  const [first, second] = list.children;
  return first && second ? text.slice(end(first), start(second)) : '\n';
}

/** The unmatched original node of the same container kind between the last and next matched ones, if it is the only one. */
function findTwin(nodes: RootContent[], node: RootContent, from: number, to: number, match: (number | undefined)[]): number | undefined {
  if (node.type !== 'list' && node.type !== 'table') return undefined;
  const taken = new Set(match.filter((m) => m !== undefined));
  for (let k = from; k < to; k++) {
    const candidate = nodes[k]!;
    if (taken.has(k) || candidate.type !== node.type) continue;
    if (candidate.type === 'list' && node.type === 'list' && candidate.ordered !== node.ordered) continue;
    if (candidate.type === 'table' && node.type === 'table' && !(candidate.children.length >= 2 && signature(candidate.children[0]!) === signature(node.children[0]!))) continue;
    return k;
  }
  return undefined;
}

/** Kept where it stood though the draft has no place for it. */
function isSticky(node: RootContent): boolean {
  return (node.type === 'html' && node.value.trimStart().startsWith('<!--')) || node.type === 'definition';
}

function slice(side: Side, k: number): string {
  const node = side.nodes[k]!;
  return side.text.slice(start(node), end(node));
}

function start(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function end(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** A node's meaning: its mdast without positions. */
function signature(node: RootContent): string {
  return JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value));
}

/**
 * For each item of `b`, the index of its equal partner in `a`: the common
 * start and end first (an edit usually changes one block), then a longest
 * common subsequence of the middle when it is small enough to pair in
 * O(n·m); a larger middle is written as rendered.
 */
function matchEqual(a: string[], b: string[]): (number | undefined)[] {
  const match: (number | undefined)[] = new Array<number | undefined>(b.length).fill(undefined);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) match[head] = head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) {
    match[b.length - 1 - tail] = a.length - 1 - tail;
    tail++;
  }
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  if (midA.length * midB.length > 250_000) return match;
  lcs(midA, midB).forEach((i, j) => {
    if (i !== undefined) match[head + j] = head + i;
  });
  return match;
}

function lcs(a: string[], b: string[]): (number | undefined)[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const best = new Int32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      best[i * width + j] = a[i] === b[j] ? best[(i + 1) * width + j + 1]! + 1 : Math.max(best[(i + 1) * width + j]!, best[i * width + j + 1]!);
    }
  }
  const match: (number | undefined)[] = new Array<number | undefined>(m).fill(undefined);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      match[j] = i;
      i++;
      j++;
    } else if (best[(i + 1) * width + j]! >= best[i * width + j + 1]!) i++;
    else j++;
  }
  return match;
}
