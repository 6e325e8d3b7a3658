import { useId } from 'react';
import './start-draft.css';

type StartDraftProps = {
  templateName: string;
};

/**
 * The way into a draft. Drafts are not built yet, so the button is shown but
 * disabled, with the reason next to it rather than a control that does nothing.
 */
export function StartDraft({ templateName }: StartDraftProps) {
  const noteId = useId();
  return (
    <div className="start-draft">
      <button
        type="button"
        className="button button-secondary"
        disabled
        aria-label={`Start draft from ${templateName}`}
        aria-describedby={noteId}
      >
        Start draft
      </button>
      <p id={noteId} className="start-draft-note">
        Drafts arrive in the next release
      </p>
    </div>
  );
}
