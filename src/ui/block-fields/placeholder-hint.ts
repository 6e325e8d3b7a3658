import { findPlaceholders } from '../../core/template/find-placeholders';

/**
 * The template's text as an input's placeholder attribute: a lone placeholder
 * shows what it asks for (`[initial state]` -> `initial state`), anything else
 * shows as written. Empty for no text.
 */
export function placeholderHint(templateText: string | undefined): string {
  const trimmed = (templateText ?? '').trim();
  const placeholders = findPlaceholders(trimmed);
  const only = placeholders[0];
  if (placeholders.length === 1 && only && only.text === trimmed) return only.label;
  return trimmed;
}

/**
 * The hint for the row at `index`: the template's item at that position, or,
 * for rows the user added, the template's item when all of them read the same
 * (`[Specific, testable criterion]` twice), since then it is a generic hint.
 */
export function rowHint(templateTexts: readonly string[], index: number): string {
  const own = templateTexts[index];
  if (own !== undefined) return placeholderHint(own);
  const first = templateTexts[0];
  if (first !== undefined && templateTexts.every((t) => t === first)) return placeholderHint(first);
  return '';
}
