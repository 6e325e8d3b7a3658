import { z } from 'zod';
import { Placeholder } from './placeholder';

export const FieldType = z.enum(['text', 'enum', 'date', 'version']);
export type FieldType = z.infer<typeof FieldType>;

export const Field = z.object({
  /** Stable key within its container: the frontmatter key, or a slug of the label. */
  key: z.string(),
  label: z.string(),
  type: FieldType,
  /** Choices, for enums. */
  options: z.array(z.string()).optional(),
  /** The value the template gives when it is a real value, not a placeholder (`Status: Draft`). */
  defaultValue: z.string().optional(),
  /** The template's text for the value, as written (may be a placeholder). */
  templateValue: z.string(),
  placeholders: z.array(Placeholder),
  /** Field help: a YAML comment, or the text of a placeholder. */
  help: z.string().optional(),
  /** Markdown wrapping around the value in the template, e.g. a code span (`` ` ``). */
  wrap: z.string().optional(),
  /** `**Status:** x` (true) rather than `**Status**: x`; the export writes labels as the template does. */
  colonInside: z.boolean().optional(),
  /** `- Feature Name: x` with no bold (the RFC style), rather than `**Feature Name**: x`. */
  plainLabel: z.boolean().optional(),
  /** True when the field shares a line with the previous one (`**Branch**: x | **Date**: y`). */
  sameLine: z.boolean().optional(),
  line: z.number().int(),
});
export type Field = z.infer<typeof Field>;
