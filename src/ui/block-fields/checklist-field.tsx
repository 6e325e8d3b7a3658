import type { BlockFieldProps, ValueOf } from './block-field-props';
import { BlockGroup } from './block-group';
import { GrowingTextarea } from './growing-textarea';
import { listEdits } from './list-edits';
import { rowHint } from './placeholder-hint';
import { RowList } from './row-list';
import './block-fields.css';

type ChecklistItem = ValueOf<'checklist'>['items'][number];

/** `- [ ] item` lines: a checkbox and a text per row. */
export function ChecklistField({ block, value, onChange, idBase }: BlockFieldProps<'checklist'>) {
  const setItems = (items: ChecklistItem[]) => onChange({ ...value, items });
  const hints = block.items.map((item) => item.text);

  return (
    <BlockGroup label={block.label} className="checklist-field">
      <RowList
        items={value.items}
        idBase={idBase}
        rowName={(k) => `item ${k + 1}`}
        addLabel="Add item"
        onAdd={() => setItems([...value.items, { checked: false, text: '' }])}
        onRemove={(k) => setItems(listEdits.remove(value.items, k))}
        renderRow={(item, k, ids) => (
          <div className="checklist-item">
            <input
              type="checkbox"
              className="block-field-checkbox"
              aria-label={`Item ${k + 1} done`}
              checked={item.checked}
              onChange={(e) => setItems(listEdits.replace(value.items, k, { ...item, checked: e.target.checked }))}
            />
            <GrowingTextarea
              id={ids.field}
              className="block-field-input"
              aria-label={`Item ${k + 1}`}
              value={item.text}
              placeholder={rowHint(hints, k)}
              onChange={(e) => setItems(listEdits.replace(value.items, k, { ...item, text: e.target.value }))}
            />
          </div>
        )}
      />
    </BlockGroup>
  );
}
