import { useLayoutEffect, type RefObject } from 'react';

/**
 * A draft opens at its top, with the focus on its title: the page it was
 * opened from (a scrolled library) leaves the window scrolled, and the router
 * keeps that scroll, so the editor would open far down with the focus on the
 * body. Runs once per draft, when its title is there.
 */
export function useLandAtTop(draftId: string, title: RefObject<HTMLElement | null>, ready: boolean): void {
  useLayoutEffect(() => {
    if (!ready) return;
    if (!window.location.hash) window.scrollTo(0, 0);
    title.current?.focus({ preventScroll: true });
  }, [draftId, title, ready]);
}
