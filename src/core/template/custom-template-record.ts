import { z } from 'zod';
import { contentHash } from './content-hash';
import { MAX_TEMPLATE_CHARS } from './parse-template';
import { StoredId } from './stored-id';

/**
 * A template the user added (uploaded, dropped, pasted, or saved from a
 * draft's structure), as stored in IndexedDB. Only the Markdown is kept: the
 * schema is parsed from `source` on every load, so an engine that improves
 * reads old templates better, and nothing stored can disagree with its text.
 */

export const CUSTOM_TEMPLATE_KIND = 'specwright/custom-template';
export const CUSTOM_TEMPLATE_VERSION = 1;
/** Earlier sources kept after a replace: enough to undo a mistake, bounded so a record stays small. */
export const MAX_KEPT_VERSIONS = 5;

export const CustomTemplateVersion = z.object({
  source: z.string(),
  sourceHash: z.string(),
  /** When this source was replaced by the next one. */
  replacedAt: z.string(),
});
export type CustomTemplateVersion = z.infer<typeof CustomTemplateVersion>;

export const CustomTemplateRecord = z.object({
  kind: z.literal(CUSTOM_TEMPLATE_KIND),
  version: z.literal(CUSTOM_TEMPLATE_VERSION),
  id: StoredId,
  name: z.string(),
  description: z.string(),
  source: z.string().max(MAX_TEMPLATE_CHARS),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Earlier sources, oldest first. Drafts never need them (they keep a snapshot); they are there to go back to. */
  versions: z.array(CustomTemplateVersion).optional(),
});
export type CustomTemplateRecord = z.infer<typeof CustomTemplateRecord>;

export type NewCustomTemplate = { id: string; name: string; description: string; source: string; now: Date };

/** The one place a custom template record is made. */
export function customTemplateRecord({ id, name, description, source, now }: NewCustomTemplate): CustomTemplateRecord {
  const stamp = now.toISOString();
  return {
    kind: CUSTOM_TEMPLATE_KIND,
    version: CUSTOM_TEMPLATE_VERSION,
    id,
    name: name.trim(),
    description: description.trim(),
    source,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** A blank name keeps the old one: a template is never nameless in the picker. */
export function renameCustomTemplate(record: CustomTemplateRecord, { name, description }: { name: string; description?: string }, now: Date): CustomTemplateRecord {
  const nextName = name.trim() || record.name;
  const nextDescription = description === undefined ? record.description : description.trim();
  if (nextName === record.name && nextDescription === record.description) return record;
  return { ...record, name: nextName, description: nextDescription, updatedAt: now.toISOString() };
}

/** A new version of the Markdown; the old one joins `versions`. The same text changes nothing. */
export function replaceCustomTemplateSource(record: CustomTemplateRecord, source: string, now: Date): CustomTemplateRecord {
  if (source === record.source) return record;
  const stamp = now.toISOString();
  const previous: CustomTemplateVersion = { source: record.source, sourceHash: contentHash(record.source), replacedAt: stamp };
  const versions = [...(record.versions ?? []), previous].slice(-MAX_KEPT_VERSIONS);
  return { ...record, source, updatedAt: stamp, versions };
}
