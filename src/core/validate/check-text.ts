import { checkFieldValue } from './check-field-value';
import type { FindingList } from './finding-list';
import { inSection, listWords, shown } from './message-text';
import type { Marker, TextRef } from './text-ref';
import { quickPlaceholders } from './quick-placeholders';
import { unmeasuredVagueWords } from './vague-words';

const LISTED = 3;

/**
 * The checks every text value gets: placeholders left in it, clarification
 * markers (collected into `markers`, judged for the whole draft later), vague
 * success criteria, and the field's own format. Returns whether the value
 * counts as filled in, the way draft-completion counts it: not blank, no
 * placeholder (read as prose, even in code) and not one of `examples`, the
 * template's own texts for the block.
 */
export function checkText(ref: TextRef, list: FindingList, markers: Marker[], examples?: ReadonlySet<string>): boolean {
  if (typeof ref.text !== 'string') throw new TypeError(`${ref.name} is not text`);
  if (ref.text.trim() === '') {
    checkFieldValue(ref, list);
    return false;
  }
  const found = quickPlaceholders(ref.text, ref.context);
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
    return false; // a value with a blank in it is unfinished: its format and wording are judged once it is filled
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
  return !blankAsProse && !(examples?.has(ref.text) ?? false);
}

/** Vague words of every line that has no measure of its own (prose runs over several lines). */
function unmeasured(text: string): string[] {
  const words: string[] = [];
  for (const line of text.split('\n')) for (const word of unmeasuredVagueWords(line)) if (!words.includes(word)) words.push(word);
  return words;
}
