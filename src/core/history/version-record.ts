import { z } from 'zod';

export const VERSION_KIND = 'specwright/version';
export const VERSION_FORMAT = 1;

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Expected bytes');

/** Why a version was kept: the user named it, or it was taken at an export, copy, share, restore, or while editing. */
export const VersionReason = z.enum(['named', 'export', 'copy', 'share', 'github', 'auto', 'before-restore']);
export type VersionReason = z.infer<typeof VersionReason>;

/** What the history panel lists of a version, without its snapshot. */
export const VersionMeta = z.object({
  id: z.string().min(1),
  draftId: z.string().min(1),
  createdAt: z.string(),
  reason: VersionReason,
  /** The user's name for it ("v1, sent for review"); null for versions the app took. */
  name: z.string().nullable(),
  /** The compressed snapshot's size in bytes: what the version costs in storage. */
  bytes: z.number().int().min(0),
  /** A hash of the draft's content, so an export of an unchanged draft does not keep a second copy. */
  contentHash: z.string(),
  /** The key of its template snapshot in the version templates store (shared by the draft's versions). */
  templateKey: z.string(),
});
export type VersionMeta = z.infer<typeof VersionMeta>;

/** A stored version: its metadata and the draft's content as deflated JSON (its template is stored apart, see pack-snapshot). */
export const VersionRecord = VersionMeta.extend({
  kind: z.literal(VERSION_KIND),
  version: z.literal(VERSION_FORMAT),
  snapshot: bytes,
});

/** A template snapshot that versions of one draft share: `id` is `draftId:hash`. */
export const VersionTemplateRecord = z.object({ id: z.string(), draftId: z.string(), bytes: bytes });
export type VersionTemplateRecord = z.infer<typeof VersionTemplateRecord>;

export const templateKey = (draftId: string, hash: string) => `${draftId}:${hash}`;
export type VersionRecord = z.infer<typeof VersionRecord>;
