import { useEffect, useState, type RefObject } from 'react';

/** Whether the element's content is wider than it is (it scrolls sideways), kept up to date as either changes size. */
export function useOverflowsX(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    // No measure() now: reading the sizes here would lay out the whole page before its first paint;
    // the observer reports every observed box once it is laid out (a box of no size has nothing to overflow).
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}
