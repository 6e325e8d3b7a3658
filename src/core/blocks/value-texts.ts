import { blockKind, isRegisteredValue } from './block-kinds';
import type { BlockValue } from '../draft/draft-schema';

/** A value's texts, each counted once in completion. */
export function valueTexts(value: BlockValue): string[] {
  return isRegisteredValue(value) ? blockKind(value.kind).texts(value) : [];
}
