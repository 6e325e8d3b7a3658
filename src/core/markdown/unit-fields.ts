import { PLAIN_LABEL } from '../template/plain-label';
import type { Block } from '../template/schema';
import { unwrapCodeSpan } from './code-span';
import { unescapeInlinePipes } from './inline-field-pipes';
import { BOLD_ITEM, listItems } from './list-items';
import type { Unit } from './read-units';

type Field = Extract<Block, { kind: 'fields' }>['fields'][number];

/** Label/value pairs of a unit that is field lines, a list of bold labels or a list of plain `Label: value` items. */
export function unitFields(unit: Unit): { label: string; value: string }[] | null {
  if (unit.fields) return unit.fields;
  const built = unit.built;
  if (built?.kind === 'fields') return built.fields.map((f) => ({ label: f.label, value: f.templateValue }));
  if (unit.token.type !== 'list') return null;
  const pairs: { label: string; value: string }[] = [];
  for (const item of listItems(unit.token.items, unit.token.ordered)) {
    const match = BOLD_ITEM.exec(item);
    const plain = match ? null : PLAIN_LABEL.exec(item.trim());
    if (plain) pairs.push({ label: plain[1]!.trim(), value: plain[2]!.trim() });
    else if (!match || (!match[2] && !match[3])) return null;
    else pairs.push({ label: match[1]!.trim(), value: match[4]!.trim() });
  }
  return pairs;
}

/**
 * A field's value as the draft keeps it: out of its code span when the
 * template wraps it, pipes unescaped on a field line (escapeInlinePipes).
 */
export function fieldValue(field: { wrap?: string | undefined }, value: string, onFieldLine: boolean): string {
  if (field.wrap) return unwrapCodeSpan(value) ?? value;
  return onFieldLine ? unescapeInlinePipes(value) : value;
}

const labelIndex = new WeakMap<Block, Map<string, Field>>();

/** A fields block's fields by normalised label, built once per template block. */
export function fieldsByLabel(block: Extract<Block, { kind: 'fields' }>): Map<string, Field> {
  let index = labelIndex.get(block);
  if (!index) {
    index = new Map(block.fields.map((f) => [normaliseLabel(f.label), f]));
    labelIndex.set(block, index);
  }
  return index;
}

/** `Acceptance Scenarios:` and `acceptance  scenarios` are one label. */
export function normaliseLabel(label: string): string {
  return label.trim().replace(/:$/, '').trim().toLowerCase().replace(/\s+/g, ' ');
}
