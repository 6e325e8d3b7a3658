import { ownValue } from '../../core/payload/own-value';
import type { BlockFieldProps } from './block-field-props';
import { BlockGroup } from './block-group';
import { FieldRow } from './field-row';
import './block-fields.css';

/** Label/value lines (`**Priority**: Must Have`) as a form, one row per field. */
export function FieldsField({ block, value, onChange, idBase }: BlockFieldProps<'fields'>) {
  return (
    <BlockGroup label={block.label} className="fields-field">
      {block.fields.map((field) => (
        <FieldRow
          key={field.key}
          field={field}
          id={`${idBase}-${field.key}`}
          value={ownValue(value.values, field.key) ?? ''}
          onChange={(text) => onChange({ ...value, values: { ...value.values, [field.key]: text } })}
        />
      ))}
    </BlockGroup>
  );
}
