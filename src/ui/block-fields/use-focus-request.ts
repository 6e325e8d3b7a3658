import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves focus after the caller has applied an edit: the value comes back as a
 * prop, so the element to focus (a new row, the row that moved) exists only on
 * the next render. Takes ids in order of preference and focuses the first one
 * present and enabled; a request is tried once.
 */
export function useFocusRequest(): (ids: readonly string[]) => void {
  const pending = useRef<readonly string[] | null>(null);

  useEffect(() => {
    const ids = pending.current;
    if (!ids) return;
    pending.current = null;
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element && !(element instanceof HTMLButtonElement && element.disabled)) {
        element.focus();
        return;
      }
    }
  });

  return useCallback((ids: readonly string[]) => {
    pending.current = ids;
  }, []);
}
