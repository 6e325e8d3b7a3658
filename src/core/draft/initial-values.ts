import { blockKind, isRegisteredBlock } from '../blocks/block-kinds';
import { initialText } from '../blocks/initial-text';
import type { Block, Field } from '../template/schema';
import type { BlockValue } from './draft-schema';

export { initialText };

/** `today` is `YYYY-MM-DD`. */
export function initialFieldValue(field: Field, today: string): string {
  if (field.defaultValue !== undefined) return field.defaultValue;
  if (field.type === 'date') return today;
  if (field.type === 'enum') {
    const explicitlyEmpty = /^(""|'')?$/.test(field.templateValue.trim());
    return explicitlyEmpty ? '' : (field.options?.[0] ?? '');
  }
  return '';
}

/** The starting value of one template block, or null for blocks a user does not edit (rules, link anchors). */
export function initialBlockValue(block: Block, today: string): BlockValue | null {
  if (isRegisteredBlock(block)) return blockKind(block.kind).initialValue(block, today);
  const blockId = block.id;
  switch (block.kind) {
    case 'fields':
      return { kind: 'fields', blockId, values: Object.fromEntries(block.fields.map((f) => [f.key, initialFieldValue(f, today)])) };
    case 'raw':
    case 'rule':
      return null;
  }
}

export function initialBlockValues(blocks: Block[], today: string): BlockValue[] {
  return blocks.map((b) => initialBlockValue(b, today)).filter((v): v is BlockValue => v !== null);
}
