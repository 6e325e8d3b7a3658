import type { BlockFieldProps } from './block-field-props';
import { BlockGroup } from './block-group';
import { GrowingTextarea } from './growing-textarea';
import { listEdits } from './list-edits';
import { rowHint } from './placeholder-hint';
import { RowList } from './row-list';
import './block-fields.css';

/** A bulleted or numbered list: one growing text per item, reorderable. */
export function ListField({ block, value, onChange, idBase }: BlockFieldProps<'list'>) {
  const setItems = (items: string[]) => onChange({ ...value, items });

  return (
    <BlockGroup label={block.label} className="list-field">
      <RowList
        items={value.items}
        idBase={idBase}
        numbered={block.ordered}
        className={block.ordered ? undefined : 'row-list-bulleted'}
        rowName={(k) => `item ${k + 1}`}
        addLabel="Add item"
        onAdd={() => setItems([...value.items, ''])}
        onRemove={(k) => setItems(listEdits.remove(value.items, k))}
        onMove={(from, to) => setItems(listEdits.move(value.items, from, to))}
        renderRow={(item, k, ids) => (
          <GrowingTextarea
            id={ids.field}
            className="block-field-input"
            aria-label={`Item ${k + 1}`}
            value={item}
            placeholder={rowHint(block.items, k)}
            onChange={(e) => setItems(listEdits.replace(value.items, k, e.target.value))}
          />
        )}
      />
    </BlockGroup>
  );
}
