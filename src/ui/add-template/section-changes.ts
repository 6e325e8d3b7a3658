import type { Section, TemplateSchema } from '../../core/template/schema';

/**
 * What a new version changes in the outline, in a sentence: sections added
 * and removed, by their heading path (flags aside, so a section that only
 * gained `*(mandatory)*` is the same section).
 */
export function sectionChanges(current: TemplateSchema, next: TemplateSchema): string {
  if (current.sourceHash === next.sourceHash) return 'This is the same Markdown as the current version: replacing changes nothing.';
  const before = paths(current.sections);
  const after = paths(next.sections);
  const added = [...after.keys()].filter((p) => !before.has(p)).map((p) => after.get(p)!);
  const removed = [...before.keys()].filter((p) => !after.has(p)).map((p) => before.get(p)!);
  if (added.length === 0 && removed.length === 0) return 'Compared with the current version: the same sections; the text under them changes.';
  const parts = [
    added.length > 0 ? `${count(added.length)} added (${added.join(', ')})` : '',
    removed.length > 0 ? `${count(removed.length)} removed (${removed.join(', ')})` : '',
  ].filter(Boolean);
  return `Compared with the current version: ${parts.join('; ')}. Drafts that move to the new version keep the text of removed sections as extra sections.`;
}

/** `Parent / Child` -> the child's title, for every section. */
function paths(sections: Section[]): Map<string, string> {
  const map = new Map<string, string>();
  const visit = (list: Section[], prefix: string) => {
    for (const section of list) {
      const path = `${prefix}/${section.title.toLowerCase()}`;
      map.set(path, section.title);
      visit(section.children, path);
    }
  };
  visit(sections, '');
  return map;
}

function count(n: number): string {
  return `${n} ${n === 1 ? 'section' : 'sections'}`;
}
