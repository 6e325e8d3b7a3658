import { DRAFT_KIND, DRAFT_VERSION, Draft } from './draft-schema';
import { draftMigrations, type DraftRecord } from './draft-migrations';

export type LoadDraftResult = { ok: true; draft: Draft; migratedFrom: number | null } | { ok: false; reason: string };

/**
 * Stored or received data -> a current Draft. Untrusted input: it is migrated
 * step by step, then checked by the schema; anything wrong comes back as a
 * reason a person can read. Never throws.
 */
export function loadDraft(raw: unknown): LoadDraftResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'The stored draft is not a JSON object.' };
  let record = raw as DraftRecord;
  if (record.kind !== DRAFT_KIND) return { ok: false, reason: 'This is not a Specwright draft.' };
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'The draft has no valid version number.' };
  if (version > DRAFT_VERSION) {
    return { ok: false, reason: `The draft was saved by a newer version of Specwright (draft format ${version}; this app reads up to ${DRAFT_VERSION}). Reload to update the app.` };
  }
  try {
    for (let v = version; v < DRAFT_VERSION; v++) {
      const step = draftMigrations.find((m) => m.from === v);
      if (!step) return { ok: false, reason: `No migration from draft format ${v}.` };
      record = step.up(record);
    }
  } catch (error) {
    return { ok: false, reason: `The draft could not be upgraded from format ${version}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = Draft.safeParse(record);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`)
      .join('; ');
    return { ok: false, reason: `The draft is damaged (${where}).` };
  }
  return { ok: true, draft: parsed.data, migratedFrom: version === DRAFT_VERSION ? null : version };
}
