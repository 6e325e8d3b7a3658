import type { Migration, PayloadFormat, PayloadRecord } from './payload-format';

export type LoadFailure =
  | 'not-an-object'
  | 'wrong-kind'
  | 'no-version'
  | 'future-version'
  | 'no-migration'
  | 'migration-failed'
  | 'damaged';

export type LoadPayloadResult<T> =
  | { ok: true; value: T; migratedFrom: number | null }
  | { ok: false; code: LoadFailure; reason: string };

/**
 * Stored or received data -> a payload of the current version, or why not,
 * in words a person can read. Untrusted input: the kind and version are
 * checked, the numbered migrations run one after the other, then the schema
 * has the last word (`safeParse`, never a cast). `prepare` runs after the
 * migrations and before the schema, for parts with versions of their own (a
 * draft's template snapshot). Never throws.
 */
export function loadPayload<T>(
  format: PayloadFormat<T>,
  raw: unknown,
  prepare?: (record: PayloadRecord) => { ok: true; record: PayloadRecord } | LoadFailureResult,
): LoadPayloadResult<T> {
  const migrated = migratePayload(format, raw);
  if (!migrated.ok) return migrated;
  let record = migrated.record;
  if (prepare) {
    const prepared = prepare(record);
    if (!prepared.ok) return prepared;
    record = prepared.record;
  }
  const parsed = format.schema.safeParse(record);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`)
      .join('; ');
    return failure('damaged', `${format.subject} is damaged (${where}).`);
  }
  return { ok: true, value: parsed.data, migratedFrom: migrated.from === format.version ? null : migrated.from };
}

export type LoadFailureResult = { ok: false; code: LoadFailure; reason: string };
export type MigrateResult = { ok: true; record: PayloadRecord; from: number } | LoadFailureResult;

/** The kind and version checks and the migrations of `loadPayload`, without the schema: for a part checked as part of a whole. */
export function migratePayload(format: Pick<PayloadFormat<unknown>, 'kind' | 'version' | 'versionKey' | 'migrations' | 'noun' | 'subject'>, raw: unknown): MigrateResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return failure('not-an-object', `${format.subject} is not a JSON object.`);
  let record = raw as PayloadRecord;
  if (record.kind !== format.kind) return failure('wrong-kind', `This is not a Specwright ${format.noun}.`);
  const key = format.versionKey ?? 'version';
  const version = record[key];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return failure('no-version', `${format.subject} has no valid version number.`);
  if (version > format.version) {
    return failure(
      'future-version',
      `${format.subject} was saved by a newer version of Specwright (${format.noun} format ${version}; this app reads up to ${format.version}). Reload to update the app.`,
    );
  }
  try {
    for (let v = version; v < format.version; v++) {
      const step: Migration | undefined = format.migrations.find((m) => m.from === v);
      if (!step) return failure('no-migration', `No migration from ${format.noun} format ${v}.`);
      record = { ...step.up(record), [key]: v + 1 };
    }
  } catch (error) {
    return failure('migration-failed', `${format.subject} could not be upgraded from format ${version}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { ok: true, record, from: version };
}

function failure(code: LoadFailure, reason: string): LoadFailureResult {
  return { ok: false, code, reason };
}
