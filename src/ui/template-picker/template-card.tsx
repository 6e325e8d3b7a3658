import { useId } from 'react';
import { Link } from 'react-router';
import type { Problem, TemplateSchema } from '../../core/template/schema';
import { BidiName } from '../bidi-name/bidi-name';
import { StartDraft } from '../start-draft/start-draft';
import { TemplateStatsList } from '../template-stats/template-stats-list';
import type { TemplateEntry } from './template-entry';
import { templateErrors } from './template-errors';
import './template-card.css';

type TemplateCardProps = {
  entry: TemplateEntry;
  outlineHref: string;
  draftHref: (id: string) => string;
};

const errorsShown = 3;

export function TemplateCard({ entry, outlineHref, draftHref }: TemplateCardProps) {
  const titleId = useId();
  const errors = templateErrors(entry.problems);

  return (
    <article className="template-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="template-card-title">
        <BidiName name={entry.name} />
      </h2>
      {entry.template && errors.length === 0 ? (
        <UsableTemplate template={entry.template} name={entry.name} outlineHref={outlineHref} draftHref={draftHref} />
      ) : (
        <TemplateErrors id={entry.id} errors={errors} />
      )}
    </article>
  );
}

type UsableTemplateProps = { template: TemplateSchema; name: string; outlineHref: string; draftHref: (id: string) => string };

function UsableTemplate({ template, name, outlineHref, draftHref }: UsableTemplateProps) {
  return (
    <>
      {template.description && <p className="template-card-description">{template.description}</p>}
      <TemplateStatsList template={template} />
      <div className="template-card-actions">
        <Link className="button button-primary" to={outlineHref} aria-label={`Preview outline of ${name}`}>
          Preview outline
        </Link>
        <StartDraft template={template} templateName={name} draftHref={draftHref} />
      </div>
    </>
  );
}

function TemplateErrors({ id, errors }: { id: string; errors: readonly Problem[] }) {
  const hidden = errors.length - errorsShown;
  return (
    <div className="template-card-error">
      <p>
        <strong>This template can’t be used yet.</strong> Specwright could not read <code>{id}</code>:
      </p>
      <ul>
        {errors.slice(0, errorsShown).map((problem, index) => (
          <li key={index}>
            Line {problem.line}: {problem.message}
          </li>
        ))}
      </ul>
      {hidden > 0 && <p>…and {hidden} more.</p>}
    </div>
  );
}
