/**
 * What a key press adds to the words typed into a prose field while its
 * editor loads: a character, a new paragraph (Enter, as `\n`), or the last
 * character taken back (Backspace). Null for keys left to the browser
 * (Tab, arrows, shortcuts), which are not text.
 */
export function typedWhileLoading(typed: string, event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing'>): string | null {
  if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'Backspace') return typed === '' ? null : [...typed].slice(0, -1).join('');
  if (event.key === 'Enter') return `${typed}\n`;
  if ([...event.key].length === 1) return typed + event.key;
  return null;
}
