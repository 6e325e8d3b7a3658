import { useSyncExternalStore } from 'react';
import type { LiveProseEditor } from './live-prose-editor';

/**
 * The live editor (TipTap, ProseMirror, y-tiptap: most of the editor's code)
 * loads apart from the form, so a draft opens and its plain fields take input
 * before any of it is fetched or run. It is asked for once the first screen
 * has painted, when the pointer comes near a prose field, or when one gains
 * focus; a field pressed before it is here waits for it (see ProseField).
 */
let loaded: typeof LiveProseEditor | null = null;
let loading: Promise<typeof LiveProseEditor> | null = null;
const listeners = new Set<() => void>();

export function loadLiveProseEditor(): Promise<typeof LiveProseEditor> {
  loading ??= import('./live-prose-editor').then(
    (module) => {
      loaded = module.LiveProseEditor;
      for (const listener of listeners) listener();
      return module.LiveProseEditor;
    },
    (error: unknown) => {
      // A failed fetch (offline before the service worker had it) is tried again on the next ask.
      loading = null;
      throw error;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The live editor component once loaded, else null (and the component re-renders when it arrives). */
export function useLiveProseEditor(): typeof LiveProseEditor | null {
  return useSyncExternalStore(
    subscribe,
    () => loaded,
    () => null,
  );
}
