/**
 * `| a | b \\| c |` -> `a`, `b | c`: split on pipes after an even run of
 * backslashes (none, or escaped backslashes), as GFM does; in a cell, 2k+1
 * backslashes and a pipe (as the export escapes them) are k and the pipe.
 */
export function splitRow(line: string): string[] {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  const cells: string[] = [];
  let cell = '';
  let run = 0;
  let closed = false;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === '\\') {
      run++;
      continue;
    }
    closed = ch === '|' && run % 2 === 0;
    if (closed) {
      cells.push(cell + '\\'.repeat(run));
      cell = '';
    } else if (ch === '|') {
      cell += `${'\\'.repeat((run - 1) / 2)}|`;
    } else {
      cell += '\\'.repeat(run) + ch;
    }
    run = 0;
  }
  // A row's closing pipe ends it: no cell after it.
  if (!closed || run > 0 || cells.length === 0) cells.push(cell + '\\'.repeat(run));
  return cells.map((c) => c.trim());
}
