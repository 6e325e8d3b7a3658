import { useId } from 'react';
import type { UnreadableTemplate } from '../../store/templates-state';
import { downloadJson } from '../storage-banners/download-json';
import './template-card.css';

/** A stored template that did not load: listed with why, its data downloadable, and left in storage untouched. */
export function UnreadableTemplateCard({ entry }: { entry: UnreadableTemplate }) {
  const titleId = useId();
  const stored = entry.raw as { name?: unknown } | null;
  const name = typeof stored?.name === 'string' && stored.name.trim() ? stored.name : 'Unreadable template';
  return (
    <article className="template-card template-card-custom" aria-labelledby={titleId}>
      <div className="template-card-head">
        <h2 id={titleId} className="template-card-title">
          {name}
        </h2>
        <span className="badge badge-custom">Custom</span>
      </div>
      <div className="template-card-error">
        <p>
          <strong>This stored template can’t be read.</strong> {entry.reason} It is kept in this browser’s storage, untouched.
        </p>
      </div>
      <div className="template-card-manage">
        <button type="button" className="button button-secondary" aria-label={`Download the data of ${name}`} onClick={() => void downloadJson(entry.raw, `specwright-template-${entry.id}.json`)}>
          Download its data
        </button>
      </div>
    </article>
  );
}
