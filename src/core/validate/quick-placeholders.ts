import { findPlaceholders, INSTRUCTION_VERBS, type PlaceholderContext } from '../template/find-placeholders';
import type { Placeholder } from '../template/schema';

/**
 * Every placeholder kind starts with one of these: `[` (bracket,
 * clarification), `{` (brace), `<` (angle), `(fill`/`(to be`/`(describe`... (paren), `$X`
 * (variable), `TODO(` and `YYYY-MM-DD`. Case-insensitive, so it matches a
 * little more than it must, never less; a property test holds it to that.
 */
const TRIGGER = new RegExp(`[[{<]|\\$[A-Z]|TODO\\(|YYYY-MM-DD|\\((?:fill|to be|${INSTRUCTION_VERBS})`, 'i');

/**
 * findPlaceholders with a fast path: most filled-in text has none of the
 * characters a placeholder starts with, and one regex test over it costs far
 * less than the full scan (which masks links and code spans first).
 */
export function quickPlaceholders(text: string, context: PlaceholderContext): Placeholder[] {
  return mayHavePlaceholder(text) ? findPlaceholders(text, context) : [];
}

/** False when the text cannot hold a placeholder of any kind. */
export function mayHavePlaceholder(text: string): boolean {
  return TRIGGER.test(text);
}
