import { blockKind, isRegisteredValue } from '../blocks/block-kinds';
import type { BlockValue } from '../draft/draft-schema';
import type { Block } from '../template/schema';
import type { FindingList } from './finding-list';
import type { Place } from './place';
import { inSection, listWords } from './message-text';

/**
 * Structure within one block: scenarios with each of Given, When and Then,
 * table rows as wide as the table, JSON code that parses. `sectionHasContent`
 * tells a forgotten empty scenario from a section not started yet (reported
 * once, as an empty section, or not at all).
 */
export function checkBlockShape(value: BlockValue, block: Block | undefined, place: Place, sectionName: string | null, sectionHasContent: boolean, list: FindingList): void {
  const where = inSection(sectionName);
  if (isRegisteredValue(value)) {
    blockKind(value.kind).checkShape(value, { place, where, label: block?.label, sectionHasContent, list });
    return;
  }
  switch (value.kind) {
    case 'scenarios':
      value.items.forEach((s, k) => {
        const missing = (['Given', 'When', 'Then'] as const).filter((part) => s[part.toLowerCase() as 'given' | 'when' | 'then'].trim() === '');
        const name = `Scenario ${k + 1}`;
        if (missing.length === 3) {
          if (sectionHasContent) list.add(place, 'warning', 'scenario-form', `${name} is empty: write its Given, When and Then, or remove it${where}.`, name);
        } else if (missing.length > 0) {
          list.add(place, 'warning', 'scenario-form', `${name} has no ${listWords(missing, 'or')} text${where}.`, name);
        }
      });
      return;
    case 'table': {
      const columns = value.columns.length;
      value.rows.forEach((row, r) => {
        if (row.length !== columns) {
          const label = block?.label ? `${block.label}: row` : 'Row';
          list.add(place, 'error', 'table-row-cells', `${label} ${r + 1} has ${cells(row.length)} but the table has ${columns} ${columns === 1 ? 'column' : 'columns'}${where}.`, `row ${r + 1}`);
        }
      });
      return;
    }
    default:
      return;
  }
}

function cells(n: number): string {
  return n === 1 ? '1 cell' : `${n} cells`;
}
