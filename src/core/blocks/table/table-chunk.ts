import type { Chunk } from '../../markdown/join-chunks';
import type { BlockOf, ValueOf } from '../block-kind-module';
import { delimiterCell } from './delimiter-cell';

/** A GFM table of the rows with any text; the template's alignment kept per column. */
export function tableChunk(value: ValueOf<'table'>, block: BlockOf<'table'> | undefined): Chunk | null {
  const rows = value.rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  if (rows.length === 0 || value.columns.length === 0) return null;
  const templateColumns = block?.columns ?? [];
  const align = value.columns.map((name, c) => {
    const column = templateColumns.find((t) => t.name === name) ?? (templateColumns.length === value.columns.length ? templateColumns[c] : undefined);
    return column?.align ?? 'none';
  });
  const delimiter = align.map(delimiterCell);
  const width = value.columns.length;
  const lines = [tableRow(value.columns), `| ${delimiter.join(' | ')} |`];
  for (const row of rows) {
    const cells = row.slice();
    while (cells.length < width) cells.push('');
    lines.push(tableRow(cells));
  }
  return { text: lines.join('\n'), first: null, last: null };
}

/** A pipe in a cell is escaped (inside code spans too, as GFM splits rows first); a line break becomes `<br>`. */
function tableRow(cells: string[]): string {
  return `| ${cells.map((cell) => oneLineCell(cell).replaceAll('|', '\\|')).join(' | ')} |`;
}

function oneLineCell(cell: string): string {
  return cell
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('<br>');
}
