import type { CustomTemplateRecord } from '../core/template/custom-template-record';
import type { CustomTemplate } from '../core/template/load-custom-template';

/** loading: reading IndexedDB. ready: templates are stored. memory-only: the browser stores nothing; templates live in this tab. */
export type TemplatesStatus = 'loading' | 'ready' | 'memory-only';

/** A stored record that did not load. It stays in IndexedDB untouched. */
export type UnreadableTemplate = { id: string; reason: string; raw: unknown };

/** The last change that can be undone: a delete, or a replace (the record as it was before). */
export type TemplateChange = { kind: 'deleted' | 'replaced'; record: CustomTemplateRecord; name: string };

export type TemplateInput = { name: string; description: string; source: string };

/** Refused: the source has errors (or is no template at all); `reason` says what, for a person. */
export type TemplateWriteResult = { ok: true; id: string } | { ok: false; reason: string };

export type TemplatesState = {
  status: TemplatesStatus;
  /** The custom templates that loaded, by id. */
  templates: Record<string, CustomTemplate>;
  unreadable: UnreadableTemplate[];
  /** Why the latest write failed, or why templates cannot be stored at all; null when all is well. */
  error: string | null;
  lastChange: TemplateChange | null;

  /** Reads every stored template. Safe to call more than once. */
  load: () => Promise<void>;
  /** A new template from Markdown, saved at once. Refused when the engine finds an error in it. */
  add: (input: TemplateInput) => TemplateWriteResult;
  rename: (id: string, name: string, description?: string) => void;
  /** A new version of the Markdown; drafts made from the old one keep their snapshot. Undoable. */
  replace: (id: string, source: string) => TemplateWriteResult;
  /** Deletes from memory and storage, keeping it in `lastChange` for undo. Drafts made from it keep working. */
  remove: (id: string) => void;
  /** Undoes the last delete or replace. */
  undo: () => void;
  dismissChange: () => void;
  /** The template's Markdown as stored, and a file name for it. */
  exportSource: (id: string) => { fileName: string; source: string } | null;
  /** Resolves once every write started so far has finished (tests, and before a page goes away). */
  flush: () => Promise<void>;
};
