import { createStore, type StoreApi } from 'zustand/vanilla';
import { customTemplateRecord, renameCustomTemplate, replaceCustomTemplateSource } from '../core/template/custom-template-record';
import { customTemplateSchema, loadCustomTemplate, type CustomTemplate } from '../core/template/load-custom-template';
import { templateFileName } from '../core/template/template-file-name';
import { connectDraftDb, deleteRecord, putRecord, readAllRecords, readRecord, TEMPLATES_STORE } from './draft-db';
import { describeStorageError, STORAGE_TIMEOUT_MESSAGE } from './describe-storage-error';
import { newDraftId } from './new-draft-id';
import { broadcastTemplatesChannel, type TemplatesChannel, type TemplatesChannelFactory, type TemplatesMessage } from './templates-channel';
import type { TemplateInput, TemplatesState, UnreadableTemplate } from './templates-state';

export type TemplatesStoreDeps = {
  /** undefined where the browser has no IndexedDB: templates then live in memory only. */
  indexedDB: IDBFactory | undefined;
  channel: TemplatesChannelFactory;
  now: () => Date;
  newId: () => string;
};

export type TemplatesStore = StoreApi<TemplatesState> & {
  /** Closes the database and the channel (tests; a real tab just goes away). */
  dispose: () => void;
};

/** Custom template ids never look like a built-in's (a file name) nor like each other. */
export const CUSTOM_TEMPLATE_ID_PREFIX = 'custom-';

/**
 * The user's own templates, in memory and in IndexedDB (one record per
 * template in the `templates` store of the app's database).
 *
 * Records hold Markdown; each is parsed on load. A record that does not load
 * is listed in `unreadable` and never written over or deleted. Templates
 * change rarely and from one place at a time, so a write simply replaces the
 * record (no revision check, unlike drafts); writes to one template run in
 * order. A change is announced to other tabs, which re-read the record.
 */
export function createTemplatesStore(deps: TemplatesStoreDeps): TemplatesStore {
  let db: IDBDatabase | null = null;
  /** An open that has not answered in time, still awaited. */
  let hangingOpen: Promise<IDBDatabase | null> | null = null;
  let loading: Promise<void> | null = null;
  let channel: TemplatesChannel | null = null;
  let disposed = false;
  /** The write chain of each template, so a delete and its undo land in the order they were made. */
  const queues = new Map<string, Promise<void>>();

  const store = createStore<TemplatesState>()((set, get) => ({
    status: 'loading',
    templates: {},
    unreadable: [],
    error: null,
    lastChange: null,

    load() {
      loading ??= loadAll();
      return loading;
    },

    add(input) {
      const id = `${CUSTOM_TEMPLATE_ID_PREFIX}${deps.newId()}`;
      const checked = checkedTemplate({ id, ...input });
      if (!checked.ok) return checked;
      put(checked.entry);
      return { ok: true, id };
    },

    rename(id, name, description) {
      const current = get().templates[id];
      if (!current) return;
      const record = renameCustomTemplate(current.record, description === undefined ? { name } : { name, description }, deps.now());
      if (record === current.record) return;
      put({ ...current, record, template: { ...current.template, name: record.name, description: record.description } });
    },

    replace(id, source) {
      const current = get().templates[id];
      if (!current) return { ok: false, reason: 'This template is no longer here: it may have been deleted in another tab.' };
      const checked = checkedTemplate({ id, name: current.record.name, description: current.record.description, source });
      if (!checked.ok) return checked;
      const record = replaceCustomTemplateSource(current.record, source, deps.now());
      if (record === current.record) return { ok: true, id };
      put({ ...checked.entry, record });
      set({ lastChange: { kind: 'replaced', record: current.record, name: current.record.name } });
      return { ok: true, id };
    },

    remove(id) {
      const current = get().templates[id];
      if (!current) return;
      set((s) => ({ templates: without(s.templates, id), lastChange: { kind: 'deleted', record: current.record, name: current.record.name } }));
      enqueue(id, async () => {
        const opened = await database();
        if (!opened) return;
        try {
          await deleteRecord(opened, id, TEMPLATES_STORE);
          channel?.post({ type: 'deleted', id });
        } catch (error) {
          set({ error: `“${current.record.name}” could not be deleted from storage and may come back when you reload. ${describeStorageError(error)}` });
        }
      });
    },

    undo() {
      const change = get().lastChange;
      if (!change) return;
      set({ lastChange: null });
      const loaded = loadCustomTemplate(change.record);
      if (loaded.ok) put({ record: loaded.record, template: loaded.template, problems: loaded.problems });
    },

    dismissChange: () => set({ lastChange: null }),

    exportSource(id) {
      const current = get().templates[id];
      return current ? { fileName: templateFileName(current.record.name), source: current.record.source } : null;
    },

    flush: async () => {
      // A finished chain removes itself before Promise.all resolves, so this ends once nothing is queued.
      while (queues.size > 0) await Promise.all(queues.values());
    },
  }));

  const { getState: get, setState: set } = store;

  /** The template as it would be stored, or why it cannot be: any error the engine finds refuses it. */
  function checkedTemplate(input: TemplateInput & { id: string }): { ok: true; entry: CustomTemplate } | { ok: false; reason: string } {
    const { template, problems } = customTemplateSchema(input);
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      const first = errors[0]!;
      const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
      return { ok: false, reason: `Line ${first.line}: ${first.message}${more}` };
    }
    const name = input.name.trim() || template.name;
    const record = customTemplateRecord({ id: input.id, name, description: input.description, source: input.source, now: deps.now() });
    return { ok: true, entry: { record, template: { ...template, name, description: record.description }, problems } };
  }

  /** In memory now, in storage next in this template's queue. */
  function put(entry: CustomTemplate) {
    const { id } = entry.record;
    set((s) => ({ templates: { ...s.templates, [id]: entry }, unreadable: s.unreadable.filter((u) => u.id !== id) }));
    enqueue(id, async () => {
      const opened = await database();
      if (!opened) return;
      try {
        await putRecord(opened, entry.record, TEMPLATES_STORE);
        channel?.post({ type: 'saved', id });
        if (get().status === 'ready') set({ error: null });
      } catch (error) {
        set({ error: `The template “${entry.record.name}” could not be saved. ${describeStorageError(error)} It is kept in this tab until you close it.` });
      }
    });
  }

  function enqueue(id: string, task: () => Promise<void>) {
    const next = (queues.get(id) ?? Promise.resolve()).then(task, task);
    queues.set(id, next);
    void next.finally(() => {
      if (queues.get(id) === next) queues.delete(id);
    });
  }

  async function loadAll() {
    const opened = await connect();
    if (opened) await readStored(opened);
    if (disposed) return;
    channel = deps.channel(onMessage);
  }

  async function connect(): Promise<IDBDatabase | null> {
    if (hangingOpen) return null;
    const connection = await connectDraftDb(deps.indexedDB, {
      isDisposed: () => disposed,
      onLost: (lost) => {
        if (db === lost) db = null;
      },
    });
    if (!connection) return null;
    if (connection.ok) return (db = connection.db);
    if (connection.reason === 'missing') set({ status: 'memory-only', error: 'This browser has no storage for web pages (IndexedDB is missing): templates you add last until the tab closes.' });
    else if (connection.reason === 'failed') set({ status: 'memory-only', error: `Templates can’t be stored. ${describeStorageError(connection.error)}` });
    else {
      set({ status: 'memory-only', error: `Templates can’t be stored for now. ${STORAGE_TIMEOUT_MESSAGE}` });
      hangingOpen = connection.late;
      void connection.late.then(async (opened) => {
        hangingOpen = null;
        if (!opened || disposed || db) return;
        db = opened;
        await readStored(opened);
      });
    }
    return null;
  }

  /** Loads every record. Templates added while loading are kept as they are. */
  async function readStored(opened: IDBDatabase) {
    let records;
    try {
      records = await readAllRecords(opened, TEMPLATES_STORE);
    } catch (error) {
      db = null;
      set({ status: 'memory-only', error: `Saved templates could not be read. ${describeStorageError(error)}` });
      return;
    }
    const loaded: Record<string, CustomTemplate> = {};
    const unreadable: UnreadableTemplate[] = [];
    for (const { key, value } of records) {
      const result = loadCustomTemplate(value);
      if (result.ok && result.record.id === key) loaded[key] = { record: result.record, template: result.template, problems: result.problems };
      else unreadable.push({ id: key, reason: result.ok ? 'The template’s id does not match the key it is stored under.' : result.reason, raw: value });
    }
    set((s) => ({ status: 'ready', error: null, templates: { ...loaded, ...s.templates }, unreadable }));
  }

  /** The database, reopened if it went away. */
  async function database(): Promise<IDBDatabase | null> {
    await get().load();
    if (db || disposed || !deps.indexedDB) return db;
    return connect();
  }

  function onMessage(message: TemplatesMessage) {
    enqueue(message.id, () => reread(message.id));
  }

  async function reread(id: string) {
    const opened = await database();
    if (!opened) return;
    let raw: unknown;
    try {
      raw = await readRecord(opened, id, TEMPLATES_STORE);
    } catch {
      return; // the next message, or a reload, reads it again
    }
    if (raw === undefined) {
      set((s) => ({ templates: without(s.templates, id), unreadable: s.unreadable.filter((u) => u.id !== id) }));
      return;
    }
    const result = loadCustomTemplate(raw);
    if (!result.ok) {
      set((s) => ({ templates: without(s.templates, id), unreadable: [...s.unreadable.filter((u) => u.id !== id), { id, reason: result.reason, raw }] }));
      return;
    }
    set((s) => ({ templates: { ...s.templates, [id]: { record: result.record, template: result.template, problems: result.problems } } }));
  }

  return Object.assign(store, {
    dispose() {
      disposed = true;
      channel?.close();
      channel = null;
      db?.close();
      db = null;
    },
  });
}

function without<T>(record: Record<string, T>, id: string): Record<string, T> {
  const rest = { ...record };
  delete rest[id];
  return rest;
}

/** The app's custom templates, stored in this browser. */
export const templatesStore: TemplatesStore = createTemplatesStore({
  indexedDB: typeof indexedDB === 'undefined' ? undefined : indexedDB,
  channel: broadcastTemplatesChannel,
  now: () => new Date(),
  newId: newDraftId,
});
