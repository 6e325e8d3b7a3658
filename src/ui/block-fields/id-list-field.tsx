import type { BlockFieldProps, ValueOf } from './block-field-props';
import { addIdItem, moveIdItem, removeIdItem, renumberIds } from '../../core/draft/id-list-edits';
import { BlockGroup } from './block-group';
import { GrowingTextarea } from './growing-textarea';
import { listEdits } from './list-edits';
import { placeholderHint } from './placeholder-hint';
import { RowList } from './row-list';
import './block-fields.css';

type IdItem = ValueOf<'idList'>['items'][number];

/**
 * Numbered items (`FR-001`, spec-kit tasks `T001`). IDs are read-only: every
 * add, remove and move goes through core/draft/id-list-edits, which keeps them
 * unique and in sequence.
 */
export function IdListField({ block, value, onChange, idBase }: BlockFieldProps<'idList'>) {
  const templateItems = block.items.filter((item) => !item.example);
  const tasks = block.style === 'checklist';
  const setItems = (items: IdItem[]) => onChange({ ...value, items });

  function add() {
    const fresh = tasks ? { text: '', checked: false } : { text: '' };
    if (value.items.length > 0) return setItems(addIdItem(value.items, block, fresh));
    // An emptied list starts again where the template's does (T004, not T001, for a continued task list).
    const start = Number(/(\d+)$/.exec(templateItems[0]?.id ?? '')?.[1] ?? 1);
    setItems(renumberIds(addIdItem(value.items, block, fresh), block, start));
  }

  return (
    <BlockGroup label={block.label} className="id-list-field">
      <RowList
        items={value.items}
        idBase={idBase}
        numbered
        showNumbers={false}
        rowName={(k) => value.items[k]?.id ?? `item ${k + 1}`}
        addLabel={`Add ${block.prefix}`}
        onAdd={add}
        onRemove={(k) => onChange({ ...value, items: removeIdItem(value.items, block, k) }, value.items[k]?.id)}
        onMove={(from, to) => setItems(moveIdItem(value.items, block, from, to))}
        renderRow={(item, k, ids) => (
          <div className="id-list-item">
            <span className="id-list-head">
              {tasks && (
                <input
                  type="checkbox"
                  className="block-field-checkbox"
                  aria-label={`${item.id} done`}
                  checked={item.checked ?? false}
                  onChange={(e) => setItems(listEdits.replace(value.items, k, { ...item, checked: e.target.checked }))}
                />
              )}
              <label className="id-badge" htmlFor={ids.field}>
                {item.id}
              </label>
            </span>
            <GrowingTextarea
              id={ids.field}
              className="block-field-input"
              value={item.text}
              placeholder={placeholderHint(templateItems[k]?.text)}
              onChange={(e) => setItems(listEdits.replace(value.items, k, { ...item, text: e.target.value }))}
            />
          </div>
        )}
      />
    </BlockGroup>
  );
}
