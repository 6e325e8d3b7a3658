import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/**
 * Drafts (by id) whose remote images the user has allowed, in this tab's
 * memory only: a reload, or the same draft in another tab, asks again. A
 * shared link gets a new draft id each time it is opened, so an allowance
 * there is per opened link (and goes with it when it is saved as a draft).
 */
const allowedStore = createStore<{ allowed: ReadonlySet<string> }>()(() => ({ allowed: new Set() }));

export function allowRemoteImages(draftId: string): void {
  const { allowed } = allowedStore.getState();
  if (!allowed.has(draftId)) allowedStore.setState({ allowed: new Set([...allowed, draftId]) });
}

export function useRemoteImagesAllowed(draftId: string): boolean {
  return useStore(allowedStore, (s) => s.allowed.has(draftId));
}
