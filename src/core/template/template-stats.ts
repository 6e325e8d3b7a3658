import { flattenSections } from './flatten-sections';
import type { TemplateSchema } from './schema';

export type TemplateStats = { sections: number; mandatory: number; conditional: number; groups: number };

/**
 * The counts the template picker shows. `mandatory` counts sections always
 * required; one mandatory only under a condition (`*(mandatory for data
 * changes)*`) counts as conditional, like optional ones: a user may leave it out.
 */
export function templateStats(template: TemplateSchema): TemplateStats {
  const all = flattenSections(template.sections);
  return {
    sections: all.length,
    mandatory: all.filter((s) => s.requirement === 'mandatory' && !s.condition).length,
    conditional: all.filter((s) => s.requirement === 'conditional' || s.requirement === 'optional' || (s.requirement === 'mandatory' && !!s.condition)).length,
    groups: template.groups.length,
  };
}
