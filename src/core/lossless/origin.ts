import { z } from 'zod';
import { MAX_DRAFT_CHARS } from '../draft/content-caps';

/**
 * Where an imported draft came from: the file's text and, for each part of
 * the draft (a frontmatter key, the title, a metadata field, a section
 * heading, a section, a block value), the lines it was read from and its
 * value at import. Export writes every part whose value is still its
 * baseline as those lines, byte for byte, and only re-serialises what the
 * user changed (exportLossless). Drafts made from a template have none.
 */
export const OriginPart = z.object({
  /** partKey(...): which part of the draft this is. */
  key: z.string(),
  /** Lines [from, to) of `source`, or null when the file did not have this part. */
  span: z.tuple([z.number().int().min(0), z.number().int().min(0)]).nullable(),
  /** The part's value right after import, as stableJson wrote it. */
  baseline: z.string(),
});
export type OriginPart = z.infer<typeof OriginPart>;

export const Origin = z.object({
  /** The file as imported, line ends made `\n`; no larger than a file the import reads. */
  source: z.string().max(MAX_DRAFT_CHARS),
  /** The file's own line ends, written back on export. */
  eol: z.enum(['\n', '\r\n']),
  /** The file began with a byte order mark. */
  bom: z.boolean(),
  // A part per value, heading and field: a draft at its caps has tens of thousands, never millions.
  parts: z.array(OriginPart).max(200_000),
});
export type Origin = z.infer<typeof Origin>;
