import type { BlockValueKind } from '../../core/draft/draft-schema';
import { ChecklistField } from './checklist-field';
import { CodeField } from './code-field';
import { DefinitionsField } from './definitions-field';
import { DiagramField } from './diagram-field';
import type { FieldComponent } from './field-component';
import { FieldsField } from './fields-field';
import { IdListField } from './id-list-field';
import { ListField } from './list-field';
import { ProseSlot } from './prose-slot';
import { ScenariosField } from './scenarios-field';
import { TableField } from './table-field';

/** One control per block kind: a kind left out does not compile. */
const fieldComponents: { [K in BlockValueKind]: FieldComponent<K> } = {
  prose: ProseSlot,
  fields: FieldsField,
  definitions: DefinitionsField,
  idList: IdListField,
  scenarios: ScenariosField,
  table: TableField,
  code: CodeField,
  checklist: ChecklistField,
  list: ListField,
  diagram: DiagramField,
};

export function fieldComponent<K extends BlockValueKind>(kind: K): FieldComponent<K> {
  return fieldComponents[kind];
}
