import type { Section } from '../../core/template/schema';

/** Mandatory / Conditional / Optional, with the template's condition. */
export function RequirementBadge({ section }: { section: Section }) {
  if (section.requirement === 'none') return null;
  const always = section.requirement === 'mandatory' && !section.condition;
  const text = always ? 'Mandatory' : section.requirement === 'mandatory' ? `Mandatory for ${section.condition}` : section.requirement === 'optional' ? 'Optional' : `Include if ${section.condition}`;
  return <span className={`requirement-badge is-${always ? 'mandatory' : section.requirement}`}>{text}</span>;
}
