/** `| a | b \\| c |` -> `a`, `b | c`: split on pipes no backslash escapes, as GFM does. */
export function splitRow(line: string): string[] {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  const cells: string[] = [];
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    if (text[k] === '|' && text[k - 1] !== '\\') {
      cells.push(text.slice(from, k));
      from = k + 1;
    }
  }
  cells.push(text.slice(from));
  return cells.map((cell) => cell.trim().replaceAll('\\|', '|'));
}
