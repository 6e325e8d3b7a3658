import { useSyncExternalStore } from 'react';

/** Wide enough for the form and the preview side by side (Split). Under it, Edit and Preview take turns. */
export const WIDE_SCREEN = '(min-width: 64rem)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(WIDE_SCREEN);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(WIDE_SCREEN).matches, () => true);
}
