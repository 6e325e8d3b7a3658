import type { BlockValueKind } from '../draft/draft-schema';
import type { ValueOf } from '../blocks/block-kind-module';
import type { ItemOp } from './item-ops';
import type { TextPart } from './text-parts';

type ItemOf<K extends BlockValueKind> = ValueOf<K> extends { items: (infer I)[] } ? I : never;

/** A change to a value's own keyed texts (form fields): null before means added, null after means removed. */
export type EntryChange = { key: string; before: string | null; after: string | null };

/** What changed inside one block, in the block kind's own terms. */
export type BlockChange =
  | { kind: 'prose'; text: TextPart[] }
  | { kind: 'code'; lang: { before: string; after: string } | null; code: TextPart[] | null }
  | { kind: 'diagram'; code: TextPart[] }
  | { kind: 'fields'; entries: EntryChange[] }
  | { kind: 'table'; columns: { before: string[]; after: string[] } | null; rows: ItemOp<string[]>[] | null }
  | { kind: 'idList'; items: ItemOp<ItemOf<'idList'>>[] }
  | { kind: 'scenarios'; items: ItemOp<ItemOf<'scenarios'>>[] }
  | { kind: 'definitions'; items: ItemOp<ItemOf<'definitions'>>[] }
  | { kind: 'checklist'; items: ItemOp<ItemOf<'checklist'>>[] }
  | { kind: 'list'; items: ItemOp<string>[] };

export type BlockChangeOf<K extends BlockValueKind> = Extract<BlockChange, { kind: K }>;

