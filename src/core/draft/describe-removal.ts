import { blockKind, isRegisteredValue } from '../blocks/block-kinds';
import type { BlockValue } from './draft-schema';

/**
 * When an edit removed something (an ID'd item, a scenario, a row, a column),
 * a short description for an Undo notice; null for any other edit. Works on
 * any block kind, so the controls only ever report the new value.
 */
export function describeRemoval(before: BlockValue, after: BlockValue): string | null {
  if (before.kind !== after.kind) return null;
  return isRegisteredValue(before) ? blockKind(before.kind).describeRemoval(before, after as typeof before) : null;
}
