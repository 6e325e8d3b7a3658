import { buildBlocks } from '../template/build-blocks';
import type { Token } from '../template/scan-blocks';
import type { Block } from '../template/schema';
import { sourceText, type MarkdownSource } from './markdown-source';

/**
 * One piece of a section body as the importer aligns it with the template's
 * blocks: a token, with the bold label line before it when it has one.
 */
export type Unit = {
  /** Index in the body's tokens of the unit's first token (its label's, when labelled) and of its last. */
  first: number;
  last: number;
  token: Token;
  label?: string;
  /** The engine's reading of a paragraph (or, before the first section, a list), label taken off. */
  built?: Block;
  /** Field lines merged from several paragraphs (`**Why this priority**: ...` then `**Independent Test**: ...`). */
  fields?: { label: string; value: string }[];
  /** The whole unit as written, label included. */
  text: string;
  /** The unit as written without its label line. */
  content: string;
  /** The empty comment the export puts between two lists: a boundary, not content. */
  separator?: boolean;
};

export type KnownGuidance = {
  /** The template section's guidance, as the engine reads it. */
  guidance: Set<string>;
  /** `[Add more ...]` lines of the template's groups. */
  hints: Set<string>;
  /** Before the first section, `- Label: value` items are fields. */
  plainLabels: boolean;
};

/**
 * Tokens -> units. The template's own guidance (its comments, quotes, italic
 * instructions and add hints, which the export leaves out) is dropped; any
 * other comment, quote or italic line is content and kept as written.
 */
export function readUnits(tokens: Token[], source: MarkdownSource, known: KnownGuidance): Unit[] {
  const units: Unit[] = [];
  let label: { text: string; index: number } | undefined;
  const text = (first: number, last: number) => sourceText(source, tokens[first]!, tokens[last]!);
  const flushLabel = () => {
    if (!label) return;
    const written = text(label.index, label.index);
    units.push({ first: label.index, last: label.index, token: tokens[label.index]!, text: written, content: written });
    label = undefined;
  };

  tokens.forEach((token, index) => {
    // A list needs the engine's reading only where `- Label: value` items are fields; elsewhere fitUnit reads its items.
    const read = token.type === 'paragraph' || token.type === 'comment' || token.type === 'quote' || (token.type === 'list' && known.plainLabels);
    const built = read ? buildBlocks([token], { idPrefix: '', plainLabels: known.plainLabels }) : undefined;
    if (token.type === 'comment' && token.text.trim() === '') {
      flushLabel();
      units.push({ first: index, last: index, token, text: text(index, index), content: text(index, index), separator: true });
      return;
    }
    if (built && built.blocks.length === 0) {
      const isKnown =
        (built.guidance.length > 0 || built.addHints.length > 0) &&
        built.guidance.every((g) => known.guidance.has(g) || /^\s*specwright-template\b/.test(g)) &&
        built.addHints.every((h) => known.hints.has(h) || known.guidance.has(h.slice(1, -1)));
      if (isKnown) return;
    }
    const block = built?.blocks[0];
    if (token.type === 'paragraph' && block?.kind === 'prose' && block.label && block.text === '' && built!.blocks.length === 1 && token.lines.length === 1) {
      flushLabel();
      label = { text: block.label, index };
      return;
    }
    if (block?.label && token.type === 'paragraph') {
      // `**Primary Goal:**` with the text on the next lines: one paragraph, label and content.
      flushLabel();
      const written = text(index, index);
      const { label: own, ...rest } = block;
      units.push({ first: index, last: index, token, label: own, built: { ...rest } as Block, text: written, content: written.slice(written.indexOf('\n') + 1) });
      return;
    }
    const written = text(index, index);
    const unit: Unit = { first: index, last: index, token, text: written, content: written };
    if (block && (token.type === 'paragraph' || token.type === 'list')) unit.built = block;
    if (label) {
      unit.first = label.index;
      unit.label = label.text;
      unit.text = label.index + 1 === index ? text(label.index, index) : `${text(label.index, label.index)}\n\n${written}`;
      label = undefined;
    }
    units.push(unit);
  });
  flushLabel();
  return units;
}
