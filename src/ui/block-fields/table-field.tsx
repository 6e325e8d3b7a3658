import { useRef } from 'react';
import type { BlockFieldProps, ValueOf } from './block-field-props';
import { BlockGroup } from './block-group';
import { Icon } from './icon';
import { IconButton } from './icon-button';
import { listEdits } from './list-edits';
import { placeholderHint } from './placeholder-hint';
import { useFocusRequest } from './use-focus-request';
import { useOverflowsX } from './use-overflows-x';
import './block-fields.css';
import './table-field.css';

type TableValue = ValueOf<'table'>;
type TemplateColumn = BlockFieldProps<'table'>['block']['columns'][number];

/**
 * A Markdown table as an editable grid: column names in the header, one input
 * per cell (a select where the template offers choices, `Low/Med/High`), rows
 * and columns added and removed. Wide tables scroll inside their own box.
 */
export function TableField({ block, value, onChange, idBase }: BlockFieldProps<'table'>) {
  const requestFocus = useFocusRequest();
  const scroller = useRef<HTMLDivElement>(null);
  const overflows = useOverflowsX(scroller);
  const { columns, rows } = value;
  const cellId = (r: number, c: number) => `${idBase}-r${r}-c${c}`;
  const headerId = (c: number) => `${idBase}-h${c}`;
  const columnName = (c: number) => columns[c]?.trim() || `Column ${c + 1}`;
  const templateColumn = (c: number): TemplateColumn | undefined =>
    block.columns.find((col) => col.name === columns[c]) ?? (columns.length === block.columns.length ? block.columns[c] : undefined);
  const set = (next: Partial<TableValue>) => onChange({ ...value, ...next });

  function setCell(r: number, c: number, text: string) {
    const row = rows[r] ?? [];
    set({ rows: listEdits.replace(rows, r, columns.map((_, k) => (k === c ? text : (row[k] ?? '')))) });
  }

  function addRow() {
    requestFocus([cellId(rows.length, 0)]);
    set({ rows: [...rows, columns.map(() => '')] });
  }

  function removeRow(r: number) {
    const stay = Math.min(r, rows.length - 2);
    requestFocus(stay >= 0 ? [`${idBase}-remove-row-${stay}`] : [`${idBase}-add-row`]);
    set({ rows: listEdits.remove(rows, r) });
  }

  function addColumn() {
    requestFocus([headerId(columns.length)]);
    set({ columns: [...columns, ''], rows: rows.map((row) => [...row, '']) });
  }

  function removeColumn(c: number) {
    const stay = Math.min(c, columns.length - 2);
    requestFocus(stay >= 0 ? [`${idBase}-remove-column-${stay}`] : [`${idBase}-add-column`]);
    set({ columns: listEdits.remove(columns, c), rows: rows.map((row) => listEdits.remove(row, c)) });
  }

  return (
    <BlockGroup label={block.label} className="table-field">
      {/* Wide tables scroll here, not the page; focus moving through the cells scrolls it for keyboard users. */}
      <div className={`table-field-scroll${overflows ? ' is-overflowing' : ''}`} ref={scroller}>
        <table className="table-field-grid">
          <thead>
            <tr>
              {columns.map((name, c) => (
                <th key={c} scope="col">
                  <div className="table-field-header">
                    <input
                      id={headerId(c)}
                      type="text"
                      className="block-field-input table-field-header-input"
                      aria-label={`Column ${c + 1} name`}
                      value={name}
                      placeholder={placeholderHint(block.columns[c]?.name) || 'Column name'}
                      onChange={(e) => set({ columns: listEdits.replace(columns, c, e.target.value) })}
                    />
                    <IconButton
                      id={`${idBase}-remove-column-${c}`}
                      icon="remove"
                      danger
                      label={`Remove column ${columnName(c)}`}
                      onClick={() => removeColumn(c)}
                    />
                  </div>
                </th>
              ))}
              <th className="table-field-row-actions">
                <span className="visually-hidden">Row actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {columns.map((_, c) => (
                  <td key={c}>
                    <Cell
                      id={cellId(r, c)}
                      label={`Row ${r + 1} ${columnName(c)}`}
                      value={row[c] ?? ''}
                      column={templateColumn(c)}
                      hint={placeholderHint(block.rows[r]?.[c])}
                      onChange={(text) => setCell(r, c, text)}
                    />
                  </td>
                ))}
                <td className="table-field-row-actions">
                  <IconButton id={`${idBase}-remove-row-${r}`} icon="remove" danger label={`Remove row ${r + 1}`} onClick={() => removeRow(r)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {overflows && (
        <p className="table-field-scroll-hint">
          Scroll sideways for more columns <span aria-hidden="true">→</span>
        </p>
      )}
      <div className="table-field-buttons">
        <button type="button" id={`${idBase}-add-row`} className="block-field-add" onClick={addRow} disabled={columns.length === 0}>
          <Icon name="add" />
          Add row
        </button>
        <button type="button" id={`${idBase}-add-column`} className="block-field-add" onClick={addColumn}>
          <Icon name="add" />
          Add column
        </button>
      </div>
    </BlockGroup>
  );
}

type CellProps = {
  id: string;
  label: string;
  value: string;
  column: TemplateColumn | undefined;
  hint: string;
  onChange: (value: string) => void;
};

function Cell({ id, label, value, column, hint, onChange }: CellProps) {
  const align = column && column.align !== 'none' ? column.align : undefined;
  const options = column?.options;
  if (options) {
    // The template's own `Low/Med/High`, or a value from an imported document, stays a choice until replaced.
    const foreign = value !== '' && !options.includes(value) ? [value] : [];
    return (
      <select id={id} className="block-field-input" aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Not set</option>
        {[...foreign, ...options].map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      id={id}
      type="text"
      className="block-field-input"
      style={align ? { textAlign: align } : undefined}
      aria-label={label}
      value={value}
      placeholder={hint}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
