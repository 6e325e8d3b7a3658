import type { Field } from '../../template/field';

/** `today` is `YYYY-MM-DD`. */
export function initialFieldValue(field: Field, today: string): string {
  if (field.defaultValue !== undefined) return field.defaultValue;
  if (field.type === 'date') return today;
  if (field.type === 'enum') {
    const explicitlyEmpty = /^(""|'')?$/.test(field.templateValue.trim());
    return explicitlyEmpty ? '' : (field.options?.[0] ?? '');
  }
  return '';
}
