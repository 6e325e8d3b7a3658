import type { DraftsStore } from './drafts-store';

/**
 * Writes pending changes when the tab is hidden or unloaded, the last moments
 * a browser reliably gives us (on phones a hidden tab may never come back).
 * Returns a function that stops listening.
 */
export function flushOnPageHide(store: DraftsStore): () => void {
  // A copy in synchronous storage first: a page that is closing may not finish an IndexedDB write.
  const flush = () => {
    store.backupUnsaved();
    void store.getState().flush();
  };
  const onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  document.addEventListener('visibilitychange', onVisibilityChange);
  window.addEventListener('pagehide', flush);
  return () => {
    document.removeEventListener('visibilitychange', onVisibilityChange);
    window.removeEventListener('pagehide', flush);
  };
}
