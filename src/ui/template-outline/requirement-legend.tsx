import { flattenSections } from '../../core/template/flatten-sections';
import type { TemplateSchema } from '../../core/template/schema';

const meanings = [
  { key: 'mandatory', badge: 'Mandatory', meaning: 'must be filled in (only in the stated case, when one is shown)' },
  { key: 'conditional', badge: 'Conditional', meaning: 'needed only when its condition applies' },
  { key: 'optional', badge: 'Optional', meaning: 'can be left out' },
  { key: 'repeat', badge: 'Repeatable', meaning: 'add or remove as many as you need' },
] as const;

/** Explains the badges this template actually uses, and no others. */
export function RequirementLegend({ template }: { template: TemplateSchema }) {
  const used = new Set<string>(flattenSections(template.sections).map((section) => section.requirement));
  if (template.groups.length > 0) used.add('repeat');
  const shown = meanings.filter((entry) => used.has(entry.key));
  if (shown.length === 0) {
    return <p className="requirement-legend-empty">This template marks no section as mandatory or optional.</p>;
  }
  return (
    <ul className="requirement-legend" aria-label="What the badges mean">
      {shown.map((entry) => (
        <li key={entry.key}>
          <span className={`badge badge-${entry.key}`}>{entry.badge}</span> {entry.meaning}
        </li>
      ))}
    </ul>
  );
}
