import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Draft } from '../../core/draft/draft-schema';
import type { LoadDraftResult } from '../../core/draft/load-draft';
import { idleClock, tickEditClock, type EditClock } from '../../core/history/edit-clock';
import { contentHash, packSnapshot, unpackSnapshot } from '../../core/history/pack-snapshot';
import { HISTORY_BOUNDS, thinVersions, type HistoryBounds } from '../../core/history/thin-versions';
import { templateKey, VERSION_FORMAT, VERSION_KIND, type VersionMeta, type VersionReason, type VersionRecord } from '../../core/history/version-record';
import type { DraftsStore } from '../drafts-store';
import type { HistoryBackend } from './history-backend';

export type HistoryState = {
  /** Each draft's versions, newest first, once loaded. */
  versions: Record<string, VersionMeta[]>;
  /** Why the history is not stored, in plain words (memory only, a failed write); null when all is well. */
  problem: string | null;
};

export type HistoryStore = StoreApi<HistoryState> & {
  load(draftId: string): Promise<VersionMeta[]>;
  /** Keeps the draft as it is now; an unnamed version of content the newest version already has is not kept twice. Returns the version. */
  record(draftId: string, reason: VersionReason, name?: string): Promise<VersionMeta | null>;
  /** A version's draft, migrated and checked. */
  open(versionId: string): Promise<LoadDraftResult>;
  /** The draft becomes the version again; what it was a moment ago is kept as a version first. */
  restore(draftId: string, versionId: string): Promise<{ ok: true } | { ok: false; reason: string }>;
  /** A new draft from a version; returns its id. */
  startNew(versionId: string): Promise<{ ok: true; id: string } | { ok: false; reason: string }>;
  dispose(): void;
};

export type HistoryDeps = {
  drafts: DraftsStore;
  /** Opened at the first use, so a page that never looks at history opens nothing. */
  backend: () => Promise<{ backend: HistoryBackend; problem: string | null }>;
  now: () => Date;
  newId: () => string;
  bounds?: HistoryBounds;
};

export function createHistoryStore(deps: HistoryDeps): HistoryStore {
  const store = createStore<HistoryState>()(() => ({ versions: {}, problem: null }));
  const records = new Map<string, VersionRecord>();
  const clocks = new Map<string, EditClock>();
  // One write at a time per store, so thinning always sees the versions before it.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  let opening: Promise<HistoryBackend> | null = null;
  const backendNow = () =>
    (opening ??= deps.backend().then((b) => {
      if (b.problem) store.setState({ problem: b.problem });
      return b.backend;
    }));

  const newestFirst = (list: VersionRecord[]) => [...list].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id.localeCompare(a.id));
  const meta = ({ kind: _k, version: _v, snapshot: _s, ...rest }: VersionRecord): VersionMeta => rest;

  async function list(draftId: string): Promise<VersionRecord[]> {
    const found = newestFirst(await (await backendNow()).list(draftId));
    for (const r of found) records.set(r.id, r);
    store.setState((s) => ({ versions: { ...s.versions, [draftId]: found.map(meta) } }));
    return found;
  }

  async function write(draft: Draft, reason: VersionReason, name: string | null): Promise<VersionMeta | null> {
    const existing = await list(draft.id);
    const hash = contentHash(draft);
    const newest = existing[0];
    if (newest && newest.contentHash === hash && reason !== 'named') return meta(newest);
    const packed = packSnapshot(draft);
    const key = templateKey(draft.id, packed.templateHash);
    const at = deps.now();
    // Never two versions at the same instant: the newest must sort first.
    const createdAt = new Date(Math.max(at.getTime(), newest ? Date.parse(newest.createdAt) + 1 : 0)).toISOString();
    const record: VersionRecord = { kind: VERSION_KIND, version: VERSION_FORMAT, id: deps.newId(), draftId: draft.id, createdAt, reason, name, bytes: packed.content.byteLength, contentHash: hash, templateKey: key, snapshot: packed.content };
    const metas = [meta(record), ...existing.map(meta)];
    const drop = thinVersions(metas, at, deps.bounds ?? HISTORY_BOUNDS);
    try {
      await (await backendNow()).write(record, { id: key, draftId: draft.id, bytes: packed.template }, existing.map(meta), drop);
    } catch (error) {
      store.setState({ problem: `A version could not be kept: ${error instanceof Error ? error.message : String(error)}` });
      return null;
    }
    for (const id of drop) records.delete(id);
    await list(draft.id);
    clocks.set(draft.id, idleClock);
    return meta(record);
  }

  async function open(versionId: string): Promise<LoadDraftResult> {
    const record = records.get(versionId);
    if (!record) return { ok: false, reason: 'That version is no longer in the history.' };
    return unpackSnapshot(record.snapshot, await (await backendNow()).template(record.templateKey));
  }

  const unsubscribe = deps.drafts.subscribe((state, previous) => {
    for (const [id, draft] of Object.entries(state.drafts)) {
      const before = previous.drafts[id];
      if (!before || before === draft || before.updatedAt === draft.updatedAt) continue;
      const { clock, due } = tickEditClock(clocks.get(id) ?? idleClock, Date.parse(draft.updatedAt));
      clocks.set(id, clock);
      if (due) void serial(() => write(draft, 'auto', null));
    }
  });

  return Object.assign(store, {
    load: (draftId: string) => serial(async () => (await list(draftId)).map(meta)),
    record(draftId: string, reason: VersionReason, name?: string) {
      return serial(async () => {
        const draft = deps.drafts.getState().drafts[draftId];
        return draft ? write(draft, reason, name?.trim() || null) : null;
      });
    },
    open: (versionId: string) => serial(() => open(versionId)),
    restore(draftId: string, versionId: string) {
      return serial(async () => {
        const opened = await open(versionId);
        if (!opened.ok) return opened;
        const current = deps.drafts.getState().drafts[draftId];
        if (!current) return { ok: false as const, reason: 'The draft is not open in this tab.' };
        // What the draft is now goes into the history first: a restore never loses words.
        const kept = await write(current, 'before-restore', null);
        if (!kept) return { ok: false as const, reason: 'The draft as it is now could not be kept as a version, so nothing was restored.' };
        deps.drafts.getState().update(draftId, () => ({ ...opened.draft, id: current.id }));
        await deps.drafts.getState().flush();
        return { ok: true as const };
      });
    },
    startNew(versionId: string) {
      return serial(async () => {
        const opened = await open(versionId);
        if (!opened.ok) return opened;
        const name = opened.draft.name ?? null;
        const id = deps.drafts.getState().add({ ...opened.draft, id: deps.newId(), name: name ? `${name} (from a version)` : null });
        return { ok: true as const, id };
      });
    },
    dispose: unsubscribe,
  });
}
