import { unescapeItemLines } from '../../markdown/escape-line-start';
import { listChunk } from '../../markdown/list-chunk';
import { listItems } from '../../markdown/list-items';
import type { BlockKindModule } from '../block-kind-module';
import { countNoun } from '../count-noun';
import { fewer } from '../fewer';
import { initialText } from '../initial-text';
import { labelled } from '../labelled';
import { templateListText } from '../template-list-text';
import { isPlainList } from './is-plain-list';

/** A plain list, bulleted or numbered. */
export const listKind: BlockKindModule<'list'> = {
  kind: 'list',
  initialValue: (block) => ({ kind: 'list', blockId: block.id, items: block.items.map(initialText) }),
  emptyValue: (block) => ({ kind: 'list', blockId: block.id, items: [] }),
  texts: (value) => value.items,
  checkTexts: (value, _block, { ref, item }) => value.items.map((text, k) => ref(text, item(k), `item ${k + 1}`)),
  checkShape: () => {},
  render: (value, block) =>
    listChunk(
      value.items.map((item) => item.trim()).filter((item) => item !== ''),
      block?.ordered ?? false,
      true,
    ),
  fit: (block, { token }) => {
    if (token.type !== 'list') return null;
    const items = listItems(token.items, token.ordered);
    const plain = isPlainList(items);
    const weight = (token.ordered === block.ordered ? 2 : 1) + (plain ? 1 : 0);
    return { weight, value: { kind: 'list', blockId: block.id, items: items.map((item) => unescapeItemLines(item.trim())) } };
  },
  describeRemoval: (before, after) => (fewer(before.items, after.items) ? 'Removed an item' : null),
  templateText: (block) => templateListText(block.items, block.ordered),
  describe: (block) => labelled(block.label, countNoun(block.items.length, block.ordered ? 'numbered item' : 'list item')),
  placeholders: (block) => block.placeholders,
};
