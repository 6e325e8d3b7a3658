import type { Draft } from '../core/draft/draft-schema';
import type { DraftSummary } from '../core/draft-summary/draft-summary';
import type { TemplateSchema } from '../core/template/schema';

/**
 * loading: reading IndexedDB, nothing to show yet. ready: drafts are stored.
 * memory-only: the browser will not store anything; drafts live in this tab.
 */
export type DraftsStatus = 'loading' | 'ready' | 'memory-only';

/** saving: a change is waiting to be written or being written. */
export type SaveState = 'saving' | 'saved' | 'error';

/** Whether the browser promised not to evict our storage (navigator.storage.persist). */
export type Persistence = 'unknown' | 'granted' | 'not-granted' | 'unsupported';

/** A stored record that did not load. It stays in IndexedDB untouched. */
export type UnreadableDraft = { id: string; reason: string; raw: unknown };

export type DraftNotice =
  /** Another tab deleted `draftId` while this tab had unsaved changes to it; it was saved again. */
  { id: string; kind: 'restored'; draftId: string; title: string };

export type DeletedDraft = { draft: Draft; title: string };

export type DraftsState = {
  status: DraftsStatus;
  /** The drafts open in this tab (read from storage when opened: `openDraft`). */
  drafts: Record<string, Draft>;
  /** The stored summary of every draft in this browser, what the library lists; a draft in `drafts` is summarised from there instead. */
  summaries: Record<string, DraftSummary>;
  saveStates: Record<string, SaveState>;
  /** Why the latest write failed, in plain words; cleared once no draft is left unsaved by an error. */
  writeError: string | null;
  /** Why drafts cannot be stored at all (status memory-only), in plain words. */
  storageError: string | null;
  unreadable: UnreadableDraft[];
  notices: DraftNotice[];
  persistence: Persistence;
  /** The draft the last delete removed, until it is undone or dismissed. */
  lastDeleted: DeletedDraft | null;

  /**
   * Reads every stored draft's summary (status is ready once they are in),
   * then looks for stored drafts whose summary is missing or damaged and
   * builds it again. Safe to call more than once: later calls return the
   * first call's promise.
   */
  load: () => Promise<void>;
  /** Reads a stored draft into `drafts` (nothing when it is there already); false when there is no such draft, or it cannot be read (then it is in `unreadable`). */
  openDraft: (id: string) => Promise<boolean>;
  /** A new draft from `template`, saved at once; returns its id. */
  create: (template: TemplateSchema) => string;
  /**
   * A draft made elsewhere (opened from a share link, imported from Markdown)
   * becomes a new draft here, saved at once; returns its id. It never replaces
   * a draft this browser has: an id already in use is swapped for a new one.
   */
  add: (draft: Draft) => string;
  /**
   * A draft whose doc a backend fills (a team room joined): an empty doc
   * under `id`, read into the store as the backend fills it. False when `id`
   * is already a draft here (nothing is replaced).
   */
  adopt: (id: string, update: Uint8Array, origin: unknown) => boolean;
  /** Changes a draft in memory now and saves it shortly after the last change. */
  update: (id: string, recipe: (draft: Draft) => Draft) => void;
  /** Writes every pending change now. */
  flush: () => Promise<void>;
  /** Renames a draft (opening it first when it is not open). */
  rename: (id: string, name: string) => void;
  /** A copy of the draft (opened first when it is not open), saved at once; resolves with the copy's id, or null when there is no such draft. */
  duplicate: (id: string) => Promise<string | null>;
  /** Deletes from memory and storage (opening it first when it is not open), keeping the draft in `lastDeleted` for undo. */
  remove: (id: string) => void;
  undoDelete: () => void;
  dismissDeleted: () => void;
  dismissNotice: (noticeId: string) => void;
};
