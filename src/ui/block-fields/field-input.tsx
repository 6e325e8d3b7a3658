import { useState } from 'react';
import type { Field } from '../../core/template/schema';
import { fieldHint } from './field-hint';
import { GrowingTextarea } from './growing-textarea';

type FieldInputProps = {
  field: Field;
  value: string;
  onChange: (value: string) => void;
  id: string;
  /** Ids of the field's description and hints. */
  describedBy?: string | undefined;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const VERSION_PATTERN = '\\d+\\.\\d+\\.\\d+';
const VERSION = new RegExp(`^${VERSION_PATTERN}$`);
/** Template values up to this long get a one-line input (`[AUTHOR_NAME]`); longer ones ask for sentences. */
const SHORT_TEMPLATE_VALUE = 40;

/** The input for one field, chosen by its type: date picker, select, version or text. */
export function FieldInput({ field, value, onChange, id, describedBy }: FieldInputProps) {
  // Chosen once: swapping the element while the user types would drop focus.
  const [shape] = useState(() => inputShape(field, value));
  const hint = fieldHint(field);
  const common = { id, 'aria-describedby': describedBy, className: 'block-field-input' };

  switch (shape) {
    case 'date':
      return <input {...common} type="date" value={value} onChange={(e) => onChange(e.target.value)} />;
    case 'enum':
      return <EnumSelect field={field} value={value} onChange={onChange} common={common} />;
    case 'version':
      return (
        <input
          {...common}
          type="text"
          inputMode="decimal"
          pattern={VERSION_PATTERN}
          placeholder={hint}
          value={value}
          aria-invalid={value !== '' && !VERSION.test(value)}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'line':
      return <input {...common} type="text" placeholder={hint} value={value} onChange={(e) => onChange(e.target.value)} />;
    case 'text':
      return <GrowingTextarea {...common} placeholder={hint} value={value} onChange={(e) => onChange(e.target.value)} />;
  }
}

type Shape = 'date' | 'enum' | 'version' | 'line' | 'text';

function inputShape(field: Field, value: string): Shape {
  switch (field.type) {
    // A date the user wrote by hand (`Q3 2025`) stays editable as text rather than vanishing from a date picker.
    case 'date':
      return value === '' || ISO_DATE.test(value) ? 'date' : 'line';
    case 'enum':
      return 'enum';
    case 'version':
      return 'version';
    case 'text':
      return field.templateValue.trim().length <= SHORT_TEMPLATE_VALUE && !value.includes('\n') ? 'line' : 'text';
  }
}

type EnumSelectProps = {
  field: Field;
  value: string;
  onChange: (value: string) => void;
  common: { id: string; 'aria-describedby': string | undefined; className: string };
};

function EnumSelect({ field, value, onChange, common }: EnumSelectProps) {
  const options = field.options ?? [];
  const mayBeEmpty = value === '' || /^(""|'')?$/.test(field.templateValue.trim());
  // A value from an imported document that is not one of the options is kept, not silently replaced.
  const foreign = value !== '' && !options.includes(value) ? [value] : [];
  return (
    <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
      {mayBeEmpty && <option value="">Not set</option>}
      {[...foreign, ...options].map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  );
}
