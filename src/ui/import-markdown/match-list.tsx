import { useId } from 'react';
import type { TemplateMatch } from '../../core/markdown/match-templates';
import type { TemplateSchema } from '../../core/template/schema';

type Props = {
  matches: TemplateMatch[];
  templates: TemplateSchema[];
  /** No template scored the threshold: the import starts as a free-form document. */
  freeFormDefault: boolean;
  threshold: number;
};

const SHOWN = 3;
const percent = (score: number) => `${Math.round(score * 100)}%`;

/** The best few templates for the text, each with its score and what of it the text has. */
export function MatchList({ matches, templates, freeFormDefault, threshold }: Props) {
  const titleId = useId();
  const shown = matches.filter((m) => m.score > 0).slice(0, SHOWN);
  return (
    <div className="import-matches">
      <h2 id={titleId}>Best matches</h2>
      {shown.length > 0 ? (
        <ol aria-labelledby={titleId}>
          {shown.map((m) => (
            <li key={m.templateId}>
              <strong>{templates.find((t) => t.id === m.templateId)?.name ?? m.templateId}</strong> — {percent(m.score)} match: {evidence(m)}
            </li>
          ))}
        </ol>
      ) : (
        <p>No template has anything in common with this text.</p>
      )}
      {freeFormDefault && (
        <p className="import-free-form-note">
          No template fits well (a fit needs {percent(threshold)}), so the text is imported as it is: no template, each heading a section of prose. You can still choose a template.
        </p>
      )}
    </div>
  );
}

function evidence(m: TemplateMatch): string {
  const parts = [`${m.matched} of ${m.total} sections`];
  if (m.found.frontmatterKeys.length > 0) parts.push(`${m.found.frontmatterKeys.length} frontmatter ${m.found.frontmatterKeys.length === 1 ? 'key' : 'keys'}`);
  if (m.found.labels.length > 0) parts.push(`${m.found.labels.length} ${m.found.labels.length === 1 ? 'label' : 'labels'}`);
  if (m.found.title) parts.push('the title');
  return parts.join(', ');
}
