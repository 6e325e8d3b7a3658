import { useSyncExternalStore } from 'react';

/**
 * Which prose field on the page has the live editor. Module state, not React
 * context: there is one keyboard focus per page, so there is one live editor
 * per page, whatever trees render fields. A field is live exactly while its
 * key is the active one, so two fields can never both mount an editor;
 * activating a field replaces the previous one in the same React commit, and
 * the previous editor's unmount (which emits its last change) runs before the
 * new editor's effects.
 */
let activeKey: string | null = null;
const listeners = new Set<() => void>();

function setActiveKey(key: string | null): void {
  if (key === activeKey) return;
  activeKey = key;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Makes `key` the live field, leaving whichever field was live. */
export function activateProseField(key: string): void {
  setActiveKey(key);
}

/** Leaves edit mode if `key` is the live field; a no-op otherwise. */
export function deactivateProseField(key: string): void {
  if (activeKey === key) setActiveKey(null);
}

/** The live field's key, or null. */
export function activeProseFieldKey(): string | null {
  return activeKey;
}

/** True while the field with this key is the live one. Re-renders only the fields whose answer changes. */
export function useIsActiveProseField(key: string): boolean {
  return useSyncExternalStore(
    subscribe,
    () => activeKey === key,
    () => false,
  );
}
