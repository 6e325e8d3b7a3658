import { useId } from 'react';
import type { ImportReport } from '../../core/markdown/import-report';

/** The template's sections that the text lacks: not written to the export unless the user adds them. */
export function NotInDocument({ sections }: { sections: ImportReport['missingSections'] }) {
  const titleId = useId();
  if (sections.length === 0) return null;
  return (
    <div className="import-missing">
      <h3 id={titleId}>Not in this document</h3>
      <p>
        {sections.length} template {sections.length === 1 ? 'section is' : 'sections are'} not in the file.
      </p>
      <ul aria-labelledby={titleId}>
        {sections.map((s) => (
          <li key={s.sectionId}>{s.title}</li>
        ))}
      </ul>
    </div>
  );
}
