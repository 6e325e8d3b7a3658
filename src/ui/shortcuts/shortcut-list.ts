/** Every keyboard shortcut, as the help panel lists it. `mod` is Ctrl, or ⌘ on a Mac. */
export const SHORTCUTS = [
  { keys: ['mod', 'S'], action: 'Save now', where: 'Editor' },
  { keys: ['mod', 'Shift', 'E'], action: 'Download the Markdown', where: 'Editor' },
  { keys: ['Alt', 'Shift', 'P'], action: 'Preview, and back to the form', where: 'Editor' },
  { keys: ['Alt', 'Shift', 'C'], action: 'Open or close Checks', where: 'Editor' },
  { keys: ['Alt', 'Shift', 'S'], action: 'Split: the form beside the preview (wide screens)', where: 'Editor' },
  { keys: ['Alt', 'Shift', 'M'], action: 'Edit the whole document as Markdown, and back', where: 'Editor' },
  { keys: ['Alt', '↓'], action: 'Next section', where: 'Editor' },
  { keys: ['Alt', '↑'], action: 'Previous section', where: 'Editor' },
  { keys: ['mod', 'Z'], action: 'Undo the last removal (outside a text field)', where: 'Editor' },
  { keys: ['Enter'], action: 'Edit the focused rich-text field', where: 'Editor' },
  { keys: ['Esc'], action: 'Leave the rich-text field', where: 'Editor' },
  { keys: ['Alt', 'F10'], action: 'Go to the rich-text toolbar', where: 'Editor' },
  { keys: ['/'], action: 'Search drafts', where: 'Drafts' },
  { keys: ['?'], action: 'Show these shortcuts', where: 'Everywhere' },
] as const;

/** True when the key press should be left to what has focus (typing in a field). */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element?.closest?.('input, textarea, select, [contenteditable="true"], [role="textbox"]');
}
