import { useMemo } from 'react';
import { setSectionTitle } from '../../core/draft/section-edits';
import { readTitleParts, titleShape, writeTitlePart } from '../../core/draft/title-parts';
import { editDraft } from '../../store/use-draft-selector';

type Props = { draftId: string; sectionId: string; title: string; templateTitle: string };

/**
 * A repeated item's title parts (its Brief Title, its Priority) as fields of
 * their own, above the whole heading: changing one part leaves the rest of
 * the heading, and its number, as they are. Nothing is shown once the
 * heading no longer has the template's shape; the Heading field still edits it.
 */
export function TitlePartsFields({ draftId, sectionId, title, templateTitle }: Props) {
  const shape = useMemo(() => titleShape(templateTitle), [templateTitle]);
  const parts = shape ? readTitleParts(shape, title) : null;
  if (!shape || !parts) return null;
  return (
    <div className="title-parts" role="group" aria-label="Heading parts">
      {parts.map((part, index) => (
        // Named "Brief Title in the heading": a field of the section's own may be called "Priority" too.
        <div key={`${index}-${part.name}`} className="section-title-input title-part">
          <span aria-hidden="true">{part.name}</span>
          <input
            aria-label={`${part.name} in the heading`}
            value={part.value}
            onChange={(e) => editDraft(draftId, (d) => setSectionTitle(d, sectionId, writeTitlePart(shape, title, index, e.target.value)))}
          />
        </div>
      ))}
    </div>
  );
}
