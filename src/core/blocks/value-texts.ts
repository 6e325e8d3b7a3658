import { blockKind, isRegisteredValue } from './block-kinds';
import type { BlockValue } from '../draft/draft-schema';

/** A value's texts, each counted once in completion. */
export function valueTexts(value: BlockValue): string[] {
  if (isRegisteredValue(value)) return blockKind(value.kind).texts(value);
  switch (value.kind) {
    case 'fields':
      return Object.values(value.values);
  }
}
