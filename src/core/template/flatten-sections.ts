import type { Section } from './schema';

/** Every section, depth first, in document order. */
export function flattenSections(sections: Section[]): Section[] {
  const out: Section[] = [];
  const visit = (list: Section[]) => {
    for (const section of list) {
      out.push(section);
      visit(section.children);
    }
  };
  visit(sections);
  return out;
}
