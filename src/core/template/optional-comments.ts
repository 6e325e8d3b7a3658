import type { Token } from './scan-blocks';

/** `<!-- This is an optional element. Feel free to remove. -->` (MADR), `<!-- optional -->`, `<!-- This section is optional. -->`. */
const OPTIONAL = /^(?:this (?:section |element )?is (?:an? )?)?optional(?: (?:element|section))?[.!]?(?:\s+feel free to (?:remove|delete)(?: it)?[.!]?)?$/i;

/**
 * An optional-section comment right before a heading marks the section that
 * heading opens; it says nothing about the section it sits at the end of,
 * so it leaves the stream (it would be that section's guidance). Returns the
 * tokens without those comments, and the headings they mark.
 */
export function takeOptionalComments(tokens: Token[]): { tokens: Token[]; optional: Set<Token> } {
  const optional = new Set<Token>();
  const kept: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const next = tokens[k + 1];
    if (token.type === 'comment' && token.closed && next?.type === 'heading' && OPTIONAL.test(token.text.replace(/\s+/g, ' ').trim())) {
      optional.add(next);
      continue;
    }
    kept.push(token);
  }
  return { tokens: kept, optional };
}
