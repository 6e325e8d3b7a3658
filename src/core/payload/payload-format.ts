import type { z } from 'zod';

/** A stored or shared payload before it is known to be of the current shape: plain JSON. */
export type PayloadRecord = Record<string, unknown>;

/**
 * A named, numbered, pure step: `from: N` turns a version-N record into a
 * version-(N+1) one. Steps work on plain JSON, because an old record does not
 * match today's types, and are tested against frozen fixtures of the older
 * shape. Never remove a step: a user may come back after years.
 */
export type Migration = {
  from: number;
  name: string;
  up: (record: PayloadRecord) => PayloadRecord;
};

/**
 * One kind of versioned payload: a draft, a custom template record, a
 * template snapshot, a share envelope. `versionKey` is the field that holds
 * the version (`version`, or `schemaVersion` for template snapshots).
 */
export type PayloadFormat<T> = {
  kind: string;
  version: number;
  versionKey?: string;
  migrations: readonly Migration[];
  schema: z.ZodType<T>;
  /** How the reasons name the payload: `draft`, `template`. */
  noun: string;
  /** How a reason starts when it speaks of the payload: `The draft`, `The stored template`. */
  subject: string;
};
