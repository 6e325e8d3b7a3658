import { z } from 'zod';
import { Severity } from '../template/schema';
import { QUALITY_CODES } from '../quality/quality-codes';

/**
 * Every code validateDraft can report. Codes are stable: the UI keys help text
 * and icons on them, and stored findings keep them.
 */
export const FINDING_CODES = [
  // errors
  'mandatory-empty',
  'title-empty',
  'placeholder-left',
  'enum-invalid',
  'date-invalid',
  'version-invalid',
  'id-duplicate',
  'clarification-too-many',
  'table-row-cells',
  'json-invalid',
  // warnings
  'clarification-present',
  'id-sequence',
  'scenario-form',
  'conditional-empty',
  'vague-criterion',
  'template-text',
  'enum-unset',
  'check-failed',
  'not-in-document',
  // quality rules (src/core/quality), warnings
  ...QUALITY_CODES,
] as const;

export const FindingCode = z.enum(FINDING_CODES);
export type FindingCode = z.infer<typeof FindingCode>;

export const Finding = z.object({
  severity: Severity,
  code: FindingCode,
  /** Plain words that name the thing: `FR-003 is used twice (Functional Requirements).` */
  message: z.string().min(1),
  /** The draft section it points to; null for the document itself (title, frontmatter, metadata, preamble, footer). */
  sectionId: z.string().nullable(),
  /** The template block id, when the finding is about one block. */
  blockId: z.string().optional(),
  /**
   * What inside the block (or document) to focus: a field key (`status`), an
   * ID (`FR-003`), `row 2`, `item 3`, `Scenario 1` (all counted from 1), or
   * `title` for a heading.
   */
  field: z.string().optional(),
  /** On an imported draft: the line of the file (from 1) the finding is on. */
  line: z.number().int().min(1).optional(),
});
export type Finding = z.infer<typeof Finding>;
