import { z } from 'zod';
import { FieldsValue } from '../blocks/fields/fields-value';
import { IdListValue } from '../blocks/id-list/id-list-value';
import { TableValue } from '../blocks/table/table-value';
import { ScenariosValue } from '../blocks/scenarios/scenarios-value';
import { DefinitionsValue } from '../blocks/definitions/definitions-value';
import { ListValue } from '../blocks/list/list-value';
import { ChecklistValue } from '../blocks/checklist/checklist-value';
import { CodeValue } from '../blocks/code/code-value';
import { DiagramValue } from '../blocks/diagram/diagram-value';
import { ProseValue } from '../blocks/prose/prose-value';
import { TemplateSchema } from '../template/schema';
import { StoredId } from '../template/stored-id';
import { TextRecord } from '../payload/text-record';
import { Origin } from '../lossless/origin';

/**
 * A draft: a user's filled copy of a template. It carries a snapshot of the
 * parsed template it was made from, so a later change to that template (or to
 * the engine) never breaks it, and its own section tree, so repeated items
 * (User Story 4) and switched-off sections are the draft's, not the template's.
 */

export const DRAFT_KIND = 'specwright/draft';
export const DRAFT_VERSION = 3;

export const BlockValue = z.discriminatedUnion('kind', [
  ProseValue,
  FieldsValue,
  DefinitionsValue,
  IdListValue,
  ScenariosValue,
  TableValue,
  CodeValue,
  DiagramValue,
  ChecklistValue,
  ListValue,
]);
export type BlockValue = z.infer<typeof BlockValue>;
export type BlockValueKind = BlockValue['kind'];

export type DraftSection = {
  /** Unique within the draft; equal to the template section id for the template's own sections. */
  id: string;
  /** The template section this is an instance of (a copy of a group's prototype for added items); null for sections the template does not have. */
  templateSectionId: string | null;
  level: number;
  /** The heading as the user has it, placeholders filled or not, flags left out. */
  title: string;
  /** Conditional and optional sections can be switched off; their content is kept. */
  enabled: boolean;
  /**
   * A template section the imported file does not have: shown as "not in
   * this document" with an Add action, never exported until added.
   */
  absent?: boolean;
  /** One value per editable template block, in the template's order (rules and raw lines have none). */
  blocks: BlockValue[];
  children: DraftSection[];
};

export const DraftSection: z.ZodType<DraftSection> = z.lazy(() =>
  z.object({
    id: z.string(),
    templateSectionId: z.string().nullable(),
    level: z.number().int().min(1).max(6),
    title: z.string(),
    enabled: z.boolean(),
    absent: z.boolean().optional(),
    blocks: z.array(BlockValue),
    children: z.array(DraftSection),
  }),
);

export const Draft = z.object({
  kind: z.literal(DRAFT_KIND),
  version: z.literal(DRAFT_VERSION),
  id: StoredId,
  /** The name the user gave the draft; null while it follows the title line. */
  name: z.string().nullable(),
  templateId: z.string(),
  /** The template's `sourceHash` when the draft was made. */
  templateHash: z.string(),
  template: TemplateSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Goes up by one on every saved change; a stale tab's write is caught by it. */
  revision: z.number().int().min(0),
  frontmatter: TextRecord,
  /** The title line's text after its fixed prefix (`Feature Specification: ` + this). */
  titleText: z.string(),
  metadata: TextRecord,
  preamble: z.array(BlockValue),
  sections: z.array(DraftSection),
  footer: z.array(BlockValue),
  /** The imported file this draft was read from, so an export changes only what the user edited; null for drafts made from a template. */
  origin: Origin.nullable(),
});
export type Draft = z.infer<typeof Draft>;
