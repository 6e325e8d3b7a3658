import { findPlaceholders } from '../template/find-placeholders';

/**
 * Text a new draft starts with: empty where the template's text is one
 * placeholder and nothing else (`[initial state]`: the editor shows it as a
 * hint), the template's text where placeholders sit inside it
 * (`System MUST [specific capability]`: the user replaces the brackets).
 */
export function initialText(text: string): string {
  const trimmed = text.trim();
  const placeholders = findPlaceholders(trimmed);
  if (placeholders.length === 1 && placeholders[0]!.text === trimmed) return '';
  return trimmed;
}
