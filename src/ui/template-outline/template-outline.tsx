import type { Field, Problem, TemplateSchema } from '../../core/template/schema';
import { StartDraft } from '../start-draft/start-draft';
import { TemplateStatsList } from '../template-stats/template-stats-list';
import { BackLink } from './back-link';
import { RequirementLegend } from './requirement-legend';
import { SectionTree } from './section-tree';
import './template-outline.css';

type TemplateOutlineProps = {
  template: TemplateSchema;
  /** Warnings from reading the template; errors never reach this view. */
  problems: readonly Problem[];
  backHref: string;
  draftHref: (id: string) => string;
};

/** A look inside a template before starting from it: its fields and its section tree. */
export function TemplateOutline({ template, problems, backHref, draftHref }: TemplateOutlineProps) {
  const fields: Field[] = [...(template.frontmatter ?? []), ...template.metadata];
  return (
    <div className="template-outline">
      <BackLink href={backHref} />
      <header className="template-outline-header">
        <h1>{template.name}</h1>
        {template.description && <p className="template-outline-description">{template.description}</p>}
        <TemplateStatsList template={template} />
        <StartDraft template={template} templateName={template.name} draftHref={draftHref} />
      </header>

      {fields.length > 0 && (
        <section className="outline-panel" aria-labelledby="document-fields-title">
          <h2 id="document-fields-title">Document fields</h2>
          <p className="outline-panel-intro">Filled in once, at the top of the spec.</p>
          <ul className="field-chips">
            {fields.map((field, index) => (
              <li key={`${field.key}-${index}`}>{field.label}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="outline-panel" aria-labelledby="section-outline-title">
        <h2 id="section-outline-title">Section outline</h2>
        <RequirementLegend template={template} />
        <SectionTree sections={template.sections} groups={template.groups} />
      </section>

      {problems.length > 0 && (
        <details className="outline-notes">
          <summary>
            {problems.length} {problems.length === 1 ? 'note' : 'notes'} from reading this template
          </summary>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>
                Line {problem.line}: {problem.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
