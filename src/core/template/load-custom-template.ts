import { loadPayload } from '../payload/load-payload';
import type { Migration, PayloadFormat } from '../payload/payload-format';
import { CUSTOM_TEMPLATE_KIND, CUSTOM_TEMPLATE_VERSION, CustomTemplateRecord } from './custom-template-record';
import { parseTemplate } from './parse-template';
import type { Problem, TemplateSchema } from './schema';

export type CustomTemplate = {
  record: CustomTemplateRecord;
  template: TemplateSchema;
  /** What the engine found wrong in the source; a template with an error is listed but not offered for drafts. */
  problems: Problem[];
};

/** Steps for stored custom template records of older versions. None yet: version 1 is the first. */
export const customTemplateMigrations: readonly Migration[] = [];

export const customTemplateFormat: PayloadFormat<CustomTemplateRecord> = {
  kind: CUSTOM_TEMPLATE_KIND,
  version: CUSTOM_TEMPLATE_VERSION,
  migrations: customTemplateMigrations,
  schema: CustomTemplateRecord,
  noun: 'template',
  subject: 'The stored template',
};

export type LoadCustomTemplateResult = ({ ok: true } & CustomTemplate) | { ok: false; reason: string };

/**
 * A stored record -> its template, parsed from the source. Untrusted input:
 * checked by the schema first; anything wrong comes back as a reason a
 * person can read. Never throws.
 */
export function loadCustomTemplate(raw: unknown): LoadCustomTemplateResult {
  const loaded = loadPayload(customTemplateFormat, raw);
  if (!loaded.ok) return { ok: false, reason: loaded.reason };
  const record = loaded.value;
  try {
    return { ok: true, record, ...customTemplateSchema(record) };
  } catch (error) {
    // parseTemplate is total; this only guards against an engine bug taking the picker down.
    return { ok: false, reason: `The template could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * The schema of a custom template: parsed from its source under its own id,
 * named as the user named it (the engine's name is only the suggestion).
 * Renaming changes `name`, never `sourceHash`, so drafts see no new version.
 */
export function customTemplateSchema(record: Pick<CustomTemplateRecord, 'id' | 'name' | 'description' | 'source'>): { template: TemplateSchema; problems: Problem[] } {
  const { template, problems } = parseTemplate(record.source, { id: record.id, fallbackName: record.name || 'Custom template' });
  return { template: { ...template, name: record.name || template.name, description: record.description }, problems };
}
