import type { Definition, Nodes, Parent, RootContent } from 'mdast';
import { parseMdast } from '../template/parse-mdast';
import { fileStyle, restyle, type FileStyle } from './file-style';

/**
 * A changed piece of a document, written back with as little change as its
 * edit needs. `original` is the piece as the file has it, `rendered` the
 * piece as the draft now renders it (in the template's style). Every block
 * of `rendered` that means the same as a block of `original` (equal mdast,
 * positions aside: `*a*` and `_a_`, `*` and `-` bullets are the same) is
 * written as the original's text; in a list or table that changed, the same
 * holds item by item and row by row. What the draft cannot hold (HTML,
 * link definitions, a list's looseness) stays where it stood. Only blocks the user
 * changed come out in the rendered form.
 */
export function mergeMarkdown(original: string, rendered: string): string {
  if (original === rendered) return original;
  const a = parseMdast(original, { frontmatter: false });
  const definitions = new Map<string, Definition>();
  for (const node of a.children) if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  // The rendered text is read with the original's link definitions, so `[RFC 3502]` means there what it means here.
  const defined = [...definitions.values()].map((d) => original.slice(start(d), end(d))).join('\n');
  const b = parseMdast(defined ? `${rendered}\n\n${defined}` : rendered, { frontmatter: false });
  const own = b.children.filter((node) => start(node) < rendered.length);
  const style = fileStyle(a, original);
  return mergeChildren({ text: original, nodes: a.children, definitions, style }, { text: rendered, nodes: own, definitions, style }, '\n\n');
}

type Side = { text: string; nodes: RootContent[]; definitions: Map<string, Definition>; style: FileStyle };
type Piece = { text: string; from: 'a' | 'b'; index: number };

/** `headGap`: the text that must follow the first child (a table's delimiter row), when it is the original's. */
function mergeChildren(a: Side, b: Side, defaultGap: string, headGap?: string, marker?: string): string {
  const sigA = a.nodes.map((node) => signature(node, a.definitions));
  const sigB = b.nodes.map((node) => signature(node, b.definitions));
  const match = matchEqual(sigA, sigB);
  const pieces: Piece[] = [];
  let nextA = 0;
  // HTML is kept for a renderer that drops it (the rich-text editor); one that writes HTML itself has said what it wants.
  const keepHtml = !b.nodes.some((node) => node.type === 'html' && !/^<!--\s*-->$/.test(node.value.trim()));
  const takeSticky = (until: number) => {
    for (; nextA < until; nextA++) {
      const node = a.nodes[nextA]!;
      if (node.type === 'definition' || (node.type === 'html' && keepHtml)) pieces.push({ text: slice(a, nextA), from: 'a', index: nextA });
    }
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
    const twin = findTwin(a.nodes, node, nextA, nextMatched, match, a.definitions);
    if (twin !== undefined) {
      takeSticky(twin);
      const inner = innerMerge(a, twin, b, j);
      pieces.push({ text: inner, from: 'a', index: twin });
      nextA = twin + 1;
      return;
    }
    // A new item takes the list's own marker: `- b` among `* a` items would start another list.
    // The rich-text editor shows an HTML block's text without its tags: that text is the block, kept above, not new text.
    if (isHtmlReading(node, a.nodes.slice(nextA, nextMatched))) return;
    // Written anew, in the file's own style (its emphasis markers and bullets).
    const text = b.text.slice(lineStart(b.text, node), start(node)) + restyle(b.text, node, b.style);
    pieces.push({ text: marker ? withMarker(text, marker) : text, from: 'b', index: j });
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
  const from = end(side.nodes[prev.index]!);
  return side.text.slice(from, Math.max(from, lineStart(side.text, side.nodes[next.index]!)));
}

function innerMerge(a: Side, i: number, b: Side, j: number): string {
  const outer = a.nodes[i] as Parent & Nodes;
  const inner = b.nodes[j] as Parent & Nodes;
  const head = a.text.slice(start(outer), Math.max(start(outer), lineStart(a.text, outer.children[0]!)));
  const tail = a.text.slice(end(outer.children[outer.children.length - 1]!), end(outer));
  const gap = outer.type === 'table' ? '\n' : listGap(a.text, outer);
  // The table's delimiter row is not a node: it stays after the header row (equal in both, see findTwin), as the file wrote it.
  const headGap = outer.type === 'table' ? a.text.slice(end(outer.children[0]!), lineStart(a.text, outer.children[1]!)) : undefined;
  const merged = mergeChildren({ ...a, nodes: outer.children as RootContent[] }, { ...b, nodes: inner.children as RootContent[] }, gap, headGap, outer.type === 'list' ? listMarker(a.text, outer) : undefined);
  return a.text.slice(lineStart(a.text, outer), start(outer)) + head + merged + tail;
}

/** The list's bullet (`*`) or ordered delimiter (`)`), as its first item writes it. */
function listMarker(text: string, list: Parent & Nodes): string | undefined {
  const first = list.children[0];
  if (!first) return undefined;
  const match = /^(?:([-*+])|\d{1,9}([.)]))/.exec(text.slice(start(first)));
  return match?.[1] ?? match?.[2];
}

function withMarker(item: string, marker: string): string {
  return marker === '.' || marker === ')' ? item.replace(/^(\d{1,9})[.)]/, `$1${marker}`) : item.replace(/^[-*+]/, marker);
}

function listGap(text: string, list: Parent & Nodes): string {
  const [first, second] = list.children;
  return first && second ? text.slice(end(first), lineStart(text, second)) : '\n';
}

/** The unmatched original node of the same container kind between the last and next matched ones, if it is the only one. */
function findTwin(nodes: RootContent[], node: RootContent, from: number, to: number, match: (number | undefined)[], definitions: Map<string, Definition>): number | undefined {
  if (node.type !== 'list' && node.type !== 'table') return undefined;
  const taken = new Set(match.filter((m) => m !== undefined));
  for (let k = from; k < to; k++) {
    const candidate = nodes[k]!;
    if (taken.has(k) || candidate.type !== node.type) continue;
    if (candidate.type === 'list' && node.type === 'list' && candidate.ordered !== node.ordered) continue;
    if (candidate.type === 'table' && node.type === 'table' && !(candidate.children.length >= 2 && signature(candidate.children[0]!, definitions) === signature(node.children[0]!, definitions))) continue;
    return k;
  }
  return undefined;
}

function isHtmlReading(node: RootContent, nearby: RootContent[]): boolean {
  if (node.type !== 'paragraph') return false;
  const text = plainText(node).trim();
  return text !== '' && nearby.some((other) => other.type === 'html' && other.value.includes(text));
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? node.children.map((child) => plainText(child)).join('') : '';
}

/**
 * A node's text, with the indentation before it on its first line:
 * indentation is part of what a block means. Never before the end of the
 * node before it: a setext heading's position takes in the link definitions
 * written above it in its paragraph.
 */
function slice(side: Side, k: number): string {
  const node = side.nodes[k]!;
  const previous = side.nodes[k - 1];
  return side.text.slice(Math.max(lineStart(side.text, node), previous ? end(previous) : 0), end(node));
}

/** Where the node's first line starts, when only blanks stand before the node on it; else the node's own start. */
function lineStart(text: string, node: Nodes): number {
  let at = start(node);
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at === 0 || text[at - 1] === '\n' ? at : start(node);
}

function start(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function end(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/**
 * A node's meaning: its mdast without positions, a reference link as the
 * link it resolves to (`[RFC 3502]` and `[RFC 3502](https://…)` are one link).
 */
function signature(node: RootContent, definitions: Map<string, Definition>): string {
  return JSON.stringify(node, (key, value: unknown) => {
    // Whether a list is loose is not something the rich-text editor can keep or change: it writes every list tight.
    if (key === 'position' || key === 'spread') return undefined;
    if (typeof value !== 'object' || value === null || !('type' in value)) return value;
    const ref = value as Nodes;
    if (ref.type !== 'linkReference' && ref.type !== 'imageReference') return value;
    const target = definitions.get(ref.identifier);
    if (!target) return value;
    return ref.type === 'linkReference'
      ? // In the key order mdast gives a link, so the two texts compare equal.
        { type: 'link', title: target.title ?? null, url: target.url, children: ref.children }
      : { type: 'image', title: target.title ?? null, url: target.url, alt: ref.alt ?? null };
  });
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
