import { blockKind, isRegisteredValue } from '../blocks/block-kinds';
import type { BlockValue } from '../draft/draft-schema';
import type { Block } from '../template/schema';
import type { FindingList } from './finding-list';
import type { Place } from './place';
import { inSection } from './message-text';

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
