/**
 * Scrolls an element into view and keeps it there while the page settles.
 * Long drafts lay out their top sections lazily (content-visibility: auto,
 * with an estimated height), so a section far down moves once the sections
 * around it are laid out for real: one scrollIntoView lands it well off
 * screen. This scrolls again each frame until the element stops moving (or
 * about half a second has passed), unless the user scrolls meanwhile.
 * "In view" is the part of the window the docked actions leave free (the
 * action dock sticks to the top, or to the bottom on a phone, and can hold
 * the Checks panel): an element under the dock is not in view.
 */
export function bringIntoView(element: HTMLElement, block: ScrollLogicalPosition = 'center'): void {
  const place = () => {
    element.scrollIntoView({ block });
    const free = freeArea();
    const { top, bottom, height } = element.getBoundingClientRect();
    if (top >= free.top && bottom <= free.bottom) return;
    const room = free.bottom - free.top;
    const want = block === 'center' && height < room ? free.top + (room - height) / 2 : free.top;
    window.scrollBy({ top: top - want, behavior: 'instant' });
  };
  place();
  let lastTop = element.getBoundingClientRect().top;
  let still = 0;
  let frames = 0;
  let userScrolled = false;
  const stop = () => {
    userScrolled = true;
  };
  window.addEventListener('wheel', stop, { once: true, passive: true });
  window.addEventListener('touchmove', stop, { once: true, passive: true });
  const step = () => {
    if (userScrolled || !element.isConnected || frames++ > 30) return done();
    const { top, bottom } = element.getBoundingClientRect();
    const free = freeArea();
    const outside = top < free.top || bottom > free.bottom;
    if (top !== lastTop || outside) {
      still = 0;
      if (outside) place();
      lastTop = element.getBoundingClientRect().top;
    } else if (++still >= 3) return done();
    requestAnimationFrame(step);
  };
  const done = () => {
    window.removeEventListener('wheel', stop);
    window.removeEventListener('touchmove', stop);
  };
  requestAnimationFrame(step);
}

/** The band of the window that the action dock (when docked at the top or the bottom) leaves visible. */
function freeArea(): { top: number; bottom: number } {
  const height = window.innerHeight;
  const dock = document.querySelector('.action-dock')?.getBoundingClientRect();
  if (!dock || dock.height === 0 || dock.height > height / 1.5) return { top: 0, bottom: height };
  if (dock.top <= 1 && dock.bottom > 0) return { top: dock.bottom, bottom: height };
  if (dock.bottom >= height - 1 && dock.top < height) return { top: 0, bottom: dock.top };
  return { top: 0, bottom: height };
}
