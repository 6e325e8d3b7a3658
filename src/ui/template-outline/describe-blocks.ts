import { blockKind, isRegisteredBlock } from '../../core/blocks/block-kinds';
import type { Block } from '../../core/template/schema';

/** What a section asks the writer to fill in, in a few words per block: `Fields: Why this priority`, `2 scenarios`. */
export function describeBlocks(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    const text = describeBlock(block);
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

function describeBlock(block: Block): string | null {
  return isRegisteredBlock(block) ? blockKind(block.kind).describe(block) : null;
}
