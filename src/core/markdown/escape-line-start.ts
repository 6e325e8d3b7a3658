/**
 * Each line of a list item's text that would turn the line into something
 * other than text: a heading (`# x`), a quote, a nested list (`- x`, `1. x`),
 * a rule (`---`), a setext underline (`===`), a fence, an HTML block, a
 * checkbox (`[x] y` in a plain list), a link definition (`[x]: y`), a
 * table's delimiter row. A backslash before its first mark keeps it text
 * (GFM shows `\#`, `1\.` as themselves); the import takes it off again.
 * Blanks before the text stay before the backslash.
 */
export function escapeLineStart(line: string): string {
  const indent = line.length - line.trimStart().length;
  const at = escapeAt(line.slice(indent));
  return at < 0 ? line : `${line.slice(0, indent + at)}\\${line.slice(indent + at)}`;
}

export function unescapeLineStart(line: string): string {
  const indent = line.length - line.trimStart().length;
  const text = line.slice(indent);
  const at = text.startsWith('\\') ? 0 : /^\d{1,9}\\[.)]/.test(text) ? text.indexOf('\\') : -1;
  if (at < 0) return line;
  const unescaped = text.slice(0, at) + text.slice(at + 1);
  return escapeAt(unescaped) === at ? line.slice(0, indent) + unescaped : line;
}

/** An item's text as the import reads it back: each line unescaped. */
export function unescapeItemLines(text: string): string {
  return text.split('\n').map(unescapeLineStart).join('\n');
}

const BLOCK_STARTS = [
  /^#{1,6}(?:[ \t]|$)/,
  /^>/,
  /^[-+*](?:[ \t]|$)/,
  /^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/,
  /^(?:=+|-+)[ \t]*$/,
  /^(?:`{3,}|~{3,})/,
  /^<(?:[!?]|\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$))/,
  /^\[[ xX]\](?:[ \t]|$)/,
  /^\[(?:[^\]\\\n]|\\.)*\]:/,
];

/** Where a backslash keeps the text from starting a block: 0, after an item number, or -1 for no need. */
function escapeAt(text: string): number {
  if (text === '') return -1;
  const number = /^\d{1,9}(?=[.)](?:[ \t]|$))/.exec(text);
  if (number) return number[0].length;
  return BLOCK_STARTS.some((start) => start.test(text)) || isDelimiterRow(text) ? 0 : -1;
}

/** `|:--|--:|` and the like: a table's delimiter row. */
function isDelimiterRow(line: string): boolean {
  let text = line.trim();
  if (!text.includes('-')) return false;
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|')) text = text.slice(0, -1);
  return text.split('|').every((cell) => /^:?-+:?$/.test(cell.trim()));
}
