/**
 * A bullet item whose text would turn its line into something else: only
 * dashes (`- --` is a thematic break), or pipes, dashes and colons (`- |`
 * reads, to the engine's scanner, as a table's delimiter row under a line
 * with a pipe). A backslash before the text keeps it an item (GFM shows `\-`
 * and `\|` as themselves); the import takes it off again.
 */
export function escapeDashRule(text: string): string {
  return needsEscape(text) ? `\\${text}` : text;
}

export function unescapeDashRule(text: string): string {
  return text.startsWith('\\') && needsEscape(text.slice(1)) ? text.slice(1) : text;
}

function needsEscape(text: string): boolean {
  return text !== '' && (isDashRule(`- ${text}`) || isDelimiterRow(`- ${text}`));
}

/** Three or more `-` with only blanks between, as the scanner reads a rule. */
function isDashRule(line: string): boolean {
  let dashes = 0;
  for (const ch of line.trim()) {
    if (ch === '-') dashes++;
    else if (ch !== ' ' && ch !== '\t') return false;
  }
  return dashes >= 3;
}

/** `|:--|--:|` and the like, as the scanner reads a table's delimiter row. */
function isDelimiterRow(line: string): boolean {
  let text = line.trim();
  if (!text.includes('-')) return false;
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|')) text = text.slice(0, -1);
  return text.split('|').every((cell) => /^:?-+:?$/.test(cell.trim()));
}
