import { blockKind, isRegisteredBlock } from '../blocks/block-kinds';
import { initialFieldValue } from '../blocks/fields/initial-field-value';
import { initialText } from '../blocks/initial-text';
import type { Block } from '../template/schema';
import type { BlockValue } from './draft-schema';

export { initialFieldValue, initialText };

/** The starting value of one template block, or null for blocks a user does not edit (rules, link anchors). */
export function initialBlockValue(block: Block, today: string): BlockValue | null {
  return isRegisteredBlock(block) ? blockKind(block.kind).initialValue(block, today) : null;
}

export function initialBlockValues(blocks: Block[], today: string): BlockValue[] {
  return blocks.map((b) => initialBlockValue(b, today)).filter((v): v is BlockValue => v !== null);
}
