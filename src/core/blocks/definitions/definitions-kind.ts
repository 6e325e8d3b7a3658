import { boldLabel } from '../../markdown/bold-label';
import { unescapeItemLines } from '../../markdown/escape-line-start';
import { listChunk } from '../../markdown/list-chunk';
import { BOLD_ITEM, listItems } from '../../markdown/list-items';
import { oneLineText } from '../../markdown/one-line-text';
import { shown } from '../../validate/message-text';
import type { BlockKindModule } from '../block-kind-module';
import { countNoun } from '../count-noun';
import { fewer } from '../fewer';
import { initialText } from '../initial-text';
import { labelled } from '../labelled';
import { templateListText } from '../template-list-text';

/** Terms the user names, each with its text (`- **[Entity 1]**: ...`). */
export const definitionsKind: BlockKindModule<'definitions'> = {
  kind: 'definitions',
  initialValue: (block) => ({ kind: 'definitions', blockId: block.id, items: block.items.map((i) => ({ term: initialText(i.term), text: initialText(i.text) })) }),
  emptyValue: (block) => ({ kind: 'definitions', blockId: block.id, items: [] }),
  texts: (value) => value.items.flatMap((i) => [i.term, i.text]),
  checkTexts: (value, _block, { ref, item }) =>
    value.items.flatMap((entry, k) => {
      const term = typeof entry.term === 'string' ? entry.term.trim() : '';
      return [ref(entry.term, `The name of ${item(k).toLowerCase()}`, `item ${k + 1}`), ref(entry.text, term ? `"${shown(term, 40)}"` : item(k), `item ${k + 1}`)];
    }),
  checkShape: () => {},
  render: (value, block, { colonInside }) => {
    const texts = value.items.flatMap((item) => {
      const term = oneLineText(item.term);
      const text = item.text.trim();
      if (term === '' && text === '') return [];
      if (term === '') return [text];
      return [text === '' ? boldLabel(term, colonInside, '') : `${boldLabel(term, colonInside, '')} ${text}`];
    });
    return listChunk(texts, block?.ordered ?? false, true);
  },
  fit: (block, { token }) => {
    if (token.type !== 'list') return null;
    let bold = 0;
    const terms = listItems(token.items, token.ordered).map((item) => {
      const match = BOLD_ITEM.exec(item);
      if (!match || (!match[2] && !match[3])) return { term: '', text: unescapeItemLines(item.trim()) };
      bold++;
      return { term: match[1]!.trim(), text: match[4]!.trim() };
    });
    if (bold === 0) return null;
    return { weight: bold === terms.length ? 3 : 1, value: { kind: 'definitions', blockId: block.id, items: terms } };
  },
  describeRemoval: (before, after) => (fewer(before.items, after.items) ? 'Removed an item' : null),
  templateText: (block, colonInside) =>
    templateListText(
      block.items.map((item) => `${boldLabel(item.term, colonInside, '')}${item.text ? ` ${item.text}` : ''}`),
      block.ordered,
    ),
  describe: (block) => labelled(block.label, countNoun(block.items.length, 'named entry', 'named entries')),
  placeholders: (block) => block.items.flatMap((i) => i.placeholders),
};
