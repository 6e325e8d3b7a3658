import { templateStats } from '../../core/template/template-stats';
import type { TemplateSchema } from '../../core/template/schema';
import './template-stats-list.css';

type TemplateStatsListProps = {
  template: TemplateSchema;
};

/** The size of a template at a glance: how many sections, and how many must be filled. */
export function TemplateStatsList({ template }: TemplateStatsListProps) {
  const stats = templateStats(template);
  const items = [
    { key: 'sections', label: stats.sections === 1 ? 'section' : 'sections', value: stats.sections },
    { key: 'mandatory', label: 'mandatory', value: stats.mandatory },
    { key: 'conditional', label: 'conditional', value: stats.conditional },
    { key: 'repeat', label: stats.groups === 1 ? 'repeatable group' : 'repeatable groups', value: stats.groups },
  ];
  return (
    <ul className="template-stats" aria-label="Template size">
      {items.map((item) => (
        <li key={item.key} className={`template-stats-item template-stats-${item.key}`}>
          <strong>{item.value}</strong> {item.label}
        </li>
      ))}
    </ul>
  );
}
