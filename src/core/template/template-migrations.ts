import type { Migration } from '../payload/payload-format';

/**
 * Named, numbered steps that bring a template snapshot of an older
 * `schemaVersion` up to date. Every draft and every share link that carries
 * its template holds such a snapshot, so a change to `TemplateSchema` that is
 * not purely additive bumps TEMPLATE_SCHEMA_VERSION and adds a step here,
 * with a frozen fixture of the older shape (see template-snapshot.test.ts):
 * old drafts and old links then still open. None yet: version 1 is the first.
 */
export const templateMigrations: readonly Migration[] = [];
