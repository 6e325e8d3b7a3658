import type { Draft } from '../draft/draft-schema';
import type { Finding } from '../validate/finding';
import { checkCriteriaMeasure } from './check-criteria-measure';
import { checkEars } from './check-ears';
import { checkIdReferences } from './check-id-references';
import { checkKeywordCase } from './check-keyword-case';
import { checkUntestable } from './check-untestable';
import { qualityTexts } from './quality-texts';

export type QualityOptions = {
  /** EARS patterns for requirements: a per-template choice, off by default. */
  ears?: boolean;
};

/**
 * The deterministic quality rules, all warnings: RFC 2119 keywords written
 * one way, requirements a test can check, EARS patterns (when asked for),
 * success criteria with a measure, and IDs that are referenced and exist.
 * Pure; never throws: a draft it cannot read gets no quality findings (the
 * other checks say what is wrong with it).
 */
export function checkQuality(draft: Draft, options: QualityOptions = {}): Finding[] {
  try {
    const texts = qualityTexts(draft);
    return [
      ...checkKeywordCase(texts),
      ...checkUntestable(texts),
      ...(options.ears ? checkEars(texts) : []),
      ...checkCriteriaMeasure(texts),
      ...checkIdReferences(texts, draft),
    ];
  } catch {
    return [];
  }
}
