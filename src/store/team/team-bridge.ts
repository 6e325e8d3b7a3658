import * as Y from 'yjs';
import type { StoreApi } from 'zustand/vanilla';
import type { Draft } from '../../core/draft/draft-schema';
import { applyDraftChange } from '../../core/draft-doc/apply-draft-change';
import { docToDraft } from '../../core/draft-doc/doc-to-draft';
import { draftToDoc } from '../../core/draft-doc/draft-to-doc';
import { renumberDuplicateIds, type RenumberedId } from '../../core/team/renumber-duplicate-ids';
import type { DraftsState } from '../drafts-state';
import { connectTeam, type TeamConnection, type TeamConnectionOptions } from './team-connection';
import type { TeamDocCache } from './team-doc-cache';

const fromStore = Symbol('team bridge: store edit');
const fromCache = Symbol('team bridge: cache');

export type TeamBridge = {
  doc: Y.Doc;
  connection: TeamConnection;
  /** Writes the doc to the cache now (pagehide). */
  persist: () => void;
  destroy: () => void;
};

export type TeamBridgeOptions = Omit<TeamConnectionOptions, 'isReadable'> & {
  store: StoreApi<DraftsState>;
  draftId: string;
  cache: TeamDocCache;
  /** The person starting team work: the doc is made from their draft. Others (a reload, an invitee) start from the cache or the server. */
  seedFromDraft: boolean;
  onRenumbered: (renumbered: RenumberedId[]) => void;
};

export const isReadableDraftDoc = (doc: Y.Doc) => {
  const result = docToDraft(doc);
  return result.ok ? { ok: true as const } : { ok: false as const, reason: result.reason };
};

/**
 * Keeps one draft of the drafts store and its team document in step, both
 * ways, until drafts themselves are Yjs documents (draft-docs.ts): each
 * change in the store is written into the doc as the smallest change
 * (applyDraftChange: one text edit, one item added), so what two people
 * change at once merges; each change from the team is read back through the
 * draft schema (docToDraft) and given to the store as an edit. The draft's
 * local identity (its id here, its revision, when it was made here) never
 * travels: each browser keeps its own. IDs that two people added at once are
 * renumbered here and reported.
 */
export function startTeamBridge(options: TeamBridgeOptions): TeamBridge {
  const { store, draftId, cache } = options;
  const doc = new Y.Doc();
  const cached = cache.load(draftId);
  const current = store.getState().drafts[draftId];
  if (cached) {
    try {
      Y.applyUpdate(doc, cached, fromCache);
    } catch {
      // A damaged cache: the server's copy and the store's draft still hold the words.
    }
  } else if (options.seedFromDraft && current) {
    draftToDoc(current, doc, fromStore);
  }

  const docIdentity = (): Pick<Draft, 'id' | 'revision' | 'createdAt'> | null => {
    const result = docToDraft(doc);
    return result.ok ? { id: result.draft.id, revision: result.draft.revision, createdAt: result.draft.createdAt } : null;
  };
  const asDoc = (draft: Draft): Draft => {
    const identity = docIdentity();
    return identity ? { ...draft, ...identity } : draft;
  };

  let mirrored: Draft | undefined = current;
  // A draft edited while this browser was away from the doc (after the cache was written): bring the doc up to it.
  if (cached && current) {
    const inDoc = docToDraft(doc);
    if (inDoc.ok) applyDraftChange(doc, inDoc.draft, asDoc(current), fromStore);
  }

  let applyingRemote = false;
  const unsubscribe = store.subscribe((state) => {
    const next = state.drafts[draftId];
    if (!next || next === mirrored) return;
    if (applyingRemote) {
      mirrored = next;
      return;
    }
    const before = docToDraft(doc);
    if (before.ok) applyDraftChange(doc, before.draft, asDoc(next), fromStore);
    else if (!options.seedFromDraft && doc.getMap('draft').size === 0) return; // an invitee's doc not synced yet: nothing to write into
    else applyDraftChange(doc, undefined, next, fromStore);
    mirrored = next;
  });

  let scheduled = false;
  const takeRemote = () => {
    scheduled = false;
    const result = docToDraft(doc);
    if (!result.ok) return;
    const renumber = renumberDuplicateIds(result.draft);
    if (renumber.renumbered.length > 0) {
      applyDraftChange(doc, result.draft, renumber.draft, fromStore);
      options.onRenumbered(renumber.renumbered);
    }
    const incoming = renumber.draft;
    const mine = store.getState().drafts[draftId];
    if (!mine) return;
    applyingRemote = true;
    try {
      store.getState().update(draftId, (draft) => (sameContent(draft, incoming) ? draft : { ...incoming, id: draft.id, revision: draft.revision, createdAt: draft.createdAt }));
    } finally {
      applyingRemote = false;
    }
  };
  let cacheTimer: ReturnType<typeof setTimeout> | null = null;
  const persist = () => {
    if (cacheTimer) clearTimeout(cacheTimer);
    cacheTimer = null;
    cache.save(draftId, Y.encodeStateAsUpdate(doc));
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    cacheTimer ??= setTimeout(persist, 300);
    if (origin === fromStore || origin === fromCache) return;
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(takeRemote);
    }
  };
  doc.on('update', onUpdate);
  if (cached || options.seedFromDraft) persist();

  const connection = connectTeam(doc, { ...options, isReadable: isReadableDraftDoc });
  return {
    doc,
    connection,
    persist,
    destroy: () => {
      persist();
      unsubscribe();
      doc.off('update', onUpdate);
      connection.destroy();
      doc.destroy();
    },
  };
}

function sameContent(a: Draft, b: Draft): boolean {
  return JSON.stringify({ ...a, id: '', revision: 0, createdAt: '', updatedAt: '' }) === JSON.stringify({ ...b, id: '', revision: 0, createdAt: '', updatedAt: '' });
}
