import type { Completion } from '../draft/draft-completion';
import type { DraftSection } from '../draft/draft-schema';
import type { Section } from '../template/schema';
import type { FindingList } from './finding-list';
import type { Place } from './place';

/**
 * A switched-on section the template requires, with nothing of the user's in
 * it or its switched-on subsections (blank, placeholders and the template's
 * own example text do not count, as in draft-completion). A condition makes
 * a section mandatory while it is switched on; conditional and optional
 * sections left empty are only worth a warning.
 */
export function checkSectionFill(section: DraftSection, template: Section | undefined, completion: Completion, place: Place, name: string, list: FindingList): void {
  if (!template || template.requirement === 'none' || completion.filled > 0) return;
  const allOff = completion.total === 0 && section.children.length > 0;
  if (completion.total === 0 && !allOff) return; // nothing here a user could fill
  const condition = template.condition?.trim();
  const empty = allOff ? 'all its subsections are switched off' : 'nothing is filled in yet';

  if (template.requirement === 'mandatory') {
    const message = condition
      ? `"${name}" is mandatory for ${condition}, but ${empty}. Fill it in, or switch it off if it does not apply.`
      : `"${name}" is mandatory, but ${empty}.`;
    list.add(place, 'error', 'mandatory-empty', message);
    return;
  }
  const when = condition ? ` (include ${/^(if|when|only)\b/i.test(condition) ? '' : 'if '}${condition})` : '';
  list.add(place, 'warning', 'conditional-empty', `"${name}" is switched on, but ${empty}. Fill it in, or switch it off if it does not apply${when}.`);
}
