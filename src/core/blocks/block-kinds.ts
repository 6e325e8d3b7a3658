import type { BlockValue } from '../draft/draft-schema';
import type { Block } from '../template/schema';
import { codeKind } from './code/code-kind';
import { checklistKind } from './checklist/checklist-kind';
import { listKind } from './list/list-kind';
import { definitionsKind } from './definitions/definitions-kind';
import { scenariosKind } from './scenarios/scenarios-kind';
import { tableKind } from './table/table-kind';
import { idListKind } from './id-list/id-list-kind';
import type { BlockKindModule, BlockOf, ValueOf } from './block-kind-module';
import { proseKind } from './prose/prose-kind';

/** The kinds that have a module here so far; the switches they came from handle the rest. */
export type RegisteredKind = 'idList' | 'table' | 'scenarios' | 'definitions' | 'list' | 'checklist' | 'prose' | 'code';

/** One module per block kind: a kind or a capability left out does not compile. */
const blockKinds: { [K in RegisteredKind]: BlockKindModule<K> } = {
  prose: proseKind,
  idList: idListKind,
  table: tableKind,
  scenarios: scenariosKind,
  definitions: definitionsKind,
  list: listKind,
  checklist: checklistKind,
  code: codeKind,
};

export function blockKind<K extends RegisteredKind>(kind: K): BlockKindModule<K> {
  return blockKinds[kind];
}

// Own keys only: a stored value's kind is untrusted (`__proto__`, `constructor`).
export function isRegisteredValue(value: BlockValue): value is ValueOf<RegisteredKind> {
  return Object.hasOwn(blockKinds, value.kind);
}

export function isRegisteredBlock(block: Block): block is BlockOf<RegisteredKind> {
  return Object.hasOwn(blockKinds, block.kind);
}
