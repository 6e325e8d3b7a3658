import * as Y from 'yjs';
import { createStore } from 'zustand/vanilla';
import { docToDraft } from '../../core/draft-doc/doc-to-draft';
import { inviteFragment, type Invite } from '../../core/team/invite-link';
import { peersFrom, type Peer } from '../../core/team/presence';
import type { RenumberedId } from '../../core/team/renumber-duplicate-ids';
import { newRoomId } from '../../core/team/room-id';
import { draftsStore } from '../drafts-store';
import { renumberDuplicateIds } from '../../core/team/renumber-duplicate-ids';
import { isReadableDraftDoc } from './is-readable-draft-doc';
import { teamBackend } from './team-backend';
import { connectTeam, TEAM_ORIGIN, type TeamConnection, type TeamStatus } from './team-connection';
import { defaultSettings, readLinks, readSettings, writeLinks, writeSettings, type TeamLink, type TeamSettings } from './team-settings';

export type TeamSession = { status: TeamStatus; peers: Peer[]; renumbered: RenumberedId[] };

export type TeamState = {
  settings: TeamSettings;
  /** Which local drafts are team drafts (draft id -> room and server). */
  links: Record<string, TeamLink>;
  sessions: Record<string, TeamSession>;
  saveSettings: (settings: TeamSettings) => boolean;
  /** Connects a local draft to a new room; returns the invitation's fragment. */
  startTeam: (draftId: string) => string | null;
  /** Connects a team draft opened in the editor (no-op for local drafts or when already connected). */
  open: (draftId: string) => void;
  /** Stops team work on a draft here: it stays, as a local draft. */
  leave: (draftId: string) => void;
  /** Joins the draft of an invitation as a new local draft (never replacing one); resolves to its id. */
  join: (invite: Invite) => Promise<{ ok: true; id: string } | { ok: false; message: string }>;
  /** Which section this person is in, for the others. */
  setSection: (draftId: string, sectionId: string | null) => void;
  dismissRenumbered: (draftId: string) => void;
  inviteFor: (draftId: string) => string | null;
};

const storage = typeof localStorage === 'undefined' ? undefined : localStorage;
const buildDefault = (import.meta.env.VITE_SPECWRIGHT_SERVER as string | undefined) ?? undefined;
/** For each connected team draft: its connection and how to take the backend off the seam again. */
const attached = new Map<string, { connection: TeamConnection | null; detach: () => void }>();
const awarenessByDoc = new WeakMap<Y.Doc, TeamConnection['awareness']>();

/** The team awareness of a draft's local doc, when it is a connected team draft (for the others' carets in prose fields). */
export function awarenessOfDoc(doc: Y.Doc): TeamConnection['awareness'] | undefined {
  return awarenessByDoc.get(doc);
}
const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const joinTimeoutMs = 15_000;

export const teamStore = createStore<TeamState>()((set, get) => {
  const setSession = (draftId: string, patch: Partial<TeamSession>) =>
    set((s) => ({ sessions: { ...s.sessions, [draftId]: { status: { state: 'connecting' }, peers: [], renumbered: [], ...s.sessions[draftId], ...patch } } }));

  const connect = (draftId: string) => {
    const link = get().links[draftId];
    const docs = draftsStore.docs;
    if (!link || attached.has(draftId) || !docs.open(draftId)) return;
    const entry: { connection: TeamConnection | null; detach: () => void } = { connection: null, detach: () => {} };
    attached.set(draftId, entry);
    const backend = teamBackend(draftId, { serverUrl: link.server, room: link.room, token: get().settings.token || undefined, onlineEvents: window }, (connection) => {
      entry.connection = connection;
      const { awareness } = connection;
      const local = docs.open(draftId);
      if (local) awarenessByDoc.set(local, awareness);
      awareness.setLocalState({ presence: 1, user: get().settings.user, sectionId: null });
      awareness.on('change', () => setSession(draftId, { peers: peersFrom(awareness.getStates(), awareness.clientID) }));
      connection.subscribe((status) => setSession(draftId, { status }));
      setSession(draftId, { status: connection.status() });
    });
    const detachBackend = docs.attach(backend);
    // Two people who added an item at once made the same ID: the later one gets the next free number, here and for everyone.
    let scheduled = false;
    const unsubscribe = docs.subscribe(draftId, (origin) => {
      if (origin !== TEAM_ORIGIN || scheduled) return;
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        const current = draftsStore.getState().drafts[draftId];
        if (!current) return;
        const { draft, renumbered } = renumberDuplicateIds(current);
        if (renumbered.length === 0) return;
        // Through the store: the doc and the draft the UI reads change together.
        draftsStore.getState().update(draftId, () => draft);
        setSession(draftId, { renumbered: [...(get().sessions[draftId]?.renumbered ?? []), ...renumbered] });
      });
    });
    entry.detach = () => {
      unsubscribe();
      detachBackend();
    };
  };

  const setLinks = (links: Record<string, TeamLink>) => {
    writeLinks(storage, links);
    set({ links });
  };

  return {
    settings: readSettings(storage, defaultSettings(buildDefault, randomBytes(1)[0] ?? 0)),
    links: readLinks(storage),
    sessions: {},
    saveSettings(settings) {
      set({ settings });
      for (const { connection } of attached.values()) connection?.awareness.setLocalStateField('user', settings.user);
      return writeSettings(storage, settings);
    },
    startTeam(draftId) {
      const { server } = get().settings;
      if (!server || !draftsStore.getState().drafts[draftId]) return null;
      if (!get().links[draftId]) setLinks({ ...get().links, [draftId]: { room: newRoomId(randomBytes), server } });
      connect(draftId);
      return get().inviteFor(draftId);
    },
    open(draftId) {
      connect(draftId);
    },
    leave(draftId) {
      attached.get(draftId)?.detach();
      attached.delete(draftId);
      const links = { ...get().links };
      delete links[draftId];
      setLinks(links);
      set((s) => {
        const sessions = { ...s.sessions };
        delete sessions[draftId];
        return { sessions };
      });
    },
    async join(invite) {
      for (const [id, link] of Object.entries(get().links)) {
        if (link.room === invite.room && link.server === invite.server && (draftsStore.getState().drafts[id] || draftsStore.getState().summaries[id])) return { ok: true, id };
      }
      const doc = new Y.Doc();
      const connection = connectTeam(doc, { serverUrl: invite.server, room: invite.room, token: get().settings.token || undefined, isReadable: isReadableDraftDoc });
      try {
        const draft = await new Promise<ReturnType<typeof docToDraft>>((resolve) => {
          const timer = setTimeout(() => resolve({ ok: false, reason: 'timeout', raw: null }), joinTimeoutMs);
          const check = () => {
            const status = connection.status();
            if (status.state === 'refused') {
              clearTimeout(timer);
              resolve({ ok: false, reason: status.reason, raw: null });
            }
            const result = docToDraft(doc);
            if (result.ok) {
              clearTimeout(timer);
              resolve(result);
            }
          };
          doc.on('update', () => setTimeout(check, 0));
          connection.subscribe(check);
        });
        if (!draft.ok) {
          return {
            ok: false,
            message:
              draft.reason === 'timeout'
                ? `The team draft did not arrive from ${invite.server} within ${joinTimeoutMs / 1000} seconds. Check that the server runs and that your server setting (and token, if it asks for one) is right, then open the link again.`
                : draft.reason,
          };
        }
        // The room's own document (its items, not a copy of its text), under the draft's id.
        const id = draft.draft.id;
        if (!draftsStore.getState().adopt(id, Y.encodeStateAsUpdate(doc), TEAM_ORIGIN)) {
          return { ok: false, message: 'This browser already has this draft, not connected to this room (it may be the draft the invitation was made from, after “Stop working together”). Nothing was changed; open it from your drafts.' };
        }
        setLinks({ ...get().links, [id]: { room: invite.room, server: invite.server } });
        connect(id);
        return { ok: true, id };
      } finally {
        connection.destroy();
        doc.destroy();
      }
    },
    setSection(draftId, sectionId) {
      const awareness = attached.get(draftId)?.connection?.awareness;
      if (awareness && awareness.getLocalState()?.sectionId !== sectionId) awareness.setLocalStateField('sectionId', sectionId);
    },
    dismissRenumbered: (draftId) => setSession(draftId, { renumbered: [] }),
    inviteFor(draftId) {
      const link = get().links[draftId];
      return link ? inviteFragment(link) : null;
    },
  };
});
