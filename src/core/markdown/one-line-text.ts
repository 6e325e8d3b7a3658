/** Lines trimmed and joined with spaces, blank ones dropped. */
export function oneLineText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}
