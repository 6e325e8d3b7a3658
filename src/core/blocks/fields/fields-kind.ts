import { fieldsByLabel, fieldValue, normaliseLabel, unitFields } from '../../markdown/unit-fields';
import type { Field } from '../../template/field';
import { shown } from '../../validate/message-text';
import { CRITERIA_TITLE } from '../../validate/text-ref';
import type { BlockKindModule } from '../block-kind-module';
import { labelled } from '../labelled';
import { fieldsTemplateText } from './fields-template-text';
import { initialFieldValue } from './initial-field-value';
import { renderFields, renderUnknownFields } from './render-fields';

/** Labelled values (`**Status**: Draft`), typed as text, choice, date or version. */
export const fieldsKind: BlockKindModule<'fields'> = {
  kind: 'fields',
  initialValue: (block, today) => ({ kind: 'fields', blockId: block.id, values: Object.fromEntries(block.fields.map((f) => [f.key, initialFieldValue(f, today)])) }),
  emptyValue: (block) => ({ kind: 'fields', blockId: block.id, values: Object.fromEntries(block.fields.map((f) => [f.key, ''])) }),
  texts: (value) => Object.values(value.values),
  checkTexts: (value, block, { ref, criterion }) => {
    const defs = new Map<string, Field>(block ? block.fields.map((f) => [f.key, f]) : []);
    return Object.entries(value.values).map(([key, text]) => {
      const def = defs.get(key);
      const name = shown(def?.label ?? key, 40);
      return ref(text, name, key, { criterion: criterion || CRITERIA_TITLE.test(name), ...(def ? { fieldDef: def } : {}) });
    });
  },
  checkShape: () => {},
  render: (value, block, { colonInside }) => (block ? renderFields(block.fields, value.values, block.style) : renderUnknownFields(value.values, colonInside)),
  fit: (block, unit) => {
    const fields = unitFields(unit);
    if (!fields) return null;
    const byLabel = fieldsByLabel(block);
    // A Map, so a key such as __proto__ is a key like any other.
    const values = new Map(block.fields.map((f) => [f.key, '']));
    const seen = new Set<string>();
    for (const { label, value } of fields) {
      const field = byLabel.get(normaliseLabel(label));
      if (!field || seen.has(field.key)) return null;
      seen.add(field.key);
      values.set(field.key, fieldValue(field, value, unit.token.type === 'paragraph'));
    }
    return { weight: 3, value: { kind: 'fields', blockId: block.id, values: Object.fromEntries(values) } };
  },
  describeRemoval: () => null,
  templateText: (block, colonInside) => fieldsTemplateText(block.fields, block.style, colonInside),
  describe: (block) => {
    const names = block.fields.map((field) => field.label).join(', ');
    return names ? labelled(block.label, names) : (block.label ?? null);
  },
  placeholders: (block) => block.fields.flatMap((f) => f.placeholders),
};
