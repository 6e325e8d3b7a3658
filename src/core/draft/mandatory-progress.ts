import { sectionCompletion, type Completion } from './draft-completion';
import type { Draft, DraftSection } from './draft-schema';
import { templateLookup } from './template-lookup';

/**
 * How many of the draft's mandatory sections have something of the user's
 * in them, out of how many it has: "3 of 11 mandatory sections". The same
 * sections, and the same idea of filled, as the `mandatory-empty` check
 * (check-section-fill): switched-on sections the template requires with no
 * condition, that have something to fill in; switched-off ones and those not
 * in an imported document do not count.
 */
export function mandatoryProgress(draft: Draft): Completion {
  const lookup = templateLookup(draft.template);
  let filled = 0;
  let total = 0;
  const visit = (sections: readonly DraftSection[]) => {
    for (const section of sections) {
      if (!section.enabled || section.absent) continue;
      const template = section.templateSectionId === null ? undefined : lookup.sections.get(section.templateSectionId);
      if (template?.requirement === 'mandatory' && !template.condition) {
        const completion = sectionCompletion(draft, section);
        const allOff = completion.total === 0 && section.children.length > 0;
        if (completion.total > 0 || allOff) {
          total++;
          if (completion.filled > 0) filled++;
        }
      }
      visit(section.children);
    }
  };
  visit(draft.sections);
  return { filled, total };
}

/** What a draft's progress line counts: its mandatory sections, or, in a template that has none, its top sections. */
export type DraftProgress = Completion & { of: 'mandatory sections' | 'sections' };

export function draftProgress(draft: Draft): DraftProgress {
  const mandatory = mandatoryProgress(draft);
  if (mandatory.total > 0) return { ...mandatory, of: 'mandatory sections' };
  let filled = 0;
  let total = 0;
  for (const section of draft.sections) {
    if (!section.enabled || section.absent) continue;
    const completion = sectionCompletion(draft, section);
    if (completion.total === 0) continue;
    total++;
    if (completion.filled > 0) filled++;
  }
  return { filled, total, of: 'sections' };
}
