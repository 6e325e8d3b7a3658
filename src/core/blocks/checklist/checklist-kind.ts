import { listChunk } from '../../markdown/list-chunk';
import { CHECK_ITEM, listItems } from '../../markdown/list-items';
import type { BlockKindModule } from '../block-kind-module';
import { countNoun } from '../count-noun';
import { fewer } from '../fewer';
import { initialText } from '../initial-text';
import { labelled } from '../labelled';
import { templateListText } from '../template-list-text';

/** `- [ ] text` items without IDs. */
export const checklistKind: BlockKindModule<'checklist'> = {
  kind: 'checklist',
  initialValue: (block) => ({ kind: 'checklist', blockId: block.id, items: block.items.map((i) => ({ checked: i.checked, text: initialText(i.text) })) }),
  emptyValue: (block) => ({ kind: 'checklist', blockId: block.id, items: [] }),
  texts: (value) => value.items.map((i) => i.text),
  checkTexts: (value, _block, { ref, item }) => value.items.map((entry, k) => ref(entry.text, item(k), `item ${k + 1}`)),
  checkShape: () => {},
  render: (value) => {
    const texts = value.items.flatMap((item) => {
      const text = item.text.trim();
      return text === '' ? [] : [`[${item.checked ? 'x' : ' '}] ${text}`];
    });
    return listChunk(texts, false);
  },
  fit: (block, { token }) => {
    if (token.type !== 'list') return null;
    const checks: { checked: boolean; text: string }[] = [];
    for (const item of listItems(token.items, token.ordered)) {
      const check = CHECK_ITEM.exec(item);
      if (!check) return null;
      checks.push({ checked: check[1] !== ' ', text: check[2]!.trim() });
    }
    return { weight: 3, value: { kind: 'checklist', blockId: block.id, items: checks } };
  },
  describeRemoval: (before, after) => (fewer(before.items, after.items) ? 'Removed an item' : null),
  templateText: (block) =>
    templateListText(
      block.items.map((item) => `[${item.checked ? 'x' : ' '}] ${item.text}`),
      false,
    ),
  describe: (block) => labelled(block.label, countNoun(block.items.length, 'checklist item')),
  placeholders: (block) => block.placeholders,
};
