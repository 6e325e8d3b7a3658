import type { Finding } from '../validate/finding';
import { inSection, named, qualityFinding } from './quality-finding';
import type { QualityText } from './quality-texts';

export type EarsPattern = 'ubiquitous' | 'event' | 'state' | 'unwanted' | 'optional' | 'complex';

// Preconditions (`While ...,` `When ...,` `Where ...,` `If ..., then`), then `the <system> shall|must <response>`.
const PRECONDITION = /^(while|when|where)\s+[^,]+,\s*|^if\s+[^,]+,\s*then\s+/i;
const RESPONSE = /^(?:the\s+)?[^,]+?\s(?:shall|must)(?:\s+not)?\s+\S/i;
const KIND: Record<string, EarsPattern> = { while: 'state', when: 'event', where: 'optional', if: 'unwanted' };

/**
 * Which EARS pattern (Easy Approach to Requirements Syntax) a requirement
 * follows, or null: ubiquitous (`The system shall ...`), event (`When ...,`),
 * state (`While ...,`), unwanted behaviour (`If ..., then ...`), optional
 * feature (`Where ...,`), or complex (more than one precondition).
 */
export function earsPattern(text: string): EarsPattern | null {
  let rest = text.replace(/^\s*(?:\*\*|__)?/, '').trim();
  const kinds: EarsPattern[] = [];
  for (let m = PRECONDITION.exec(rest); m; m = PRECONDITION.exec(rest)) {
    kinds.push(KIND[(m[1] ?? 'if').toLowerCase()]!);
    rest = rest.slice(m[0].length);
  }
  if (!RESPONSE.test(rest)) return null;
  if (kinds.length === 0) return 'ubiquitous';
  return kinds.length === 1 ? kinds[0]! : 'complex';
}

/** Requirements in none of the EARS patterns; a per-template option, off unless asked for. */
export function checkEars(texts: readonly QualityText[]): Finding[] {
  return texts.flatMap((t) => {
    if (!t.requirement || t.criterion || t.id === undefined || earsPattern(t.text)) return [];
    return [qualityFinding(t, 'ears-form', `${named(t)} follows no EARS pattern: write "The <system> shall <response>", or start it with "When <trigger>,", "While <state>,", "If <condition>, then" or "Where <feature>,"${inSection(t)}.`)];
  });
}
