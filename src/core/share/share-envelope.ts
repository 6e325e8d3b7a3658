import { z } from 'zod';
import type { Draft } from '../draft/draft-schema';
import type { TemplateSchema } from '../template/schema';
import type { Migration, PayloadFormat } from '../payload/payload-format';
import { jsonEqual } from './json-equal';

/**
 * What a share link carries, before it is packed: the draft's content and its
 * template, or for a built-in template only a reference to it.
 */

export const SHARE_KIND = 'specwright/share';
export const SHARE_VERSION = 1;

/** The envelope's own versions; its draft and template are versioned (and migrated) on their own. None yet. */
export const shareMigrations: readonly Migration[] = [];

export type BuiltInTemplateLookup = (id: string) => TemplateSchema | undefined;

/**
 * The draft as a link carries it. Left out, because the recipient makes a new
 * draft: its id, times and revision (they would also tell the recipient when
 * the sender started); and what the template gives (`templateId`,
 * `templateHash`, the snapshot). `version` stays, so a link made before a
 * draft migration still opens through it.
 */
export type SharedDraft = Omit<Draft, 'kind' | 'id' | 'templateId' | 'templateHash' | 'template' | 'createdAt' | 'updatedAt' | 'revision'>;

export type TemplateRef = { id: string; sourceHash: string };

export type ShareEnvelope = {
  kind: typeof SHARE_KIND;
  version: typeof SHARE_VERSION;
  draft: SharedDraft;
} & ({ template: TemplateSchema; templateRef?: never } | { templateRef: TemplateRef; template?: never });

/**
 * The one place a share envelope is made. A template goes by reference only
 * when the built-in one is exactly the draft's snapshot; a draft made from an
 * older edition of a built-in template carries its own, so the recipient
 * sees what the sender saw.
 */
export function shareEnvelope(draft: Draft, builtInTemplate: BuiltInTemplateLookup): ShareEnvelope {
  const { version, name, frontmatter, titleText, metadata, preamble, sections, footer, origin } = draft;
  // The origin goes too: the recipient's export of an imported draft then changes only what was edited, as the sender's does.
  const content: SharedDraft = { version, name, frontmatter, titleText, metadata, preamble, sections, footer, origin };
  const builtIn = builtInTemplate(draft.templateId);
  if (builtIn && jsonEqual(builtIn, draft.template)) {
    return { kind: SHARE_KIND, version: SHARE_VERSION, draft: content, templateRef: { id: builtIn.id, sourceHash: builtIn.sourceHash } };
  }
  return { kind: SHARE_KIND, version: SHARE_VERSION, draft: content, template: draft.template };
}

/**
 * A received envelope, checked. The draft part is only checked for a version
 * here: it may be an older draft format, which loadDraft migrates and then
 * checks in full.
 */
export const ShareEnvelopeSchema = z
  .object({
    kind: z.literal(SHARE_KIND),
    version: z.literal(SHARE_VERSION),
    draft: z.looseObject({ version: z.number().int().min(1) }),
    // Any schema version: decodeShareLink brings it up to date through the template's migrations, then checks it.
    template: z.looseObject({ kind: z.string() }).optional(),
    templateRef: z.object({ id: z.string(), sourceHash: z.string() }).optional(),
  })
  .refine((envelope) => (envelope.template === undefined) !== (envelope.templateRef === undefined), {
    message: 'a link carries a template or refers to one',
  });

/** Share envelopes as loadPayload reads them. */
export const shareFormat: PayloadFormat<z.infer<typeof ShareEnvelopeSchema>> = {
  kind: SHARE_KIND,
  version: SHARE_VERSION,
  migrations: shareMigrations,
  schema: ShareEnvelopeSchema,
  noun: 'link',
  subject: 'The link',
};
