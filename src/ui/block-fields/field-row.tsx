import type { Field } from '../../core/template/schema';
import { fieldHint } from './field-hint';
import { FieldInput } from './field-input';

type FieldRowProps = {
  field: Field;
  value: string;
  onChange: (value: string) => void;
  id: string;
};

/**
 * One labelled field with its help. Also usable on its own for the draft's
 * metadata and frontmatter, which are fields outside any block.
 */
export function FieldRow({ field, value, onChange, id }: FieldRowProps) {
  const helpId = `${id}-help`;
  const formatId = `${id}-format`;
  const help = field.help?.trim() ?? '';
  const describedBy = [help && helpId, field.type === 'version' && formatId].filter(Boolean).join(' ') || undefined;

  return (
    <div className="field-row">
      <label className="field-row-label" htmlFor={id}>
        {field.label}
      </label>
      <FieldInput field={field} value={value} onChange={onChange} id={id} describedBy={describedBy} />
      {help && (
        // Help that only repeats what the control already shows stays for screen readers, which keep it after the placeholder is gone.
        <p id={helpId} className={repeatsControl(field, help) ? 'visually-hidden' : 'field-row-help'}>
          {help}
        </p>
      )}
      {field.type === 'version' && (
        <p id={formatId} className="field-row-help">
          Major.minor.patch, for example 1.4.0
        </p>
      )}
    </div>
  );
}

function repeatsControl(field: Field, help: string): boolean {
  const plain = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  switch (field.type) {
    case 'text':
    case 'version':
      return plain(fieldHint(field)).includes(plain(help)) || (field.type === 'version' && /^x\.y\.z$/i.test(help));
    case 'date':
      return /^(yyyy-mm-dd|date)$/i.test(help);
    case 'enum':
      return plain(help) === plain((field.options ?? []).join(' '));
  }
}
