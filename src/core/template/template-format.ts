import type { PayloadFormat } from '../payload/payload-format';
import { TEMPLATE_KIND, TEMPLATE_SCHEMA_VERSION, TemplateSchema } from './schema';
import { templateMigrations } from './template-migrations';

/** A parsed template as drafts and share links carry it (a snapshot), versioned by `schemaVersion`. */
export const templateSnapshotFormat: PayloadFormat<TemplateSchema> = {
  kind: TEMPLATE_KIND,
  version: TEMPLATE_SCHEMA_VERSION,
  versionKey: 'schemaVersion',
  migrations: templateMigrations,
  schema: TemplateSchema,
  noun: 'template',
  subject: 'The template',
};
