import { blockKind, isRegisteredBlock } from '../../core/blocks/block-kinds';
import { labelled } from '../../core/blocks/labelled';
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
  if (isRegisteredBlock(block)) return blockKind(block.kind).describe(block);
  switch (block.kind) {
    case 'fields': {
      const names = block.fields.map((field) => field.label).join(', ');
      return names ? labelled(block.label, names) : (block.label ?? null);
    }
    case 'raw':
    case 'rule':
      return null;
  }
}
