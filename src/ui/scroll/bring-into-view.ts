/**
 * Scrolls an element into view and keeps it there while the page settles.
 * Long drafts lay out their top sections lazily (content-visibility: auto,
 * with an estimated height), so a section far down moves once the sections
 * around it are laid out for real: one scrollIntoView lands it well off
 * screen. This scrolls again each frame until the element stops moving (or
 * about half a second has passed), unless the user scrolls meanwhile.
 */
export function bringIntoView(element: HTMLElement, block: ScrollLogicalPosition = 'center'): void {
  element.scrollIntoView({ block });
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
    const outside = top < 0 || bottom > window.innerHeight;
    if (top !== lastTop || outside) {
      still = 0;
      if (outside) element.scrollIntoView({ block });
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
