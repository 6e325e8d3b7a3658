/**
 * In a field line, ` | **Date**: ...` starts the next field
 * (`**Branch**: x | **Date**: y`), so a pipe in a value that follows a blank
 * (or starts it) and comes before `**` is escaped; GFM shows `\|` as `|`. The import
 * takes exactly these escapes off again. Linear: each pipe looks ahead only
 * over the blanks after it.
 */
export function escapeInlinePipes(value: string): string {
  return value.replace(/(^|[ \t])\|(?=[ \t]*\*\*)/g, '$1\\|');
}

export function unescapeInlinePipes(value: string): string {
  return value.replace(/(^|[ \t])\\\|(?=[ \t]*\*\*)/g, '$1|');
}
