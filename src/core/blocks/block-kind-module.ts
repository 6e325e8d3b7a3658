import type { BlockValue, BlockValueKind } from '../draft/draft-schema';
import type { Chunk } from '../markdown/join-chunks';
import type { Unit } from '../markdown/read-units';
import type { Block, Placeholder } from '../template/schema';
import type { FindingList } from '../validate/finding-list';
import type { Place } from '../validate/place';
import type { TextRef } from '../validate/text-ref';

export type BlockOf<K extends BlockValueKind> = Extract<Block, { kind: K }>;
export type ValueOf<K extends BlockValueKind> = Extract<BlockValue, { kind: K }>;

/** How well a unit of an imported file fills a block of this kind (higher is better), and the value it gives. */
export type KindFit<K extends BlockValueKind> = { weight: number; value: ValueOf<K> };

/** Names a text of a block the way a person would point at it (see validate/block-texts). */
export type TextRefs = {
  ref: (text: string, name: string, field?: string, extra?: Partial<TextRef>) => TextRef;
  /** `Inputs, item 2`, or `Item 2` without a label. */
  item: (k: number) => string;
  /** The block's label, shortened for messages; null without one. */
  label: string | null;
  /** The block sits in success criteria. */
  criterion: boolean;
};

export type ShapeContext = {
  place: Place;
  /** ` in <section>`, or empty. */
  where: string;
  /** The template block's label, whatever its kind. */
  label: string | undefined;
  /** See validate/check-block-shape. */
  sectionHasContent: boolean;
  list: FindingList;
};

export type RenderStyle = {
  /** Block labels and terms as `**Label:**` (labelColonInside). */
  colonInside: boolean;
  /** The level of the section the block is in, 0 before the first section: headings in prose go below it. */
  sectionLevel: number;
};

/** A block as template Markdown, and whether it starts or ends as a list (two lists in a row need a separator). */
export type TemplateText = { text: string; list: boolean };

/**
 * Everything the core knows of one block kind. Each capability is required,
 * so a kind that lacks one does not compile. Methods take the block of their
 * own kind, or none when the template block is gone or of another kind.
 */
export type BlockKindModule<K extends BlockValueKind> = {
  kind: K;
  /** The value a new draft starts with. */
  initialValue(block: BlockOf<K>, today: string): ValueOf<K>;
  /** A value with nothing filled in, for blocks an imported file does not fill. */
  emptyValue(block: BlockOf<K>): ValueOf<K>;
  /** The value's texts, each counted once in completion: a block is filled as far as these are. */
  texts(value: ValueOf<K>): string[];
  /** The same texts, named for the checks' messages. */
  checkTexts(value: ValueOf<K>, block: BlockOf<K> | undefined, refs: TextRefs): TextRef[];
  /** Structure within the block (scenario parts, row widths, JSON that parses). */
  checkShape(value: ValueOf<K>, context: ShapeContext): void;
  /** The value as Markdown, without the block's label; null when there is nothing to write. */
  render(value: ValueOf<K>, block: BlockOf<K> | undefined, style: RenderStyle): Chunk | null;
  /** Reads a unit of an imported file as this block's value, or null when it cannot be one. */
  fit(block: BlockOf<K>, unit: Unit): KindFit<K> | null;
  /** A short description of what an edit removed, for an Undo notice; null when it removed nothing. */
  describeRemoval(before: ValueOf<K>, after: ValueOf<K>): string | null;
  /** The template block as template Markdown, as the template wrote it, without its label. */
  templateText(block: BlockOf<K>, colonInside: boolean): TemplateText | null;
  /** What the block asks the writer for, in a few words (`2 scenarios`); null for nothing. */
  describe(block: BlockOf<K>): string | null;
  /** The placeholders the template block holds. */
  placeholders(block: BlockOf<K>): Placeholder[];
};

/** A block of the value's own kind, or undefined (a damaged draft, a template block that is gone). */
export function sameKind<K extends BlockValueKind>(block: Block | undefined, kind: K): BlockOf<K> | undefined {
  return block?.kind === kind ? (block as BlockOf<K>) : undefined;
}
