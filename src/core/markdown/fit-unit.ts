import { blockKind } from '../blocks/block-kinds';
import type { BlockValue } from '../draft/draft-schema';
import type { Block } from '../template/schema';
import { exportProse } from './prose-text';
import type { Unit } from './read-units';
import { renderBlock } from './render-block';
import { normaliseLabel } from './unit-fields';

/** How well a unit fills a block (higher is better) and the value it gives; rules and anchors give none. */
export type Fit = { weight: number; value: BlockValue | null };

/** A matching label counts for more than any kind match, so labelled blocks anchor the alignment. */
const LABEL_BONUS = 10;
/** A unit the block writes back exactly as it stands is most likely that block's. */
const EXACT_BONUS = 3;

export type FitContext = {
  /** The document's label style (labelColonInside). */
  colonInside: boolean;
  /**
   * The section has a prose block, so an unlabelled list or table may be
   * part of the user's prose: it is taken as a block only when the block
   * writes it back exactly as it stands. Otherwise an ordered list or a
   * padded table from the prose would be rewritten by the next export, and
   * export -> import -> export would not be stable.
   */
  proseNearby: boolean;
};


/**
 * Whether a unit of a file can fill a template block, read as that block's
 * kind. Unlabelled prose blocks are not aligned: they take what is left
 * between the blocks that are (see importBody).
 */
export function fitUnit(block: Block, unit: Unit, context: FitContext): Fit | null {
  if (unit.separator) return null;
  // A labelled block's content comes under its label: the export always writes it.
  if ((unit.label === undefined) !== (block.label === undefined)) return null;
  if (unit.label !== undefined && block.label !== undefined && !sameLabel(block.label, unit.label)) return null;
  const fit = fitKind(block, unit);
  if (!fit) return null;
  let weight = fit.weight + (unit.label !== undefined ? LABEL_BONUS : 0);
  if (fit.value && fit.value.kind !== 'prose') {
    // Not prose, so the section level (for headings in prose) does not matter.
    const exact = renderBlock(fit.value, block, { colonInside: context.colonInside, sectionLevel: 1 })?.text === writtenAsExported(unit);
    if (exact) weight += EXACT_BONUS;
    else if (context.proseNearby && unit.label === undefined) return null;
  }
  return { weight, value: fit.value };
}

function fitKind(block: Block, unit: Unit): Fit | null {
  const { token } = unit;
  if (block.kind === 'rule') return token.type === 'rule' && unit.label === undefined ? { weight: 2, value: null } : null;
  if (block.kind === 'raw') return token.type === 'linkref' && token.text === block.text.trim() ? { weight: 2, value: null } : null;
  return blockKind(block.kind).fit(block, unit);
}

function sameLabel(a: string, b: string): boolean {
  return normaliseLabel(a) === normaliseLabel(b);
}

const exported = new WeakMap<Unit, string>();

/** The unit's text with the export's whitespace rules applied, worked out once per unit. */
function writtenAsExported(unit: Unit): string {
  let text = exported.get(unit);
  if (text === undefined) {
    text = exportProse(unit.text);
    exported.set(unit, text);
  }
  return text;
}
