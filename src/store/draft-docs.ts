/**
 * DraftDocs: the one storage seam for drafts.
 *
 * Every draft is a `Y.Doc` (its layout: src/core/draft-doc/draft-doc-layout.ts;
 * Draft <-> doc: draftToDoc, docToDraft, applyDraftChange). The drafts store
 * reads and changes drafts only through this seam, and every place a
 * draft's changes are kept or come from is a backend attached to it: this
 * browser's IndexedDB (local-draft-backend.ts, which also lists and loads
 * every stored draft), the app's other tabs (tab-draft-backend.ts), a team's
 * sync server.
 *
 *   const docs = createDraftDocs(local, [tabs, ...]);
 *   await docs.loadSummaries()  -> { summaries, ids, unreadable }  every stored draft's summary (no draft is loaded;
 *                                                         ids: older records moved over, each now a live doc)
 *   await docs.load(id)         -> LoadedDoc             a stored draft's doc, opened (the library opens one draft)
 *   docs.open(id)               -> Y.Doc | undefined     the live doc of a draft (the same object until deleted)
 *   docs.create(id, draft)      -> Y.Doc                 a new doc holding `draft` (null: an empty doc, filled by a backend,
 *                                                         e.g. a team room joined), connected to every backend
 *   docs.subscribe(id, fn)      -> unsubscribe           fn(origin) after each transaction on the doc that did not come
 *                                                         from this tab's store (origin !== LOCAL_ORIGIN): another tab,
 *                                                         a sync server, a backend loading late
 *   docs.apply(id, change, o?)  -> void                  change: (doc) => void, run in one transaction with origin o
 *                                                         (LOCAL_ORIGIN unless told), or a Yjs update to merge
 *   docs.delete(id)             -> Promise<void>         gone from every backend; other tabs drop it too
 *   docs.forget(id)             -> void                  closed in this tab only (deleted elsewhere), kept by the backends
 *   docs.attach(backend)        -> detach                a backend added later (a team sync), connected to every open doc
 *   docs.flush()                -> Promise<void>         every change so far is durable in every backend that keeps them
 *   docs.pending(id)            -> boolean               changes to `id` not yet durable
 *   docs.dispose()
 *
 * A backend is `{ name, connect(id, doc) }`; the connection it returns
 * listens to the doc's `update` events itself (as y-websocket's provider
 * does: attach one in `connect`), applies what it receives with itself as
 * the transaction origin (so it is not sent back to it), and says whether
 * its copy is behind (`pending`, `flush`). Updates are idempotent and
 * commute, so a backend never has to judge which version wins.
 */
import * as Y from 'yjs';
import type { Draft } from '../core/draft/draft-schema';
import { COMMENTS_KEY } from '../core/comments/comment-schema';
import { DOC_ONLY_KEYS } from '../core/draft-doc/draft-doc-layout';
import { draftToDoc } from '../core/draft-doc/draft-to-doc';
import type { DraftSummary } from '../core/draft-summary/draft-summary';
import type { UnreadableDraft } from './drafts-state';

/** The origin of every change this tab's store makes; anything else came from outside. */
export const LOCAL_ORIGIN: unique symbol = Symbol('specwright-local');

export type DraftDocConnection = {
  /** Whatever the backend held of the draft is in the doc. */
  synced: Promise<void>;
  /** Changes the backend has not made durable yet. */
  pending: () => boolean;
  flush: () => Promise<void>;
  disconnect: () => void;
};

export type DraftDocBackend = {
  name: string;
  connect: (id: string, doc: Y.Doc) => DraftDocConnection;
  /** The draft was deleted in this tab: drop what is kept of it. */
  remove?: (id: string) => Promise<void>;
  /** Closes whatever the backend holds open (a channel, a socket). */
  close?: () => void;
};

/** A draft's stored doc, why it cannot be read, or null when nothing of it is stored. */
export type LoadedDoc = { ok: true; doc: Y.Doc } | { ok: false; unreadable: UnreadableDraft } | null;

/** The backend that keeps drafts in this browser and can list them. */
export type LocalDraftBackend = DraftDocBackend & {
  /**
   * Every stored draft's summary (what the library lists, without loading a
   * draft), the docs of older records it moved over on the way, and the
   * records that cannot be read (kept, never deleted).
   */
  loadSummaries: () => Promise<{ summaries: DraftSummary[]; docs: Map<string, Y.Doc>; unreadable: UnreadableDraft[] }>;
  /** One stored draft's doc. */
  load: (id: string) => Promise<LoadedDoc>;
  /** Stored drafts not in `listed` whose summary is missing or damaged: built again from the draft (and stored), or unreadable. */
  findUnlisted: (listed: ReadonlySet<string>) => Promise<{ summaries: DraftSummary[]; unreadable: UnreadableDraft[] }>;
};

export type DraftDocs = {
  loadSummaries: () => Promise<{ summaries: DraftSummary[]; ids: string[]; unreadable: UnreadableDraft[] }>;
  /** Opens a stored draft's doc (the open one if it is open already). */
  load: (id: string) => Promise<LoadedDoc>;
  findUnlisted: LocalDraftBackend['findUnlisted'];
  open: (id: string) => Y.Doc | undefined;
  create: (id: string, draft: Draft | null) => Y.Doc;
  subscribe: (id: string, listener: (origin: unknown) => void) => () => void;
  apply: (id: string, change: ((doc: Y.Doc) => void) | Uint8Array, origin?: unknown) => void;
  delete: (id: string) => Promise<void>;
  forget: (id: string) => void;
  attach: (backend: DraftDocBackend) => () => void;
  flush: () => Promise<void>;
  pending: (id: string) => boolean;
  dispose: () => void;
};

type Open = { doc: Y.Doc; connections: Map<DraftDocBackend, DraftDocConnection>; listeners: Set<(origin: unknown) => void> };

export function createDraftDocs(local: LocalDraftBackend, others: DraftDocBackend[] = []): DraftDocs {
  const backends: DraftDocBackend[] = [local, ...others];
  const open = new Map<string, Open>();

  function track(id: string, doc: Y.Doc, { connectLocal }: { connectLocal: boolean }): Y.Doc {
    const entry: Open = { doc, connections: new Map(), listeners: new Set() };
    open.set(id, entry);
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === LOCAL_ORIGIN || !changesDraft(transaction)) return;
      for (const listener of entry.listeners) listener(transaction.origin);
    });
    for (const backend of backends) if (backend !== local || connectLocal) entry.connections.set(backend, backend.connect(id, doc));
    return doc;
  }

  /** A doc the local backend read becomes the draft's live doc; for a draft made in this tab meanwhile, what was stored of it merges in. */
  function adopt(id: string, doc: Y.Doc): Y.Doc {
    const existing = open.get(id);
    if (!existing) return track(id, doc, { connectLocal: true });
    Y.applyUpdate(existing.doc, Y.encodeStateAsUpdate(doc), local);
    doc.destroy();
    return existing.doc;
  }

  function close(id: string) {
    const entry = open.get(id);
    open.delete(id);
    if (!entry) return;
    for (const connection of entry.connections.values()) connection.disconnect();
    entry.doc.destroy();
  }

  return {
    async loadSummaries() {
      const { summaries, docs, unreadable } = await local.loadSummaries();
      for (const [id, doc] of docs) adopt(id, doc);
      return { summaries, ids: [...docs.keys()], unreadable };
    },
    async load(id) {
      const existing = open.get(id);
      if (existing) return { ok: true, doc: existing.doc };
      const loaded = await local.load(id);
      if (loaded?.ok) return { ok: true, doc: adopt(id, loaded.doc) };
      return loaded;
    },
    findUnlisted: (listed) => local.findUnlisted(listed),
    open: (id) => open.get(id)?.doc,
    create(id, draft) {
      const existing = open.get(id);
      if (existing) return existing.doc;
      const doc = new Y.Doc();
      if (draft) draftToDoc(draft, doc, LOCAL_ORIGIN);
      return track(id, doc, { connectLocal: true });
    },
    subscribe(id, listener) {
      const entry = open.get(id);
      if (!entry) return () => {};
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    apply(id, change, origin = LOCAL_ORIGIN) {
      const entry = open.get(id);
      if (!entry) return;
      if (change instanceof Uint8Array) Y.applyUpdate(entry.doc, change, origin);
      else entry.doc.transact(() => change(entry.doc), origin);
    },
    async delete(id) {
      close(id);
      // Gone from this browser's storage before the other tabs hear of it: a tab that stores the draft
      // again (it had unsaved changes) writes after the delete, never before it.
      await local.remove?.(id);
      await Promise.all(backends.filter((backend) => backend !== local).map((backend) => backend.remove?.(id)));
    },
    forget: close,
    attach(backend) {
      backends.push(backend);
      for (const [id, entry] of open) entry.connections.set(backend, backend.connect(id, entry.doc));
      return () => {
        backends.splice(backends.indexOf(backend), 1);
        for (const entry of open.values()) {
          entry.connections.get(backend)?.disconnect();
          entry.connections.delete(backend);
        }
      };
    },
    async flush() {
      await Promise.all([...open.values()].flatMap((entry) => [...entry.connections.values()].map((c) => c.flush())));
    },
    pending: (id) => [...(open.get(id)?.connections.values() ?? [])].some((c) => c.pending()),
    dispose() {
      for (const entry of open.values()) {
        for (const connection of entry.connections.values()) connection.disconnect();
        entry.doc.destroy();
      }
      open.clear();
      for (const backend of backends) backend.close?.();
    },
  };
}

/**
 * Whether a transaction changed the draft, not only a prose editor's fragment (which the editor writes to the draft as Markdown itself)
 * or the review comments (beside the draft, never in it; the comments panel observes them itself).
 */
function changesDraft(transaction: Y.Transaction): boolean {
  const comments = transaction.doc.share.get(COMMENTS_KEY);
  for (const [type, keys] of transaction.changed) {
    if (comments && type === comments) continue;
    if (type instanceof Y.XmlFragment || type instanceof Y.XmlElement || type instanceof Y.XmlText) continue;
    if (type instanceof Y.Map && [...keys].every((key) => key !== null && DOC_ONLY_KEYS.has(key))) continue;
    return true;
  }
  return false;
}
