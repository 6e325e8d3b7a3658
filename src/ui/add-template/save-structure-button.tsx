import { draftStructureTemplate } from '../../core/convert/draft-structure-template';
import { readDraft } from '../../store/use-draft-selector';

type Props = {
  draftId: string;
  /** Opens the add-template preview with this Markdown in it. */
  onOpen: (source: string) => void;
};

/** "Save as template": the draft's structure (its sections as they stand now) as template Markdown, previewed before it is saved. */
export function SaveStructureButton({ draftId, onOpen }: Props) {
  return (
    <button
      type="button"
      className="button button-secondary"
      aria-label="Save this draft’s structure as a template"
      onClick={() => {
        const draft = readDraft(draftId);
        if (draft) onOpen(draftStructureTemplate(draft));
      }}
    >
      Save as template
    </button>
  );
}
