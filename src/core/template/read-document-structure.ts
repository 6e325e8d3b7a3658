import type { Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { parseMdast } from './parse-mdast';
import type { DocumentHeading, DocumentStructure } from './document-structure';
import { readStructureFast, yamlKeys } from './read-structure-fast';

export type { DocumentHeading, DocumentStructure } from './document-structure';

const PLAIN_LABEL = /^([A-Z][\p{L}\p{N} ()/&'-]{0,40}?):(?:\s|$)/u;

/**
 * A Markdown document -> its headings (ATX and setext; never a `#` line in
 * code), its frontmatter keys and its field labels. Uses the CommonMark
 * parser so the structure is what a renderer shows.
 */
export function readDocumentStructure(markdown: string): DocumentStructure {
  // The import screen matches templates and makes the free-form one from the same text, and the parse is
  // most of the cost (about 10 ms per KB on a slow machine): the last answer is kept. Callers get a copy.
  if (last?.markdown !== markdown) last = { markdown, structure: readStructure(markdown) };
  const { structure } = last;
  return { ...structure, headings: structure.headings.map((h) => ({ ...h })), frontmatterKeys: [...structure.frontmatterKeys], labels: [...structure.labels] };
}

let last: { markdown: string; structure: DocumentStructure } | undefined;

/**
 * Most specs are read line by line (readStructureFast, tens of times faster);
 * a document with anything that reader does not follow exactly is parsed.
 */
function readStructure(markdown: string): DocumentStructure {
  return readStructureFast(markdown, isolatedLabels) ?? parsedStructure(markdown);
}

/** A paragraph's labels from its text alone, when that text is one paragraph. */
function isolatedLabels(content: string, inList: boolean): string[] | null {
  const { children } = parseMdast(content, { frontmatter: false });
  const [only] = children;
  return children.length === 1 && only?.type === 'paragraph' ? paragraphLabels(only, inList) : null;
}

/** readDocumentStructure by the CommonMark parser, whatever the document holds. */
export function parsedStructure(markdown: string): DocumentStructure {
  const root = parseMdast(markdown);
  const headings: DocumentHeading[] = [];
  const frontmatterKeys: string[] = [];
  const labels: string[] = [];
  let hasPreamble = false;

  // Headings count at the top level only: one in a list item or a blockquote is no section.
  const visit = (node: RootContent, inList: boolean, nested: boolean): void => {
    if (node.type === 'heading') {
      if (nested) return;
      const line = node.position?.start.line ?? 0;
      headings.push({ level: node.depth, text: inlineSource(markdown, node.children), line, endLine: node.position?.end.line ?? line });
      return;
    }
    if (node.type === 'paragraph') {
      labels.push(...paragraphLabels(node, inList));
      return;
    }
    if (node.type === 'list') {
      for (const item of node.children) for (const child of item.children) visit(child, true, true);
      return;
    }
    if (node.type === 'blockquote') for (const child of node.children) visit(child, inList, true);
  };

  for (const node of root.children) {
    if (node.type === 'yaml') {
      frontmatterKeys.push(...yamlKeys(node.value.split('\n')));
      continue;
    }
    if (headings.length === 0 && node.type !== 'heading') hasPreamble = true;
    visit(node, false, false);
  }
  return { headings, frontmatterKeys, labels, hasPreamble };
}

/** The source text of a run of inline nodes: a heading's text as written (`User Scenarios *(mandatory)*`). */
function inlineSource(markdown: string, children: PhrasingContent[]): string {
  const first = children[0]?.position?.start.offset;
  const last = children[children.length - 1]?.position?.end.offset;
  if (first === undefined || last === undefined) return '';
  return markdown.slice(first, last).replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * `**Label**: …` or `**Label:** …` at the start of each line of a paragraph
 * (metadata lines held together by hard breaks are one paragraph), or in a
 * list `Label: …` at its start.
 */
function paragraphLabels(paragraph: Paragraph, inList: boolean): string[] {
  const labels: string[] = [];
  const children = paragraph.children;
  children.forEach((node, k) => {
    const before = children[k - 1];
    const lineStart = k === 0 || before?.type === 'break' || (before?.type === 'text' && before.value.endsWith('\n'));
    if (!lineStart || node.type !== 'strong') return;
    const text = plainText(node).trim();
    const next = children[k + 1];
    if (text.endsWith(':') && text.length > 1) labels.push(text.slice(0, -1).trim());
    else if (text && next?.type === 'text' && next.value.startsWith(':')) labels.push(text);
  });
  const [first] = children;
  if (labels.length === 0 && inList && first?.type === 'text') {
    const plain = PLAIN_LABEL.exec(first.value)?.[1]?.trim();
    if (plain) labels.push(plain);
  }
  return labels;
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
