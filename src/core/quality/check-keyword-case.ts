import type { Finding } from '../validate/finding';
import { inSection, named, qualityFinding } from './quality-finding';
import type { QualityText } from './quality-texts';

const UPPER = /\b(?:MUST|SHALL|SHOULD|REQUIRED|RECOMMENDED)\b/;
const LOWER = /\b(must|shall|should)\b/;

/**
 * RFC 2119 keywords written one way: where some requirements write them in
 * capitals (`System MUST ...`), a requirement that says "must" or "should" in
 * lower case reads as a weaker, different word. Nothing is said when no
 * requirement uses capitals.
 */
export function checkKeywordCase(texts: readonly QualityText[]): Finding[] {
  const requirements = texts.filter((t) => t.requirement && t.item);
  if (!requirements.some((t) => UPPER.test(t.text))) return [];
  return requirements.flatMap((t) => {
    const lower = UPPER.test(t.text) ? null : LOWER.exec(t.text);
    if (!lower) return [];
    const word = lower[1]!;
    return [qualityFinding(t, 'keyword-case', `${named(t)} says "${word}" where the other requirements write RFC 2119 keywords in capitals: write "${word.toUpperCase()}"${inSection(t)}.`)];
  });
}
