import type { ReactNode } from 'react';
import { Icon } from './icon';
import { IconButton } from './icon-button';
import { addButtonId, rowIds, type RowIds } from './row-ids';
import { useFocusRequest } from './use-focus-request';

type RowListProps<T> = {
  items: readonly T[];
  idBase: string;
  /** `<ol>` and a visible number before each row. */
  numbered?: boolean;
  /** Numbers are the list's order but not its content (ID lists show their IDs instead). */
  showNumbers?: boolean;
  /** How a row is named in its buttons: `FR-002` -> "Remove FR-002". */
  rowName: (index: number) => string;
  addLabel: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** Present: rows get Move up / Move down buttons. */
  onMove?: (from: number, to: number) => void;
  /** The row's inputs; the first one to focus after an add has id `ids.field`. */
  renderRow: (item: T, index: number, ids: RowIds) => ReactNode;
  className?: string;
};

/**
 * The shared shape of every repeatable block: rows with their own buttons and
 * an Add button. Each edit is one call back to the owner; focus then follows
 * it (to a new row, the moved row, the row after a removed one).
 */
export function RowList<T>({
  items,
  idBase,
  numbered = false,
  showNumbers = numbered,
  rowName,
  addLabel,
  onAdd,
  onRemove,
  onMove,
  renderRow,
  className,
}: RowListProps<T>) {
  const requestFocus = useFocusRequest();
  const count = items.length;
  const List = numbered ? 'ol' : 'ul';

  function add() {
    requestFocus([rowIds(idBase, count).field]);
    onAdd();
  }

  function remove(index: number) {
    const stay = Math.min(index, count - 2);
    requestFocus(stay >= 0 ? [rowIds(idBase, stay).remove] : [addButtonId(idBase)]);
    onRemove(index);
  }

  function move(from: number, to: number) {
    if (!onMove) return;
    const ids = rowIds(idBase, to);
    requestFocus(to < from ? [ids.up, ids.down] : [ids.down, ids.up]);
    onMove(from, to);
  }

  return (
    <div className={['row-list', className].filter(Boolean).join(' ')}>
      {count > 0 && (
        <List className="row-list-rows">
          {items.map((item, index) => {
            const ids = rowIds(idBase, index);
            const name = rowName(index);
            return (
              <li key={index} id={ids.row} className="row-list-row">
                {showNumbers && (
                  <span className="row-list-number" aria-hidden="true">
                    {index + 1}.
                  </span>
                )}
                <div className="row-list-content">{renderRow(item, index, ids)}</div>
                <div className="row-list-actions">
                  {onMove && (
                    <>
                      <IconButton id={ids.up} icon="up" label={`Move ${name} up`} disabled={index === 0} onClick={() => move(index, index - 1)} />
                      <IconButton
                        id={ids.down}
                        icon="down"
                        label={`Move ${name} down`}
                        disabled={index === count - 1}
                        onClick={() => move(index, index + 1)}
                      />
                    </>
                  )}
                  <IconButton id={ids.remove} icon="remove" label={`Remove ${name}`} danger onClick={() => remove(index)} />
                </div>
              </li>
            );
          })}
        </List>
      )}
      <button type="button" id={addButtonId(idBase)} className="block-field-add" onClick={add}>
        <Icon name="add" />
        {addLabel}
      </button>
    </div>
  );
}
