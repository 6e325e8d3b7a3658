import { buildBlocks } from '../template/build-blocks';
import { scanBlocks, type Token } from '../template/scan-blocks';
import { normaliseLabel } from './unit-fields';
import { unescapeClosingHashes } from './heading-flag';
import { markdownSource, type MarkdownSource } from './markdown-source';

/** A heading of an imported file with the tokens under it (up to the next heading) and its subsections. */
export type FileSection = { heading: string; level: number; token: Token; body: Token[]; children: FileSection[] };

export type Outline = {
  /** The H1 title line's text, when the file starts with one. */
  title: string | null;
  /** The title line's token. */
  titleToken: Token | null;
  /** Tokens before the first section heading (the title's excepted). */
  preamble: Token[];
  sections: FileSection[];
  /** A closing `---` and the field lines after it, at the very end (`**Spec Status:** ...`). */
  footer: Token[];
  source: MarkdownSource;
};

type OutlineOptions = {
  /** Read a first H1 as the title line. */
  title: boolean;
  /** Labels of the template's footer fields, to find the footer by. */
  footerLabels: string[];
};

/** Lines of a file (after its frontmatter) -> title, preamble, section tree and footer. One scan, linear. */
export function readOutline(lines: string[], bodyStart: number, options: OutlineOptions): Outline {
  const tokens = scanBlocks(lines.slice(bodyStart), bodyStart + 1);
  const source = markdownSource(lines, tokens);
  const roots: FileSection[] = [];
  const stack: FileSection[] = [];
  const preamble: Token[] = [];
  let title: string | null = null;
  let titleToken: Token | null = null;
  let seenHeading = false;
  for (const token of tokens) {
    if (token.type !== 'heading') {
      (stack[stack.length - 1]?.body ?? preamble).push(token);
      continue;
    }
    if (!seenHeading && options.title && token.level === 1) {
      seenHeading = true;
      title = unescapeClosingHashes(token.text);
      titleToken = token;
      continue;
    }
    seenHeading = true;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= token.level) stack.pop();
    const section: FileSection = { heading: unescapeClosingHashes(token.text), level: token.level, token, body: [], children: [] };
    (stack[stack.length - 1]?.children ?? roots).push(section);
    stack.push(section);
  }
  const last = lastSection(roots);
  const footer = takeFooter(last ? last.body : preamble, options.footerLabels);
  return { title, titleToken, preamble, sections: roots, footer, source };
}

function lastSection(sections: FileSection[]): FileSection | undefined {
  let last = sections[sections.length - 1];
  while (last && last.children.length > 0) last = last.children[last.children.length - 1];
  return last;
}

/** Splices the footer off the end of `body`: a rule followed only by field lines with the footer's labels. */
function takeFooter(body: Token[], labels: string[]): Token[] {
  if (labels.length === 0) return [];
  const known = new Set(labels.map(normaliseLabel));
  let rule = -1;
  for (let k = body.length - 1; k >= 0; k--) {
    if (body[k]!.type === 'rule') {
      rule = k;
      break;
    }
  }
  if (rule < 0 || rule === body.length - 1) return [];
  const isFooterLines = body.slice(rule + 1).every((token) => {
    if (token.type !== 'paragraph') return false;
    const block = buildBlocks([token], { idPrefix: '' }).blocks[0];
    return block?.kind === 'fields' && block.label === undefined && block.fields.every((f) => known.has(normaliseLabel(f.label)));
  });
  return isFooterLines ? body.splice(rule) : [];
}
