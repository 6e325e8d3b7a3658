import type { Requirement } from '../../core/template/schema';

const labels: Record<Exclude<Requirement, 'none'>, string> = {
  mandatory: 'Mandatory',
  conditional: 'Conditional',
  optional: 'Optional',
};

/** The section's flag from the template; a section without one gets no badge. */
export function RequirementBadge({ requirement }: { requirement: Requirement }) {
  if (requirement === 'none') return null;
  return <span className={`badge badge-${requirement}`}>{labels[requirement]}</span>;
}
