import { blockKind, isRegisteredBlock } from '../blocks/block-kinds';
import type { BlockValue } from '../draft/draft-schema';
import type { Block } from '../template/schema';

/**
 * A value with nothing filled in, for blocks an imported file does not fill:
 * the template's example text would read as the user's on the next export.
 * Null for blocks without a value (rules, link anchors).
 */
export function emptyBlockValue(block: Block): BlockValue | null {
  return isRegisteredBlock(block) ? blockKind(block.kind).emptyValue(block) : null;
}
