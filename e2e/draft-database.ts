import type { Page } from '@playwright/test';

/** One request on an object store: a method of IDBObjectStore and its arguments. */
type Call = [method: 'get' | 'put' | 'delete' | 'count' | 'getAll', ...args: unknown[]];

type Request = {
  storeName: 'drafts' | 'templates' | 'draft-updates' | 'summaries';
  mode: IDBTransactionMode;
  calls: Call[];
  /** Open at this version (to make the database as an older app did). */
  version?: number;
  /** When the open creates or upgrades the database: make a version-1 `drafts` store, or abort (nothing is made). */
  upgrade?: 'create-drafts' | 'abort';
};

/**
 * Runs in the page (passed to page.evaluate, so it closes over nothing): the
 * one place the tests open the app's database. Resolves with the database's
 * version and each call's result, or null when there is no such database or store (and nothing was
 * created). An argument `{ $window: name }` is `window[name]`, for a value
 * only the page can make (a Map, a Blob).
 */
function runRequest({ storeName, mode, calls, version, upgrade }: Request): Promise<{ version: number; results: unknown[] } | null> {
  return new Promise((resolve, reject) => {
    const open = version === undefined ? indexedDB.open('specwright') : indexedDB.open('specwright', version);
    let aborted = false;
    open.onupgradeneeded = () => {
      if (upgrade === 'create-drafts') open.result.createObjectStore('drafts', { keyPath: 'id' });
      if (upgrade === 'abort') {
        aborted = true;
        open.transaction?.abort();
      }
    };
    open.onerror = () => (aborted ? resolve(null) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(storeName)) {
        db.close();
        resolve(null);
        return;
      }
      const tx = db.transaction(storeName, mode);
      const results: unknown[] = [];
      calls.forEach(([method, ...args], k) => {
        const resolved = args.map((arg) => (typeof arg === 'object' && arg !== null && '$window' in arg ? (window as unknown as Record<string, unknown>)[String((arg as { $window: unknown }).$window)] : arg));
        const request = (tx.objectStore(storeName)[method] as (...a: unknown[]) => IDBRequest)(...resolved);
        request.onsuccess = () => (results[k] = request.result);
      });
      tx.oncomplete = () => {
        db.close();
        resolve({ version: db.version, results });
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error);
      };
    };
  });
}

/** The app's IndexedDB database, read and written the way the app does: `drafts` (records of older versions), `draft-updates` and `templates`. */
export class DraftDatabase {
  constructor(readonly page: Page) {}

  private async request(request: Request): Promise<unknown[] | null> {
    return (await this.page.evaluate(runRequest, request))?.results ?? null;
  }

  /**
   * Creates the database as version 1 of the app did (version 1, store
   * `drafts` keyed by `id`) and stores `records`, before the app has opened it.
   * Call on a page of the app's origin that does not run the app (a static file).
   */
  async seedVersion1(records: Record<string, unknown>[]) {
    await this.request({ storeName: 'drafts', mode: 'readwrite', version: 1, upgrade: 'create-drafts', calls: records.map((r) => ['put', r]) });
  }

  async put(record: Record<string, unknown>) {
    await this.request({ storeName: 'drafts', mode: 'readwrite', calls: [['put', record]] });
  }

  /**
   * Stores the record `json` is the text of, parsed in the page: keys such as
   * `__proto__` stay own keys, as they do in a record read back from storage.
   */
  async putJson(json: string) {
    await this.page.evaluate((text) => ((window as unknown as Record<string, unknown>).specwrightTestRecord = JSON.parse(text) as unknown), json);
    await this.putFromWindow('specwrightTestRecord');
  }

  /** Stores the value the page holds as `window[name]`: for what only the page can make (Map, BigInt, Blob). */
  async putFromWindow(name: string) {
    await this.request({ storeName: 'drafts', mode: 'readwrite', calls: [['put', { $window: name }]] });
  }

  /** A draft's summary as the library reads it (store `summaries`). */
  async summary(id: string): Promise<unknown> {
    const [value] = (await this.request({ storeName: 'summaries', mode: 'readonly', calls: [['get', id]] })) ?? [];
    return value;
  }

  async putSummary(value: Record<string, unknown>) {
    await this.request({ storeName: 'summaries', mode: 'readwrite', calls: [['put', value]] });
  }

  async deleteSummary(id: string) {
    await this.request({ storeName: 'summaries', mode: 'readwrite', calls: [['delete', id]] });
  }

  async get(id: string): Promise<unknown> {
    const [value] = (await this.request({ storeName: 'drafts', mode: 'readonly', calls: [['get', id]] })) ?? [];
    return value;
  }

  /**
   * Drafts stored in this context, without creating the database when the app
   * never made it (an open that would create it is aborted): 0 either way.
   */
  async countWithoutCreating(): Promise<number> {
    const legacy = await this.request({ storeName: 'drafts', mode: 'readonly', upgrade: 'abort', calls: [['count']] });
    return legacy === null ? 0 : this.count();
  }

  /**
   * Drafts stored: each draft's Yjs document is its rows in `draft-updates`
   * (counted once per draft), and a record of an older version still in
   * `drafts` until the app reads it.
   */
  async count(): Promise<number> {
    const [rows] = (await this.request({ storeName: 'draft-updates', mode: 'readonly', calls: [['getAll']] })) ?? [[]];
    const ids = new Set((rows as { draftId: string }[]).map((row) => row.draftId));
    return ids.size + (await this.countIn('drafts'));
  }

  /** Records in one object store (0 when the database has none yet). */
  async countIn(storeName: 'drafts' | 'templates' | 'draft-updates' | 'summaries'): Promise<number> {
    const [count] = (await this.request({ storeName, mode: 'readonly', calls: [['count']] })) ?? [0];
    return Number(count);
  }

  /** The database's version, as the app left it. */
  async version(): Promise<number | undefined> {
    const request: Request = { storeName: 'drafts', mode: 'readonly', calls: [] };
    return (await this.page.evaluate(runRequest, request))?.version;
  }
}

/** A draft as the app stores it: the Yjs update of its document (base64url) and its summary. */
export type StoredDraft = { id: string; update: string; summary: unknown };

/**
 * Stores drafts in the app's database (made by the app on an earlier visit)
 * as the app does: each draft's update in `draft-updates` and its summary in
 * `summaries`, in one transaction. For the tests and the benchmark's big libraries.
 */
export async function storeDrafts(page: Page, drafts: StoredDraft[]): Promise<void> {
  await page.evaluate(async (drafts) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('specwright');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction(['draft-updates', 'summaries'], 'readwrite');
        for (const draft of drafts) {
          // Inline, no named helper: the benchmark's transpiler would name it with a function the page lacks.
          const update = Uint8Array.from(atob(draft.update.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
          tx.objectStore('draft-updates').put({ draftId: draft.id, update });
          tx.objectStore('summaries').put(draft.summary);
        }
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, drafts);
}
