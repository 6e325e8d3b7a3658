import { useState, type MouseEvent } from 'react';
import { DraftOutline } from './draft-outline';

/**
 * The outline beside the form; on a phone, a "Sections" menu that opens it
 * above the form and closes once a section is picked, so the draft's title
 * and first fields are on the first screen. On wide screens the button is
 * hidden and the outline always shown (draft-editor.css).
 */
export function OutlineMenu({ draftId }: { draftId: string }) {
  const [open, setOpen] = useState(false);
  const closeOnJump = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as Element).closest('a')) setOpen(false);
  };
  return (
    <div className={`outline-menu${open ? ' is-open' : ''}`}>
      <button type="button" className="button button-secondary outline-menu-toggle" aria-expanded={open} aria-controls="draft-outline-menu" onClick={() => setOpen(!open)}>
        Sections
      </button>
      <div id="draft-outline-menu" className="outline-menu-body" onClick={closeOnJump}>
        <DraftOutline draftId={draftId} />
      </div>
    </div>
  );
}
