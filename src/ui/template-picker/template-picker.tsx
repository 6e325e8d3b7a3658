import type { ReactNode } from 'react';
import { TemplateCard } from './template-card';
import type { TemplateEntry } from './template-entry';
import './template-picker.css';

type TemplatePickerProps = {
  entries: readonly TemplateEntry[];
  /** Where a template's outline lives; the app owns its URLs. */
  outlineHref: (id: string) => string;
  /** Where a draft lives, to open one just started. */
  draftHref: (id: string) => string;
  /** Shown between the introduction and the templates (the drafts library). */
  children?: ReactNode;
};

export function TemplatePicker({ entries, outlineHref, draftHref, children }: TemplatePickerProps) {
  return (
    <div className="template-picker">
      <header className="template-picker-intro">
        <h1>Start from a template</h1>
        <p>
          Each template is the structure a real team writes its specifications in. Look inside one to see its
          sections and what each asks of you.
        </p>
      </header>
      {children}
      {entries.length === 0 ? (
        <p className="template-picker-empty">No templates are installed.</p>
      ) : (
        <ul className="template-grid" aria-label="Templates">
          {entries.map((entry) => (
            <li key={entry.id}>
              <TemplateCard entry={entry} outlineHref={outlineHref(entry.id)} draftHref={draftHref} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
