import { sameKind } from '../blocks/block-kind-module';
import { blockKind, isRegisteredValue } from '../blocks/block-kinds';
import type { BlockValue } from '../draft/draft-schema';
import type { Block } from '../template/schema';
import type { Place } from './place';
import { shown } from './message-text';
import { CRITERIA_TITLE, type TextRef } from './text-ref';

/**
 * Every text value of one block, named the way a person would point at it.
 * `criterion` says the block sits in success criteria; a label (`Launch
 * Criteria`), a field (`Success Metric`) or an SC list can make it so too.
 */
export function blockTexts(value: BlockValue, block: Block | undefined, place: Place, where: string | null, criterion: boolean): TextRef[] {
  const label = typeof block?.label === 'string' && block.label.trim() ? shown(block.label, 60) : null;
  const inCriteria = criterion || (label !== null && CRITERIA_TITLE.test(label));
  const ref = (text: string, name: string, field?: string, extra?: Partial<TextRef>): TextRef => ({
    text,
    context: 'text',
    place,
    name,
    where,
    criterion: inCriteria,
    ...(field === undefined ? {} : { field }),
    ...extra,
  });
  const item = (k: number) => (label ? `${label}, item ${k + 1}` : `Item ${k + 1}`);

  if (!isRegisteredValue(value)) throw new TypeError(`Unknown block value kind ${String((value as { kind?: unknown }).kind)}`);
  return blockKind(value.kind).checkTexts(value, sameKind(block, value.kind), { ref, item, label, criterion: inCriteria });
}
