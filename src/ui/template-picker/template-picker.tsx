import { TemplateCard } from './template-card';
import type { TemplateEntry } from './template-entry';
import './template-picker.css';

type TemplatePickerProps = {
  entries: readonly TemplateEntry[];
  /** Where a template's outline lives; the app owns its URLs. */
  outlineHref: (id: string) => string;
};

export function TemplatePicker({ entries, outlineHref }: TemplatePickerProps) {
  return (
    <div className="template-picker">
      <header className="template-picker-intro">
        <h1>Start from a template</h1>
        <p>
          Each template is the structure a real team writes its specifications in. Look inside one to see its
          sections and what each asks of you.
        </p>
      </header>
      {entries.length === 0 ? (
        <p className="template-picker-empty">No templates are installed.</p>
      ) : (
        <ul className="template-grid" aria-label="Templates">
          {entries.map((entry) => (
            <li key={entry.id}>
              <TemplateCard entry={entry} outlineHref={outlineHref(entry.id)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
