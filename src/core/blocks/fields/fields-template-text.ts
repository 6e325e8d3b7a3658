import { boldLabel } from '../../markdown/bold-label';
import type { Field } from '../../template/field';
import type { TemplateText } from '../block-kind-module';
import { templateListText } from '../template-list-text';

/** Field lines as the template wrote them: `**Label**: value`, `**A**: x | **B**: y`, or `- Label: value`. */
export function fieldsTemplateText(fields: Field[], style: 'lines' | 'list', colonInside: boolean): TemplateText | null {
  if (fields.length === 0) return null;
  const line = (field: Field) => {
    const value = field.templateValue;
    const label = field.plainLabel ? `${field.label}:` : boldLabel(field.label, field.colonInside ?? colonInside, '');
    return value === '' ? label : `${label} ${value}`;
  };
  if (style === 'list') return templateListText(fields.map(line), false);
  // One paragraph per line, so each reads on its own line on GitHub too; a field with no value stays in
  // its neighbour's paragraph, since a bold label alone in a paragraph introduces the next block instead.
  let text = '';
  for (const field of fields) {
    if (text === '') text = line(field);
    else if (field.sameLine) text += ` | ${line(field)}`;
    else text += field.templateValue === '' ? `\n${line(field)}` : `\n\n${line(field)}`;
  }
  return { text, list: false };
}
