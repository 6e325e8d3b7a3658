import { loadPayload, migratePayload } from '../payload/load-payload';
import type { PayloadFormat, PayloadRecord } from '../payload/payload-format';
import { templateSnapshotFormat } from '../template/template-format';
import { DRAFT_KIND, DRAFT_VERSION, Draft } from './draft-schema';
import { draftMigrations } from './draft-migrations';

export type LoadDraftResult = { ok: true; draft: Draft; migratedFrom: number | null } | { ok: false; reason: string };

export const draftFormat: PayloadFormat<Draft> = {
  kind: DRAFT_KIND,
  version: DRAFT_VERSION,
  migrations: draftMigrations,
  schema: Draft,
  noun: 'draft',
  subject: 'The draft',
};

/**
 * Stored or received data -> a current Draft. Untrusted input: it is migrated
 * step by step, its template snapshot through the template's own migrations,
 * then checked by the schema; anything wrong comes back as a reason a person
 * can read. Never throws.
 */
export function loadDraft(raw: unknown): LoadDraftResult {
  const result = loadPayload(draftFormat, raw, withCurrentTemplate);
  return result.ok ? { ok: true, draft: result.value, migratedFrom: result.migratedFrom } : { ok: false, reason: result.reason };
}

/** The draft's template snapshot, brought to the current schema version (the Draft schema then checks it in full). */
function withCurrentTemplate(record: PayloadRecord) {
  // No template at all is for the schema to report, with the rest of what is wrong.
  if (typeof record.template !== 'object' || record.template === null) return { ok: true as const, record };
  const template = migratePayload(templateSnapshotFormat, record.template);
  if (!template.ok) return { ...template, reason: `The draft’s template cannot be read: ${template.reason}` };
  return { ok: true as const, record: { ...record, template: template.record } };
}
