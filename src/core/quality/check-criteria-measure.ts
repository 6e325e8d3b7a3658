import type { Finding } from '../validate/finding';
import { hasMeasure, unmeasuredVagueWords } from '../validate/vague-words';
import { inSection, named, qualityFinding } from './quality-finding';
import type { QualityText } from './quality-texts';

/** Words that state an absolute amount: "0 duplicates" and "no duplicates" are both measures. */
const ABSOLUTE = /\b(all|every|each|none|no|zero|exactly|never|always|only)\b/i;

/**
 * Success criteria with no number or unit: "Users can export a report" is
 * met or not by someone's judgement, "within 2 seconds for 95% of exports" by
 * a measure. One with a vague word is left to vague-criterion, which says
 * which word.
 */
export function checkCriteriaMeasure(texts: readonly QualityText[]): Finding[] {
  return texts.flatMap((t) => {
    if (!t.criterion || !t.item || hasMeasure(t.text) || ABSOLUTE.test(t.text) || unmeasuredVagueWords(t.text).length > 0) return [];
    return [qualityFinding(t, 'criterion-unmeasured', `${named(t)} has no number or unit: give the measure it is met by (a time, a percentage, a count)${inSection(t)}.`)];
  });
}
