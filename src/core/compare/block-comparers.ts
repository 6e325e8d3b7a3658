import type { BlockValueKind } from '../draft/draft-schema';
import type { ValueOf } from '../blocks/block-kind-module';
import type { BlockChangeOf, EntryChange } from './block-change';
import { applyItems, diffItems, type ItemOp } from './item-ops';
import { applyText, diffText } from './text-parts';

/** How one block kind is compared, and how its changes are applied back. */
type BlockComparer<K extends BlockValueKind> = {
  diff(before: ValueOf<K>, after: ValueOf<K>): BlockChangeOf<K> | null;
  apply(value: ValueOf<K>, change: BlockChangeOf<K>): ValueOf<K>;
};

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Lists whose items are compared by one text each, and changes applied by the shared list steps. */
function itemsComparer<K extends 'idList' | 'scenarios' | 'definitions' | 'checklist' | 'list'>(kind: K, key: (item: never) => string, pairs?: (a: never, b: never) => boolean): BlockComparer<K> {
  const keyOf = key as (item: unknown) => string;
  const pairOf = pairs as ((a: unknown, b: unknown) => boolean) | undefined;
  const itemsOf = (value: ValueOf<K>) => (value as { items: unknown[] }).items;
  return {
    diff(before, after) {
      const items = diffItems(itemsOf(before), itemsOf(after), keyOf, sameJson, pairOf);
      return items ? ({ kind, items } as unknown as BlockChangeOf<K>) : null;
    },
    apply(value, change) {
      const { items } = change as unknown as { items: ItemOp<unknown>[] };
      return { ...value, items: applyItems(itemsOf(value), items) };
    },
  };
}

/**
 * One comparer per block kind; a kind without one does not compile. Lists are
 * aligned on their text (requirements on their wording, so removing one and
 * renumbering the rest reads as one removal; a reworded one keeps its ID),
 * definitions on their term.
 */
export const blockComparers: { [K in BlockValueKind]: BlockComparer<K> } = {
  prose: {
    diff: (before, after) => {
      const text = diffText(before.markdown, after.markdown);
      return text ? { kind: 'prose', text } : null;
    },
    apply: (value, change) => ({ ...value, markdown: applyText(value.markdown, change.text) }),
  },
  code: {
    diff: (before, after) => {
      const code = diffText(before.code, after.code, { lines: true });
      const lang = before.lang === after.lang ? null : { before: before.lang, after: after.lang };
      return code || lang ? { kind: 'code', code, lang } : null;
    },
    apply: (value, change) => ({ ...value, lang: change.lang ? change.lang.after : value.lang, code: change.code ? applyText(value.code, change.code) : value.code }),
  },
  diagram: {
    diff: (before, after) => {
      const code = diffText(before.code, after.code, { lines: true });
      return code ? { kind: 'diagram', code } : null;
    },
    apply: (value, change) => ({ ...value, code: applyText(value.code, change.code) }),
  },
  fields: {
    diff: (before, after) => {
      const entries = diffEntries(before.values, after.values);
      return entries.length > 0 ? { kind: 'fields', entries } : null;
    },
    apply: (value, change) => ({ ...value, values: applyEntries(value.values, change.entries) }),
  },
  table: {
    diff: (before, after) => {
      const columns = sameJson(before.columns, after.columns) ? null : { before: before.columns, after: after.columns };
      const rows = diffItems(before.rows, after.rows, (row) => JSON.stringify(row), sameJson);
      return columns || rows ? { kind: 'table', columns, rows } : null;
    },
    apply: (value, change) => ({ ...value, columns: change.columns ? change.columns.after : value.columns, rows: change.rows ? applyItems(value.rows, change.rows) : value.rows }),
  },
  idList: itemsComparer(
    'idList',
    (item: { text: string }) => item.text.trim(),
    (a: { id: string }, b: { id: string }) => a.id === b.id,
  ),
  scenarios: itemsComparer('scenarios', (item: { given: string; when: string; then: string }) => `${item.given}\n${item.when}\n${item.then}`),
  definitions: itemsComparer('definitions', (item: { term: string }) => item.term.trim()),
  checklist: itemsComparer('checklist', (item: { text: string }) => item.text.trim()),
  list: itemsComparer('list', (item: string) => item.trim()),
};

/** Keys added, removed and changed between two records of texts, in the new record's order then the removed ones. */
export function diffEntries(before: Record<string, string>, after: Record<string, string>): EntryChange[] {
  const out: EntryChange[] = [];
  for (const [key, value] of Object.entries(after)) {
    const old = Object.hasOwn(before, key) ? before[key]! : null;
    if (old !== value) out.push({ key, before: old, after: value });
  }
  for (const [key, value] of Object.entries(before)) if (!Object.hasOwn(after, key)) out.push({ key, before: value, after: null });
  return out;
}

/** Applies entry changes, keeping the record's key order and adding new keys at the end. */
export function applyEntries(record: Record<string, string>, entries: readonly EntryChange[]): Record<string, string> {
  const next: Record<string, string> = { ...record };
  for (const entry of entries) {
    const current = Object.hasOwn(next, entry.key) ? next[entry.key]! : null;
    if (current !== entry.before) throw new Error(`These changes were made from another value of “${entry.key}”.`);
    if (entry.after === null) delete next[entry.key];
    else next[entry.key] = entry.after;
  }
  return next;
}
