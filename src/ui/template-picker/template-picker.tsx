import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useCustomTemplates, useTemplatesStore } from '../../store/use-templates-store';
import { CustomTemplateCard } from './custom-template-card';
import { TemplateCard } from './template-card';
import { TemplateChangeToast } from './template-change-toast';
import type { TemplateEntry } from './template-entry';
import { UnreadableTemplateCard } from './unreadable-template-card';
import './template-picker.css';

/** Where the user's own templates are added and replaced; the app owns these URLs. */
export type CustomTemplateHrefs = {
  add: string;
  replace: (id: string) => string;
};

type TemplatePickerProps = {
  entries: readonly TemplateEntry[];
  /** Where a template's outline lives; the app owns its URLs. */
  outlineHref: (id: string) => string;
  /** Where a draft lives, to open one just started. */
  draftHref: (id: string) => string;
  /** When given, the user's own templates follow the built-in ones, with a link to add one. */
  custom?: CustomTemplateHrefs;
  /** Shown between the introduction and the templates (the drafts library). */
  children?: ReactNode;
};

export function TemplatePicker({ entries, outlineHref, draftHref, custom, children }: TemplatePickerProps) {
  return (
    <div className="template-picker">
      <header className="template-picker-intro">
        <h1>Start from a template</h1>
        <p>
          Each template is the structure a real team writes its specifications in. Look inside one to see its
          sections and what each asks of you.
        </p>
        {custom && (
          <Link className="button button-secondary template-picker-add" to={custom.add}>
            Add your own template
          </Link>
        )}
      </header>
      {children}
      {custom && <TemplatesStorageError />}
      {entries.length === 0 && !custom ? (
        <p className="template-picker-empty">No templates are installed.</p>
      ) : (
        <ul className="template-grid" aria-label="Templates">
          {entries.map((entry) => (
            <li key={entry.id}>
              <TemplateCard entry={entry} outlineHref={outlineHref(entry.id)} draftHref={draftHref} />
            </li>
          ))}
          {custom && <CustomTemplateItems hrefs={custom} outlineHref={outlineHref} draftHref={draftHref} />}
        </ul>
      )}
      {custom && <TemplateChangeToast />}
    </div>
  );
}

function CustomTemplateItems({ hrefs, outlineHref, draftHref }: { hrefs: CustomTemplateHrefs; outlineHref: (id: string) => string; draftHref: (id: string) => string }) {
  const templates = useCustomTemplates();
  const unreadable = useTemplatesStore((s) => s.unreadable);
  return (
    <>
      {templates.map((entry) => (
        <li key={entry.record.id}>
          <CustomTemplateCard entry={entry} outlineHref={outlineHref(entry.record.id)} replaceHref={hrefs.replace(entry.record.id)} draftHref={draftHref} />
        </li>
      ))}
      {unreadable.map((entry) => (
        <li key={entry.id}>
          <UnreadableTemplateCard entry={entry} />
        </li>
      ))}
    </>
  );
}

function TemplatesStorageError() {
  const error = useTemplatesStore((s) => s.error);
  if (!error) return null;
  return (
    <p className="template-picker-storage" role="alert">
      <strong>Your templates may not be saved.</strong> {error}
    </p>
  );
}
