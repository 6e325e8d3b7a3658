import { useId } from 'react';
import { Link } from 'react-router';
import type { CustomTemplate } from '../../core/template/load-custom-template';
import { useTemplatesStore } from '../../store/use-templates-store';
import { BidiName } from '../bidi-name/bidi-name';
import { RenameForm } from '../rename/rename-form';
import { useRenameToggle } from '../rename/use-rename-toggle';
import { StartDraft } from '../start-draft/start-draft';
import { TemplateStatsList } from '../template-stats/template-stats-list';
import { downloadTextFile } from '../download/download-text-file';
import { templateErrors } from './template-errors';
import './template-card.css';

type Props = {
  entry: CustomTemplate;
  outlineHref: string;
  replaceHref: string;
  draftHref: (id: string) => string;
};

const errorsShown = 3;

/**
 * A template the user added, marked Custom, with what they can do to it:
 * preview and start a draft as with any template, and rename, replace,
 * download or delete it. One that the engine now finds errors in (a newer
 * engine may) can still be replaced, downloaded or deleted.
 */
export function CustomTemplateCard({ entry, outlineHref, replaceHref, draftHref }: Props) {
  const titleId = useId();
  const { record, template, problems } = entry;
  const name = record.name;
  const errors = templateErrors(problems);
  const rename = useTemplatesStore((s) => s.rename);
  const remove = useTemplatesStore((s) => s.remove);
  const exportSource = useTemplatesStore((s) => s.exportSource);
  const { renaming, startRenaming, stopRenaming, renameButton } = useRenameToggle();

  const download = () => {
    const file = exportSource(record.id);
    if (file) downloadTextFile(file.source, file.fileName);
  };

  return (
    <article className="template-card template-card-custom" aria-labelledby={titleId}>
      <div className="template-card-head">
        <h2 id={titleId} className={renaming ? 'visually-hidden' : 'template-card-title'}>
          <BidiName name={name} />
        </h2>
        <span className="badge badge-custom">Custom</span>
      </div>
      {renaming && (
        <RenameForm
          title={name}
          onSave={(next) => {
            rename(record.id, next);
            stopRenaming();
          }}
          onCancel={stopRenaming}
        />
      )}
      {errors.length === 0 ? (
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
      ) : (
        <div className="template-card-error">
          <p>
            <strong>This template can’t be used yet.</strong> Specwright finds {errors.length === 1 ? 'an error' : 'errors'} in it; replace it with a corrected version:
          </p>
          <ul>
            {errors.slice(0, errorsShown).map((problem, index) => (
              <li key={index}>
                Line {problem.line}: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="template-card-manage">
        <button ref={renameButton} type="button" className="button button-secondary" aria-label={`Rename ${name}`} onClick={() => startRenaming()} disabled={renaming}>
          Rename
        </button>
        <Link className="button button-secondary" to={replaceHref} aria-label={`Replace ${name} with a new version`}>
          Replace…
        </Link>
        <button type="button" className="button button-secondary" aria-label={`Download ${name} as Markdown`} onClick={download}>
          Download .md
        </button>
        <button type="button" className="button button-secondary button-danger" aria-label={`Delete ${name}`} onClick={() => remove(record.id)}>
          Delete
        </button>
      </div>
    </article>
  );
}
