import type { BlockValue, BlockValueKind } from '../draft/draft-schema';
import type { Block } from '../template/schema';
import type { BlockKindModule, BlockOf, ValueOf } from './block-kind-module';
import { checklistKind } from './checklist/checklist-kind';
import { codeKind } from './code/code-kind';
import { definitionsKind } from './definitions/definitions-kind';
import { diagramKind } from './diagram/diagram-kind';
import { fieldsKind } from './fields/fields-kind';
import { idListKind } from './id-list/id-list-kind';
import { listKind } from './list/list-kind';
import { proseKind } from './prose/prose-kind';
import { scenariosKind } from './scenarios/scenarios-kind';
import { tableKind } from './table/table-kind';

/**
 * One module per block kind: a kind or a capability left out does not
 * compile. Rules and link anchors (`raw`) have no value and no module.
 */
const blockKinds: { [K in BlockValueKind]: BlockKindModule<K> } = {
  prose: proseKind,
  fields: fieldsKind,
  definitions: definitionsKind,
  idList: idListKind,
  scenarios: scenariosKind,
  table: tableKind,
  code: codeKind,
  checklist: checklistKind,
  list: listKind,
  diagram: diagramKind,
};

export function blockKind<K extends BlockValueKind>(kind: K): BlockKindModule<K> {
  return blockKinds[kind];
}

// Own keys only: a stored value's kind is untrusted (`__proto__`, `constructor`).
export function isRegisteredValue(value: BlockValue): value is ValueOf<BlockValueKind> {
  return Object.hasOwn(blockKinds, value.kind);
}

export function isRegisteredBlock(block: Block): block is BlockOf<BlockValueKind> {
  return Object.hasOwn(blockKinds, block.kind);
}
