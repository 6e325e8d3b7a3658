import { CUSTOM_TEMPLATE_KIND, CUSTOM_TEMPLATE_VERSION, CustomTemplateRecord } from './custom-template-record';
import { parseTemplate } from './parse-template';
import type { Problem, TemplateSchema } from './schema';

export type CustomTemplate = {
  record: CustomTemplateRecord;
  template: TemplateSchema;
  /** What the engine found wrong in the source; a template with an error is listed but not offered for drafts. */
  problems: Problem[];
};

export type LoadCustomTemplateResult = ({ ok: true } & CustomTemplate) | { ok: false; reason: string };

/**
 * A stored record -> its template, parsed from the source. Untrusted input:
 * checked by the schema first; anything wrong comes back as a reason a
 * person can read. Never throws.
 */
export function loadCustomTemplate(raw: unknown): LoadCustomTemplateResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'The stored template is not a JSON object.' };
  const { kind, version } = raw as Record<string, unknown>;
  if (kind !== CUSTOM_TEMPLATE_KIND) return { ok: false, reason: 'This is not a Specwright template.' };
  if (typeof version === 'number' && version > CUSTOM_TEMPLATE_VERSION) {
    return { ok: false, reason: `The template was saved by a newer version of Specwright (template format ${version}; this app reads up to ${CUSTOM_TEMPLATE_VERSION}). Reload to update the app.` };
  }
  const parsed = CustomTemplateRecord.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`)
      .join('; ');
    return { ok: false, reason: `The stored template is damaged (${where}).` };
  }
  const record = parsed.data;
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
