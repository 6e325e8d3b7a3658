import type { StoreApi } from 'zustand/vanilla';
import type { Draft } from '../core/draft/draft-schema';
import { sectionIndex } from '../core/draft/section-index';

type Listener = () => void;
type DraftsSource = Pick<StoreApi<{ drafts: Record<string, Draft> }>, 'getState' | 'subscribe'>;

/** The listeners of one draft's sections, and the version of the draft they last heard about. */
type Hub = { bySection: Map<string | null, Set<Listener>>; last: Draft | undefined; stop: () => void };

export type SectionSubscriptions = {
  /**
   * Calls `listener` whenever section `sectionId` of draft `draftId` is a new
   * object (edited, or anything under it), the draft's template changes, or
   * the draft comes or goes. `null` stands for the list of top sections.
   */
  subscribe: (draftId: string, sectionId: string | null, listener: Listener) => () => void;
};

/**
 * One subscription to the drafts store per open draft, instead of one per
 * section component: on each change it finds which sections are new objects
 * (drafts are structurally shared, so an edit makes new objects only along
 * the path to what changed) and tells only their listeners. A keystroke in a
 * 200-section draft then runs one section's selectors, not every section's.
 */
export function createSectionSubscriptions(store: DraftsSource): SectionSubscriptions {
  const hubs = new Map<string, Hub>();

  function changed(hub: Hub, draft: Draft | undefined) {
    const before = hub.last;
    hub.last = draft;
    const everything = !before || !draft || before.template !== draft.template;
    const old = before && sectionIndex(before.sections);
    const now = draft && sectionIndex(draft.sections);
    const told: Listener[] = [];
    for (const [sectionId, listeners] of hub.bySection) {
      const moved = sectionId === null ? before?.sections !== draft?.sections : old?.get(sectionId) !== now?.get(sectionId);
      if (everything || moved) told.push(...listeners);
    }
    // Collected first: a listener may subscribe or unsubscribe as it runs.
    for (const listener of told) listener();
  }

  function hubFor(draftId: string): Hub {
    let hub = hubs.get(draftId);
    if (!hub) {
      const made: Hub = { bySection: new Map(), last: store.getState().drafts[draftId], stop: () => {} };
      made.stop = store.subscribe((state) => {
        const draft = state.drafts[draftId];
        if (draft !== made.last) changed(made, draft);
      });
      hubs.set(draftId, made);
      hub = made;
    }
    return hub;
  }

  return {
    subscribe(draftId, sectionId, listener) {
      const hub = hubFor(draftId);
      let listeners = hub.bySection.get(sectionId);
      if (!listeners) hub.bySection.set(sectionId, (listeners = new Set()));
      // A wrapper per call: the same function subscribed twice is two subscriptions.
      const entry = () => listener();
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
        if (listeners.size === 0 && hub.bySection.get(sectionId) === listeners) hub.bySection.delete(sectionId);
        if (hub.bySection.size === 0 && hubs.get(draftId) === hub) {
          hub.stop();
          hubs.delete(draftId);
        }
      };
    },
  };
}
