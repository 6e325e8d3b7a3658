import { inTransaction, VERSION_TEMPLATES_STORE, VERSIONS_BY_DRAFT, VERSIONS_STORE } from '../draft-db';
import { VersionRecord, VersionTemplateRecord, type VersionMeta } from '../../core/history/version-record';

/** A draft's stored versions, checked by their schema; a record that does not pass is left alone and not listed. */
export function readVersions(db: IDBDatabase, draftId: string): Promise<VersionRecord[]> {
  return inTransaction(db, VERSIONS_STORE, 'readonly', (store, done) => {
    const request = store.index(VERSIONS_BY_DRAFT).getAll(draftId);
    request.onsuccess = () => done((request.result as unknown[]).flatMap((raw) => {
      const parsed = VersionRecord.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    }));
  });
}

export function readVersionTemplate(db: IDBDatabase, key: string): Promise<Uint8Array | undefined> {
  return inTransaction(db, VERSION_TEMPLATES_STORE, 'readonly', (store, done) => {
    const request = store.get(key);
    request.onsuccess = () => {
      const parsed = VersionTemplateRecord.safeParse(request.result);
      done(parsed.success ? parsed.data.bytes : undefined);
    };
  });
}

/**
 * Adds a version (and its template) and deletes the versions `drop` names,
 * with the templates no remaining version uses, in one transaction: the
 * history is never left with a version whose template is gone. `existing` is
 * the draft's history before this write.
 */
export function writeVersion(db: IDBDatabase, record: VersionRecord, template: VersionTemplateRecord, existing: readonly VersionMeta[], drop: readonly string[]): Promise<void> {
  return inTransaction(db, [VERSIONS_STORE, VERSION_TEMPLATES_STORE], 'readwrite', (stores, done, fail) => {
    const versions = stores[VERSIONS_STORE];
    const templates = stores[VERSION_TEMPLATES_STORE];
    try {
      versions.put(record);
      templates.put(template);
      for (const id of drop) versions.delete(id);
      for (const key of orphanTemplates(record, existing, drop)) templates.delete(key);
    } catch (error) {
      fail(error);
      return;
    }
    done(undefined);
  });
}

/** Template keys that only the dropped versions used. */
export function orphanTemplates(record: VersionMeta, existing: readonly VersionMeta[], drop: readonly string[]): string[] {
  const gone = new Set(drop);
  const used = new Set([record.templateKey, ...existing.filter((v) => !gone.has(v.id)).map((v) => v.templateKey)]);
  return [...new Set(existing.filter((v) => gone.has(v.id)).map((v) => v.templateKey))].filter((key) => !used.has(key));
}
