import { checkFieldValue } from './check-field-value';
import { fieldText } from './field-text';
import type { FindingList } from './finding-list';
import { inSection, listWords, shown } from './message-text';
import { placeholdersLeft, type PlaceholderScope } from './placeholders-left';
import { isLeadIn, isTemplateFieldValue, sameWords } from './template-text';
import type { Marker, TextRef } from './text-ref';
import { quickPlaceholders } from './quick-placeholders';
import { unmeasuredVagueWords } from './vague-words';

const LISTED = 3;

/** What a value is read against: see placeholdersLeft; `examples` are the template's texts for the block (templateExamples). */
export type TextScope = PlaceholderScope & { examples?: ReadonlySet<string> };

export type TextCheck = {
  /** Counts as filled in, the way draft-completion counts it. */
  filled: boolean;
  /** Still the template's own text, placeholder-free (reported by the caller, which sees the whole block). */
  templateText: boolean;
};

const EMPTY: TextCheck = { filled: false, templateText: false };
const samplesOf = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/**
 * The checks every text value gets: placeholders left in it, clarification
 * markers (collected into `markers`, judged for the whole draft later), vague
 * success criteria, and the field's own format. Returns whether the value
 * counts as filled in, the way draft-completion counts it: not blank, no
 * placeholder (read as prose, even in code) and not one of `examples`, the
 * template's own texts for the block; and whether it is still the
 * template's text (the same words as one of `examples`, or a field's
 * instruction left as it was).
 */
export function checkText(ref: TextRef, list: FindingList, markers: Marker[], scope: TextScope): TextCheck {
  if (typeof ref.text !== 'string') throw new TypeError(`${ref.name} is not text`);
  if (ref.text.trim() === '') {
    checkFieldValue(ref, list);
    return EMPTY;
  }
  const found = placeholdersLeft(ref.text, ref.context, scope);
  const blanks = found.filter((p) => p.kind !== 'clarification');
  for (const p of found) if (p.kind === 'clarification') markers.push({ ref, question: p.label });

  const where = inSection(ref.where);
  if (blanks.length > 0) {
    const distinct = [...new Set(blanks.map((p) => shown(p.text)))];
    const names = distinct.slice(0, LISTED);
    const more = distinct.length > LISTED ? ` and ${distinct.length - LISTED} more` : '';
    const message =
      blanks.length === 1
        ? `${ref.name} still has the placeholder ${names[0]}${where}.`
        : `${ref.name} still has ${blanks.length} placeholders: ${more ? names.join(', ') + more : listWords(names)}${where}.`;
    list.add(ref.place, 'error', 'placeholder-left', message, ref.field);
    return EMPTY; // a value with a blank in it is unfinished: its format and wording are judged once it is filled
  }

  if (ref.criterion) {
    const words = unmeasured(ref.text);
    if (words.length > 0) {
      const quoted = listWords(words.map((w) => `"${w}"`));
      list.add(ref.place, 'warning', 'vague-criterion', `${ref.name} says ${quoted} without a measure: add a number, such as a time, a percentage or a count${where}.`, ref.field);
    }
  }
  checkFieldValue(ref, list);
  // Completion reads code as prose too: `<T>` in code is no placeholder here, but it is not "filled" there either.
  const blankAsProse = ref.context === 'code' && quickPlaceholders(ref.text, 'text').some((p) => p.kind !== 'clarification');
  return { filled: !blankAsProse && !(scope.examples?.has(ref.text) ?? false), templateText: isTemplateText(ref, scope.examples) };
}

function isTemplateText(ref: TextRef, examples: ReadonlySet<string> | undefined): boolean {
  if (ref.fieldDef) {
    return ref.fieldDef.type === 'text' && isTemplateFieldValue(fieldText(ref), ref.fieldDef.defaultValue);
  }
  if (!examples || examples.size === 0 || isLeadIn(ref.text)) return false;
  let samples = samplesOf.get(examples);
  if (!samples) {
    samples = new Set([...examples].map(sameWords));
    samplesOf.set(examples, samples);
  }
  return samples.has(sameWords(ref.text));
}

/** Vague words of every line that has no measure of its own (prose runs over several lines). */
function unmeasured(text: string): string[] {
  const words: string[] = [];
  for (const line of text.split('\n')) for (const word of unmeasuredVagueWords(line)) if (!words.includes(word)) words.push(word);
  return words;
}
