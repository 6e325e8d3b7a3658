import { initialBlockValue } from '../draft/initial-values';
import type { Block } from '../template/schema';
import { blockTexts } from './block-texts';
import { DOCUMENT_ORDER } from './place';

const cache = new WeakMap<Block, ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();

/**
 * The texts a new draft starts with in this block. Left as they are, they are
 * the template's, not the user's: draft-completion does not count them as
 * filled, and neither does the validator.
 */
export function templateExamples(block: Block | undefined): ReadonlySet<string> {
  if (!block) return NONE;
  let examples = cache.get(block);
  if (!examples) {
    const initial = initialBlockValue(block, '');
    const texts = initial ? blockTexts(initial, block, { sectionId: null, order: DOCUMENT_ORDER, slot: 0 }, null, false).map((r) => r.text) : [];
    examples = new Set(texts.filter((t) => t.trim() !== ''));
    cache.set(block, examples);
  }
  return examples;
}
