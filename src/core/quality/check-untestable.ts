import type { Finding } from '../validate/finding';
import { hasMeasure, VAGUE_WORDS } from '../validate/vague-words';
import { inSection, named, qualityFinding } from './quality-finding';
import type { QualityText } from './quality-texts';

/** Phrases that leave it to the reader whether a requirement holds, whatever numbers are beside them. */
const HEDGES = /\b(as appropriate|where appropriate|as needed|as necessary|if possible|where possible|when possible|as soon as possible|as far as possible|user[- ]friendly|easy to use|state of the art|best effort|and\/or|etc\.?)(?=\W|$)/i;

/** A quality stated as what the thing is, with no measure: "should be fast", "is intuitive", "feel seamless". */
const VAGUE_PREDICATE = new RegExp(`\\b(?:be|is|are|feel|feels|look|looks|remain|remains|stay|stays)\\s+(?:very\\s+|more\\s+|highly\\s+)?(${VAGUE_WORDS.join('|')})\\b`, 'i');

/**
 * Requirements that state nothing a test could check: a hedge ("as
 * appropriate", "if possible", "user friendly", "etc.") or a quality stated
 * with no measure ("should be fast"). A vague word that only describes what
 * is delivered ("a fast run history") is left alone here; in success
 * criteria, vague-criterion reads every vague word.
 */
export function checkUntestable(texts: readonly QualityText[]): Finding[] {
  return texts.flatMap((t) => {
    if (!t.requirement || t.criterion || !t.item) return [];
    const hedge = HEDGES.exec(t.text)?.[1];
    const predicate = hedge ? null : VAGUE_PREDICATE.exec(t.text);
    const phrase = hedge ?? (predicate && !hasMeasure(t.text) ? predicate[0] : null);
    if (!phrase) return [];
    const quoted = `"${phrase}"`;
    return [qualityFinding(t, 'untestable-requirement', `${named(t)} says ${quoted}: no test can tell whether it holds. Say exactly what, with a number where it is a quality${inSection(t)}.`)];
  });
}
