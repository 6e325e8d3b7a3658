import { blockKind, isRegisteredValue } from '../blocks/block-kinds';
import type { BlockValue } from '../draft/draft-schema';
import type { Block } from '../template/schema';
import type { FindingList } from './finding-list';
import type { Place } from './place';
import { inSection } from './message-text';

/**
 * Structure within one block, as its kind checks it: scenarios with each of
 * Given, When and Then, table rows as wide as the table, JSON code that parses. `sectionHasContent`
 * tells a forgotten empty scenario from a section not started yet (reported
 * once, as an empty section, or not at all).
 */
export function checkBlockShape(value: BlockValue, block: Block | undefined, place: Place, sectionName: string | null, sectionHasContent: boolean, list: FindingList): void {
  const where = inSection(sectionName);
  // A damaged draft's value may be of no kind there is.
  if (isRegisteredValue(value)) blockKind(value.kind).checkShape(value, { place, where, label: block?.label, sectionHasContent, list });
}
