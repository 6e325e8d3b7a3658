import { useNavigate } from 'react-router';
import type { TemplateSchema } from '../../core/template/schema';
import { useDraftsStore } from '../../store/use-drafts-store';
import './start-draft.css';

type StartDraftProps = {
  template: TemplateSchema;
  /** The name the card shows, which may differ from the template's own when it has none. */
  templateName: string;
  /** Where a draft lives; the app owns its URLs. */
  draftHref: (id: string) => string;
};

/** Creates a draft from the template (saved at once) and opens it. */
export function StartDraft({ template, templateName, draftHref }: StartDraftProps) {
  const create = useDraftsStore((s) => s.create);
  const navigate = useNavigate();
  return (
    <div className="start-draft">
      <button
        type="button"
        className="button button-secondary"
        aria-label={`Start draft from ${templateName}`}
        onClick={() => void navigate(draftHref(create(template)))}
      >
        Start draft
      </button>
    </div>
  );
}
