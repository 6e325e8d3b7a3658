import { flattenSections } from './flatten-sections';
import type { TemplateSchema } from './schema';

export type TemplateStats = { sections: number; mandatory: number; conditional: number; groups: number };

/** The counts the template picker shows. Optional sections count as conditional: a user may leave them out. */
export function templateStats(template: TemplateSchema): TemplateStats {
  const all = flattenSections(template.sections);
  return {
    sections: all.length,
    mandatory: all.filter((s) => s.requirement === 'mandatory').length,
    conditional: all.filter((s) => s.requirement === 'conditional' || s.requirement === 'optional').length,
    groups: template.groups.length,
  };
}
