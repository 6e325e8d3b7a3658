import type { MouseEvent } from 'react';
import { bringIntoView } from '../scroll/bring-into-view';

export const DRAFT_FORM_ID = 'draft-form';

/**
 * The first stop in the editor for a keyboard: past the outline and the
 * toolbar, to the form's first field (the title, in most templates).
 */
export function SkipToForm() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const form = document.getElementById(DRAFT_FORM_ID);
    if (!form) return;
    event.preventDefault();
    const first = form.querySelector<HTMLElement>('input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled]), [role="textbox"]');
    const target = first ?? form;
    target.focus({ preventScroll: true });
    bringIntoView(target);
  };
  return (
    <a className="skip-link is-fixed" href={`#${DRAFT_FORM_ID}`} onClick={skip}>
      Skip to the form
    </a>
  );
}
