import { shown } from '../../validate/message-text';
import type { BlockKindModule } from '../block-kind-module';
import { initialText } from '../initial-text';
import { labelled } from '../labelled';
import { fewer } from '../fewer';
import { delimiterCell } from './delimiter-cell';
import { splitRow } from './split-row';
import { tableChunk } from './table-chunk';

/** A GFM table: the template's columns, rows the user adds. */
export const tableKind: BlockKindModule<'table'> = {
  kind: 'table',
  initialValue: (block) => ({ kind: 'table', blockId: block.id, columns: block.columns.map((c) => c.name), rows: block.rows.map((row) => row.map(initialText)) }),
  emptyValue: (block) => ({ kind: 'table', blockId: block.id, columns: block.columns.map((c) => c.name), rows: [] }),
  texts: (value) => value.rows.flat(),
  checkTexts: (value, _block, { ref }) => value.rows.flatMap((row, r) => row.map((cell, c) => ref(cell, `Row ${r + 1}, ${columnName(value.columns[c], c)}`, `row ${r + 1}`))),
  checkShape: (value, { place, where, label, list }) => {
    const columns = value.columns.length;
    value.rows.forEach((row, r) => {
      if (row.length !== columns) {
        const name = label ? `${label}: row` : 'Row';
        list.add(place, 'error', 'table-row-cells', `${name} ${r + 1} has ${cells(row.length)} but the table has ${columns} ${columns === 1 ? 'column' : 'columns'}${where}.`, `row ${r + 1}`);
      }
    });
  },
  render: (value, block) => tableChunk(value, block),
  fit: (block, unit) => {
    if (unit.token.type !== 'table') return null;
    // Cells are split again from the text, as GFM splits them: the scanner
    // pairs backticks, so a lone one would hide the pipe after it.
    const [head = '', , ...body] = unit.content.split('\n');
    const columns = splitRow(head);
    const rows = body.map((line) => {
      const cells = splitRow(line);
      while (cells.length < columns.length) cells.push('');
      return cells;
    });
    const sameColumns = columns.length === block.columns.length && columns.every((c, k) => c === block.columns[k]?.name);
    return { weight: sameColumns ? 4 : 3, value: { kind: 'table', blockId: block.id, columns, rows } };
  },
  describeRemoval: (before, after) => {
    if (after.columns.length < before.columns.length) return 'Removed a column';
    return fewer(before.rows, after.rows) ? 'Removed a row' : null;
  },
  templateText: (block) => {
    const rows = [row(block.columns.map((c) => c.name)), row(block.columns.map((c) => delimiterCell(c.align))), ...block.rows.map(row)];
    return { text: rows.join('\n'), list: false };
  },
  describe: (block) => labelled(block.label, `Table of ${block.columns.map((column) => column.name).join(', ')}`),
  placeholders: (block) => block.placeholders,
};

function columnName(name: string | undefined, index: number): string {
  const plain = typeof name === 'string' ? shown(name.replace(/`/g, ''), 40) : '';
  return plain || `column ${index + 1}`;
}

function cells(n: number): string {
  return n === 1 ? '1 cell' : `${n} cells`;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}
