import { fieldText } from './field-text';
import type { FindingList } from './finding-list';
import { isCalendarDate } from './is-calendar-date';
import { isVersion } from './is-version';
import { inSection, listWords, shown } from './message-text';
import type { TextRef } from './text-ref';

/**
 * Enum, date and version values. An empty value is not checked (leaving a
 * field empty is allowed), except that an unset choice in the frontmatter or
 * metadata is worth a warning; a value that still holds a placeholder is
 * reported as that and nothing else.
 */
export function checkFieldValue(ref: TextRef, list: FindingList): void {
  const field = ref.fieldDef;
  if (!field) return;
  const value = fieldText(ref);
  const where = inSection(ref.where);
  if (value === '') {
    if (field.type === 'enum' && ref.documentField && field.options?.length) {
      list.add(ref.place, 'warning', 'enum-unset', `${ref.name} is not set: choose ${listWords(field.options, 'or')}${where}.`, ref.field);
    }
    return;
  }
  if (field.type === 'enum' && field.options?.length) {
    if (field.options.includes(value)) return;
    const sameWord = field.options.find((o) => o.toLowerCase() === value.toLowerCase());
    const message = sameWord
      ? `${ref.name} is "${shown(value, 40)}"; write it "${sameWord}"${where}.`
      : `${ref.name} is "${shown(value, 40)}", which is not one of its choices: ${listWords(field.options, 'or')}${where}.`;
    list.add(ref.place, 'error', 'enum-invalid', message, ref.field);
  } else if (field.type === 'date' && !isCalendarDate(value)) {
    const message = /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? `${ref.name} is ${value}, which is not a real date${where}.`
      : `${ref.name} is "${shown(value, 40)}", which is not a date written YYYY-MM-DD, such as 2026-03-14${where}.`;
    list.add(ref.place, 'error', 'date-invalid', message, ref.field);
  } else if (field.type === 'version' && !isVersion(value)) {
    list.add(ref.place, 'error', 'version-invalid', `${ref.name} is "${shown(value, 40)}", which is not a version written X.Y.Z, such as 1.2.0${where}.`, ref.field);
  }
}
