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

/**
 * A pipe in a cell is escaped (inside code spans too, as GFM splits rows
 * first), and so is each backslash right before it: GFM reads `\\|` as an
 * escaped backslash and a new cell, so `a\|b` is written `a\\\|b`. A line
 * break becomes `<br>`.
 */
function tableRow(cells: string[]): string {
  return `| ${cells.map((cell) => escapeCellPipes(oneLineCell(cell))).join(' | ')} |`;
}

/** Each pipe, with the backslashes before it, as 2k+1 backslashes and the pipe. Linear. */
function escapeCellPipes(cell: string): string {
  let out = '';
  let from = 0;
  let run = 0;
  for (let k = 0; k < cell.length; k++) {
    if (cell[k] === '\\') run++;
    else {
      if (cell[k] === '|') {
        out += `${cell.slice(from, k - run)}${'\\'.repeat(2 * run + 1)}|`;
        from = k + 1;
      }
      run = 0;
    }
  }
  return out + cell.slice(from);
}

function oneLineCell(cell: string): string {
  return cell
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('<br>');
}
