import { initialBlockValue } from '../draft/initial-values';
import type { Block } from '../template/schema';
import { valueTexts } from './value-texts';

const cache = new WeakMap<Block, ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();

/**
 * The texts a new draft starts with in this block. Left as they are, they are
 * the template's, not the user's: draft-completion does not count them as
 * filled, and neither does the validator (an untouched example code block is
 * not the user's work).
 */
export function templateExamples(block: Block | undefined): ReadonlySet<string> {
  if (!block) return NONE;
  let examples = cache.get(block);
  if (!examples) {
    const initial = initialBlockValue(block, '');
    examples = new Set(initial ? valueTexts(initial).filter((t) => t.trim() !== '') : []);
    cache.set(block, examples);
  }
  return examples;
}
