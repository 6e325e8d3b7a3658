import type { VersionMeta, VersionRecord, VersionTemplateRecord } from '../../core/history/version-record';
import { openDraftDb } from '../draft-db';
import { orphanTemplates, readVersions, readVersionTemplate, writeVersion } from './versions-db';

/** Where versions are kept: the app's IndexedDB, or this tab's memory when the browser stores nothing. */
export type HistoryBackend = {
  persistent: boolean;
  list(draftId: string): Promise<VersionRecord[]>;
  template(key: string): Promise<Uint8Array | undefined>;
  write(record: VersionRecord, template: VersionTemplateRecord, existing: readonly VersionMeta[], drop: readonly string[]): Promise<void>;
};

/** The IndexedDB backend, or the in-memory one (with why) when the database cannot be opened. */
export async function openHistoryBackend(factory: IDBFactory | undefined): Promise<{ backend: HistoryBackend; problem: string | null }> {
  if (factory) {
    try {
      let db: IDBDatabase | null = await openDraftDb(factory, { onLost: () => (db = null) });
      const live = () => {
        if (!db) throw new Error('The history’s database connection closed (another tab may be upgrading the app). Reload to keep versions.');
        return db;
      };
      return {
        problem: null,
        backend: {
          persistent: true,
          list: (draftId) => readVersions(live(), draftId),
          template: (key) => readVersionTemplate(live(), key),
          write: (record, template, existing, drop) => writeVersion(live(), record, template, existing, drop),
        },
      };
    } catch {
      // fall through to memory
    }
  }
  return { backend: memoryBackend(), problem: 'This browser is not storing anything, so versions are kept only while this tab is open.' };
}

export function memoryBackend(): HistoryBackend {
  const versions = new Map<string, VersionRecord>();
  const templates = new Map<string, VersionTemplateRecord>();
  return {
    persistent: false,
    list: (draftId) => Promise.resolve([...versions.values()].filter((v) => v.draftId === draftId)),
    template: (key) => Promise.resolve(templates.get(key)?.bytes),
    write(record, template, existing, drop) {
      versions.set(record.id, record);
      templates.set(template.id, template);
      for (const id of drop) versions.delete(id);
      for (const key of orphanTemplates(record, existing, drop)) templates.delete(key);
      return Promise.resolve();
    },
  };
}
