import type { Field } from '../../core/template/schema';
import { placeholderHint } from './placeholder-hint';

/** The placeholder for a field's input: its template value without code-span wrapping or empty quotes (`""`). */
export function fieldHint(field: Field): string {
  let text = field.templateValue.trim();
  const wrap = field.wrap;
  if (wrap && text.length > 2 * wrap.length && text.startsWith(wrap) && text.endsWith(wrap)) {
    text = text.slice(wrap.length, -wrap.length);
  }
  if (/^(""|'')$/.test(text)) return '';
  return placeholderHint(text);
}
