import { boldLabel } from '../../markdown/bold-label';
import { wrapCodeSpan } from '../../markdown/code-span';
import { escapeInlinePipes } from '../../markdown/inline-field-pipes';
import type { Chunk } from '../../markdown/join-chunks';
import { listItem } from '../../markdown/list-chunk';
import { oneLineText } from '../../markdown/one-line-text';
import { ownValue } from '../../payload/own-value';
import type { Field } from '../../template/field';

/** Field lines (`**Label**: value`, `- Label: value`), one paragraph per line of the template, or one list. */
export function renderFields(fields: Field[], values: Record<string, string>, style: 'lines' | 'list'): Chunk | null {
  if (style === 'list') {
    const items = fields.flatMap((field) => {
      const line = fieldText(field, ownValue(values, field.key) ?? '', false);
      return line === null ? [] : [listItem('-', line)];
    });
    return items.length === 0 ? null : { text: items.join('\n'), first: 'ul', last: 'ul' };
  }
  const paragraphs: string[] = [];
  let line: string[] | null = null;
  for (const field of fields) {
    if (!field.sameLine || !line) {
      line = [];
      paragraphs.push('');
    }
    const text = fieldText(field, ownValue(values, field.key) ?? '', true);
    if (text !== null) line.push(text);
    paragraphs[paragraphs.length - 1] = line.join(' | ');
  }
  const text = paragraphs.filter((p) => p !== '').join('\n\n');
  return text === '' ? null : { text, first: null, last: null };
}

/**
 * `inline`: a field line, where ` | **` would start another field. A value
 * keeps to its line: a later line of it could start a heading or a list
 * (Markdown reads the others as the same paragraph anyway).
 */
function fieldText(field: Field, raw: string, inline: boolean): string | null {
  const value = oneLineText(raw);
  if (value === '') return null;
  const shown = field.wrap ? wrapCodeSpan(value, field.wrap) : inline ? escapeInlinePipes(value) : value;
  if (field.plainLabel) return `${field.label}: ${shown}`;
  return `${boldLabel(field.label, field.colonInside ?? false, '')} ${shown}`;
}

/** Values of a fields block whose template block is gone: each key as its label. */
export function renderUnknownFields(values: Record<string, string>, colonInside: boolean): Chunk | null {
  const fields = Object.keys(values).map((key): Field => ({ key, label: key, type: 'text', templateValue: '', placeholders: [], colonInside, line: 0 }));
  return renderFields(fields, values, 'lines');
}
