/**
 * Words that promise a quality without saying how much of it: spec-kit asks
 * for success criteria that can be measured, and "fast" cannot be.
 */
export const VAGUE_WORDS = [
  'fast',
  'faster',
  'quick',
  'quickly',
  'rapid',
  'rapidly',
  'speedy',
  'snappy',
  'instant',
  'instantly',
  'responsive',
  'performant',
  'high-performance',
  'low-latency',
  'efficient',
  'efficiently',
  'scalable',
  'robust',
  'reliable',
  'reliably',
  'intuitive',
  'intuitively',
  'user-friendly',
  'easy',
  'easily',
  'simple',
  'seamless',
  'seamlessly',
  'smooth',
  'smoothly',
  'lightweight',
  'secure',
  'securely',
] as const;

// Literal alternatives between word boundaries: no nested quantifiers, so matching is linear.
const VAGUE = new RegExp(`\\b(?:${VAGUE_WORDS.join('|')})\\b`, 'gi');
/** IDs like FR-003 or SC-001 carry digits that measure nothing. */
const ID = /\b[A-Z]{1,5}-\d+\b/g;
const NUMBER_WORD =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|billion|half|twice|double|triple|percent|percentile)\b/i;
const ONE_UNIT = /\b(?:a|an|per)\s+(?:millisecond|second|minute|hour|day|week|month|year)\b/i;

/**
 * The vague words in `text` when nothing in it measures them (a number, a
 * percentage, `p95`, `2 minutes`, `under a second`); otherwise none. Distinct,
 * lower case, in order of appearance.
 */
export function unmeasuredVagueWords(text: string): string[] {
  VAGUE.lastIndex = 0;
  const words: string[] = [];
  for (let m = VAGUE.exec(text); m; m = VAGUE.exec(text)) {
    const word = m[0].toLowerCase();
    if (!words.includes(word)) words.push(word);
  }
  if (words.length === 0 || hasMeasure(text)) return [];
  return words;
}

/** True when the text states an amount: digits (not inside an ID), a number word, or "a second"-style units. */
export function hasMeasure(text: string): boolean {
  return /\d/.test(text.replace(ID, ' ')) || NUMBER_WORD.test(text) || ONE_UNIT.test(text);
}
