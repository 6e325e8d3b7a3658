import { useState } from 'react';
import { moveDraftToTemplate } from '../../core/convert/move-draft-to-template';
import type { TemplateSchema } from '../../core/template/schema';
import { pushUndo } from '../draft-editor/undo-stack';
import { editDraft, readDraft, useDraftSelector } from '../../store/use-draft-selector';
import './template-update-notice.css';

type Props = {
  draftId: string;
  /** The template as the app has it now (a custom template's current version, or the built-in one); undefined when it is gone. */
  latest: TemplateSchema | undefined;
};

/**
 * "A newer version of this template exists", when the draft was made from
 * another version than the one the app has. Moving is one undoable edit: the
 * draft's Markdown is read into the new version, fields matched by heading,
 * and sections the new version lacks kept as extra sections.
 */
export function TemplateUpdateNotice({ draftId, latest }: Props) {
  const templateHash = useDraftSelector(draftId, (d) => d.templateHash);
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  if (!latest || templateHash === undefined || templateHash === latest.sourceHash || dismissedFor === latest.sourceHash) return null;

  const move = () => {
    const before = readDraft(draftId);
    if (!before) return;
    const { draft, report } = moveDraftToTemplate(before, latest, new Date());
    editDraft(draftId, () => draft);
    const extras = report.extraSections.map((s) => s.heading);
    const kept = extras.length === 0 ? '' : ` ${extras.length === 1 ? '1 section it lacks is' : `${extras.length} sections it lacks are`} kept as extra: ${extras.join(', ')}.`;
    // The store's update keeps the draft's id and revision; undo puts the whole previous content back.
    pushUndo(draftId, `Moved to the new version of ${latest.name}.${kept}`, () => before);
  };

  return (
    <div className="template-update" role="region" aria-label="Template update">
      <p>
        <strong>A newer version of this template exists.</strong> This draft was made from an earlier version of “{latest.name}”. Moving matches your text to the new version’s sections by heading; anything it has no place for is kept as extra sections. You can undo it.
      </p>
      <div className="template-update-actions">
        <button type="button" className="button button-primary" onClick={move}>
          Move to the new version
        </button>
        <button type="button" className="button button-secondary" onClick={() => setDismissedFor(latest.sourceHash)}>
          Not now
        </button>
      </div>
    </div>
  );
}
