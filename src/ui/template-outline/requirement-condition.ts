import type { Section } from '../../core/template/schema';

/**
 * When a flagged section applies, as a phrase a reader can follow:
 * `(mandatory for data changes)` -> `For data changes`,
 * `(include if feature involves data)` -> `Include if feature involves data`.
 */
export function requirementCondition(section: Pick<Section, 'requirement' | 'condition'>): string | null {
  const condition = section.condition?.trim();
  if (!condition) return null;
  switch (section.requirement) {
    case 'mandatory':
      return `For ${condition}`;
    case 'conditional':
      return /^(if|when|only|unless)\b/i.test(condition) ? capitalise(condition) : `Include if ${condition}`;
    default:
      return capitalise(condition);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
