import type { BlockFieldProps, ValueOf } from './block-field-props';
import { BlockGroup } from './block-group';
import { GrowingTextarea } from './growing-textarea';
import { listEdits } from './list-edits';
import { rowHint } from './placeholder-hint';
import { RowList } from './row-list';
import './block-fields.css';

type Definition = ValueOf<'definitions'>['items'][number];

/** `- **Term**: text` items (`[Entity 1]`, principles): a term and what it means, per row. */
export function DefinitionsField({ block, value, onChange, idBase }: BlockFieldProps<'definitions'>) {
  const setItems = (items: Definition[]) => onChange({ ...value, items });
  const termHints = block.items.map((item) => item.term);
  const textHints = block.items.map((item) => item.text);

  return (
    <BlockGroup label={block.label} className="definitions-field">
      <RowList
        items={value.items}
        idBase={idBase}
        numbered={block.ordered}
        rowName={(k) => `definition ${k + 1}`}
        addLabel="Add definition"
        onAdd={() => setItems([...value.items, { term: '', text: '' }])}
        onRemove={(k) => setItems(listEdits.remove(value.items, k))}
        renderRow={(item, k, ids) => (
          <div className="definition">
            <input
              id={ids.field}
              type="text"
              className="block-field-input definition-term"
              aria-label={`Term ${k + 1}`}
              value={item.term}
              placeholder={rowHint(termHints, k)}
              onChange={(e) => setItems(listEdits.replace(value.items, k, { ...item, term: e.target.value }))}
            />
            <GrowingTextarea
              className="block-field-input"
              aria-label={`Term ${k + 1} description`}
              value={item.text}
              placeholder={rowHint(textHints, k)}
              onChange={(e) => setItems(listEdits.replace(value.items, k, { ...item, text: e.target.value }))}
            />
          </div>
        )}
      />
    </BlockGroup>
  );
}
