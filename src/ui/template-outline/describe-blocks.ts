import { blockKind, isRegisteredBlock } from '../../core/blocks/block-kinds';
import { countNoun } from '../../core/blocks/count-noun';
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
    case 'idList': {
      const first = block.items[0]?.id;
      const last = block.items[block.items.length - 1]?.id;
      const range = first && last && first !== last ? `${first}–${last}` : (first ?? block.prefix);
      return labelled(block.label, `${countNoun(block.items.length, 'numbered item')} ${range}`);
    }
    case 'raw':
    case 'rule':
      return null;
  }
}
