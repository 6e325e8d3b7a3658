import type { Nodes } from 'mdast';
import { valueTexts } from '../blocks/value-texts';
import type { BlockValue, Draft, DraftSection } from '../draft/draft-schema';
import type { Block } from '../template/schema';
import { linkLabel } from './link-label';
import { parseMdast } from '../template/parse-mdast';
import { memoByText } from './memo-by-text';

/** Only text with `]:` in it can define a link; the rest is not parsed. */
const MAY_DEFINE = /\]:/;

/** The labels one text defines; kept by text across runs. */
const definedIn = memoByText((text: string): string[] => {
  const found: string[] = [];
  const visit = (node: Nodes) => {
    // `- [Service]: [Purpose]` reads as a definition, but one that points at a blank defines no link.
    if (node.type === 'definition' && !node.url.startsWith('[')) found.push(linkLabel(node.label ?? node.identifier));
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(parseMdast(text, { frontmatter: false }));
  return found;
});

/**
 * The labels of every link definition the export of the draft holds
 * (`[RFC 3502]: https://…`), as linkLabel gives them: the draft's own texts
 * in switched-on sections, the preamble and the footer, and the template's
 * anchor lines (`[summary]: #summary`), and an imported draft's file. A reference in one section may be
 * defined in another, so they are gathered from the whole draft first.
 */
export function linkDefinitions(draft: Draft, templateBlocks: Iterable<Block>): Set<string> {
  const labels = new Set<string>();
  const read = (text: string) => {
    if (MAY_DEFINE.test(text)) for (const label of definedIn(text)) labels.add(label);
  };
  // Damaged parts are skipped here: the checks that visit them report them, once, where they are.
  const values = (list: BlockValue[]) => {
    if (!Array.isArray(list)) return;
    for (const value of list) {
      try {
        for (const text of valueTexts(value)) if (typeof text === 'string') read(text);
      } catch {
        continue;
      }
    }
  };
  const sections = (list: DraftSection[]) => {
    if (!Array.isArray(list)) return;
    for (const section of list) {
      if (typeof section !== 'object' || section === null || section.enabled === false) continue;
      values(section.blocks);
      sections(section.children);
    }
  };
  values(draft.preamble);
  sections(draft.sections);
  values(draft.footer);
  // An imported file's definitions may stand between the parts the draft holds (after a list, at the end).
  const origin = (draft as { origin?: unknown }).origin;
  if (typeof origin === 'object' && origin !== null && typeof (origin as { source?: unknown }).source === 'string') read((origin as { source: string }).source);
  for (const block of templateBlocks) if (block?.kind === 'raw' && typeof block.text === 'string') read(block.text);
  return labels;
}
