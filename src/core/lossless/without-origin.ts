import type { Draft, DraftSection } from '../draft/draft-schema';

/**
 * A draft as if made from its template: no imported file behind it, every
 * section present. Export then writes it in the template's structure.
 */
export function withoutOrigin(draft: Draft): Draft {
  const present = (sections: DraftSection[]): DraftSection[] =>
    sections.map(({ absent: _absent, ...section }) => ({ ...section, children: present(section.children) }));
  return { ...draft, origin: null, sections: present(draft.sections) };
}
