import { listChunk } from '../../markdown/list-chunk';
import { BOLD_ITEM, CHECK_ITEM, listItems } from '../../markdown/list-items';
import { shown } from '../../validate/message-text';
import type { BlockKindModule } from '../block-kind-module';
import { countNoun } from '../count-noun';
import { fewer } from '../fewer';
import { initialText } from '../initial-text';
import { labelled } from '../labelled';
import { templateListText } from '../template-list-text';
import { oneLineText } from '../../markdown/one-line-text';

const ID = /^[A-Za-z][A-Za-z0-9]*-?\d+$/;

/** Numbered items (`- **FR-001**: text`, `- [ ] T001 text`). */
export const idListKind: BlockKindModule<'idList'> = {
  kind: 'idList',
  initialValue: (block) => ({
    kind: 'idList',
    blockId: block.id,
    items: block.items
      .filter((i) => !i.example)
      .map((i) => (i.checked === undefined ? { id: i.id, text: initialText(i.text) } : { id: i.id, text: initialText(i.text), checked: i.checked })),
  }),
  emptyValue: (block) => ({ kind: 'idList', blockId: block.id, items: [] }),
  texts: (value) => value.items.map((i) => i.text),
  checkTexts: (value, block, { ref, item, criterion }) => {
    const prefix = block ? block.prefix : '';
    return value.items.map((entry, k) => {
      const id = typeof entry.id === 'string' ? entry.id.trim() : '';
      const sc = /^SC$/i.test(prefix) || /^SC\b|^SC-?\d/i.test(id);
      return ref(entry.text, id ? shown(id, 40) : item(k), id || `item ${k + 1}`, { criterion: criterion || sc });
    });
  },
  checkShape: () => {},
  render: (value, block) => {
    const checklist = block ? block.style === 'checklist' : value.items.some((i) => i.checked !== undefined);
    const texts = value.items.flatMap((item) => {
      // An item keeps to its line: a later line could start a heading or another item.
      const text = oneLineText(item.text);
      if (text === '') return [];
      return [checklist ? `[${item.checked ? 'x' : ' '}] ${item.id} ${text}` : `**${item.id}**: ${text}`];
    });
    return listChunk(texts, false);
  },
  fit: (block, { token }) => {
    if (token.type !== 'list') return null;
    const ids: { id: string; text: string; checked?: boolean }[] = [];
    for (const item of listItems(token.items, token.ordered)) {
      if (block.style === 'checklist') {
        const check = CHECK_ITEM.exec(item);
        const rest = check ? /^(\S+)(?:[ \t]+([\s\S]*))?$/.exec(check[2]!) : null;
        if (!check || !rest || !ID.test(rest[1]!)) return null;
        ids.push({ id: rest[1]!, text: (rest[2] ?? '').trim(), checked: check[1] !== ' ' });
      } else {
        const bold = BOLD_ITEM.exec(item);
        if (!bold || !ID.test(bold[1]!.trim())) return null;
        ids.push({ id: bold[1]!.trim(), text: bold[4]!.trim() });
      }
    }
    const ownPrefix = ids.every((i) => i.id.startsWith(block.prefix));
    return { weight: ownPrefix ? 4 : 2, value: { kind: 'idList', blockId: block.id, items: ids } };
  },
  describeRemoval: (before, after) => {
    const kept = new Set(after.items.map((i) => i.text));
    const gone = before.items.find((i) => !kept.has(i.text)) ?? before.items.at(-1);
    return fewer(before.items, after.items) ? `Removed ${gone?.id ?? 'an item'}` : null;
  },
  templateText: (block) => {
    const real = block.items.filter((item) => !item.example);
    const items = real.length > 0 ? real : block.items;
    return templateListText(
      items.map((item) => (block.style === 'checklist' ? `[${item.checked ? 'x' : ' '}] ${item.id} ${item.text}` : `**${item.id}**: ${item.text}`)),
      false,
    );
  },
  // The template's examples are not copied into a draft (initialValue): the outline says so, or it promises items the draft lacks.
  describe: (block) => {
    const real = block.items.filter((item) => !item.example);
    const examples = block.items.filter((item) => item.example);
    const shown = real.length > 0 ? real : block.items;
    const first = shown[0]?.id;
    const last = shown[shown.length - 1]?.id;
    const range = first && last && first !== last ? `${first}–${last}` : (first ?? block.prefix);
    const text = `${countNoun(shown.length, 'numbered item')} ${range}`;
    if (real.length === 0 || examples.length === 0) return labelled(block.label, text);
    const ids = examples.map((item) => item.id).join(', ');
    const more = examples.length === 1 ? `1 more (${ids}) is an example` : `${examples.length} more (${ids}) are examples`;
    return labelled(block.label, `${text}; ${more} the template shows, not part of a new draft`);
  },
  placeholders: (block) => block.items.flatMap((i) => i.placeholders),
};
