import { z } from 'zod';
import { blockBase } from '../blocks/block-base';
import { DiagramBlock } from '../blocks/diagram/diagram-block';
import { FieldsBlock } from '../blocks/fields/fields-block';
import { IdListBlock } from '../blocks/id-list/id-list-block';
import { TableBlock } from '../blocks/table/table-block';
import { ScenariosBlock } from '../blocks/scenarios/scenarios-block';
import { DefinitionsBlock } from '../blocks/definitions/definitions-block';
import { ListBlock } from '../blocks/list/list-block';
import { ChecklistBlock } from '../blocks/checklist/checklist-block';
import { CodeBlock } from '../blocks/code/code-block';
import { ProseBlock } from '../blocks/prose/prose-block';
import { Field } from './field';
import { Placeholder } from './placeholder';

/**
 * The structured form of a Markdown spec template. The editor, the validator
 * and the exporter all work from this; nothing downstream reads template
 * Markdown again.
 */

export const TEMPLATE_KIND = 'specwright/template';
export const TEMPLATE_SCHEMA_VERSION = 1;

export { Placeholder, PlaceholderKind } from './placeholder';
export { Field, FieldType } from './field';

/** Lines kept verbatim and not edited, such as `[summary]: #summary` anchors. */
export const RawBlock = z.object({
  ...blockBase,
  kind: z.literal('raw'),
  text: z.string(),
});

/** A `---` between blocks (spec-kit puts one after each user story). */
export const RuleBlock = z.object({
  ...blockBase,
  kind: z.literal('rule'),
});

export const Block = z.discriminatedUnion('kind', [
  ProseBlock,
  FieldsBlock,
  DefinitionsBlock,
  IdListBlock,
  ScenariosBlock,
  TableBlock,
  CodeBlock,
  DiagramBlock,
  ChecklistBlock,
  ListBlock,
  RawBlock,
  RuleBlock,
]);
export type Block = z.infer<typeof Block>;
export type BlockKind = Block['kind'];

export const Requirement = z.enum(['mandatory', 'conditional', 'optional', 'none']);
export type Requirement = z.infer<typeof Requirement>;

export type Section = {
  /** Unique, stable within the template: slugs of the heading path. */
  id: string;
  level: number;
  /** The heading as written, flags included. */
  heading: string;
  /** The heading without its flags, e.g. `Requirements`. */
  title: string;
  /** Placeholders in the title the user fills in (`User Story 1 - [Brief Title]`). */
  titlePlaceholders: Placeholder[];
  /**
   * The title is a sample name the writer renames, though it has no
   * placeholder: a code span with no blank in it (`Tool: \`tool_name\``,
   * `` `POST /api/resource` ``). A title with placeholders is renamable too.
   */
  renamable?: boolean | undefined;
  /**
   * mandatory: must be filled; conditional: include when `condition` holds, and
   * then it must be filled; optional: may be switched off; none: no flag.
   */
  requirement: Requirement;
  /** The mandatory flag holds only when this condition does (`*(mandatory for data changes)*`). */
  condition?: string | undefined;
  /** Guidance from HTML comments, blockquotes and italic instruction lines. */
  guidance: string[];
  blocks: Block[];
  children: Section[];
  line: number;
};

export const Section: z.ZodType<Section> = z.lazy(() =>
  z.object({
    id: z.string(),
    level: z.number().int().min(1).max(6),
    heading: z.string(),
    title: z.string(),
    titlePlaceholders: z.array(Placeholder),
    renamable: z.boolean().optional(),
    requirement: Requirement,
    condition: z.string().optional(),
    guidance: z.array(z.string()),
    blocks: z.array(Block),
    children: z.array(Section),
    line: z.number().int(),
  }),
);

/**
 * Numbered siblings (`User Story 1/2/3`) that form one group a user adds to
 * and removes from. Items are sections; a new item copies the prototype.
 */
export const RepeatGroup = z.object({
  id: z.string(),
  /** What one item is called, e.g. `User Story`. */
  label: z.string(),
  /** The id of the section the items sit under, or `null` at the top level. */
  parentId: z.string().nullable(),
  itemIds: z.array(z.string()),
  /** The item with the most structure, copied for a new one. */
  prototypeId: z.string(),
  /** The `[Add more user stories as needed]` line, when the template has one. */
  addHint: z.string().optional(),
});
export type RepeatGroup = z.infer<typeof RepeatGroup>;

export const TitleLine = z.object({
  heading: z.string(),
  /** Fixed text before the first placeholder, e.g. `Feature Specification: `. */
  prefix: z.string(),
  placeholders: z.array(Placeholder),
  line: z.number().int(),
});
export type TitleLine = z.infer<typeof TitleLine>;

export const Severity = z.enum(['error', 'warning']);
export const Problem = z.object({
  severity: Severity,
  code: z.string(),
  message: z.string(),
  line: z.number().int(),
});
export type Problem = z.infer<typeof Problem>;

export const TemplateSchema = z.object({
  kind: z.literal(TEMPLATE_KIND),
  schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
  id: z.string(),
  name: z.string(),
  description: z.string(),
  /** Content hash of the source text: a draft pins the version it was made from. */
  sourceHash: z.string(),
  frontmatter: z.array(Field).nullable(),
  title: TitleLine.nullable(),
  /** Fields between the title and the first section (`**Status**: Draft`). */
  metadata: z.array(Field),
  /** Blocks between the title and the first section that are not fields. */
  preamble: z.array(Block),
  sections: z.array(Section),
  /** Blocks after a closing `---` at the very end (`**Spec Status:** ...`): the document's, not the last section's. */
  footer: z.array(Block),
  groups: z.array(RepeatGroup),
  /**
   * Requirements are checked against the EARS patterns (ears-form): the
   * template's `ears: true` line in its specwright-template comment. Absent
   * in templates saved before the option existed: off.
   */
  ears: z.boolean().optional(),
});
export type TemplateSchema = z.infer<typeof TemplateSchema>;

export type ParseResult = {
  template: TemplateSchema;
  problems: Problem[];
};
