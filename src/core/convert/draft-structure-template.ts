import { blockKind } from '../blocks/block-kinds';
import type { TemplateText } from '../blocks/block-kind-module';
import { fieldsTemplateText } from '../blocks/fields/fields-template-text';
import type { Draft, DraftSection } from '../draft/draft-schema';
import { draftDisplayTitle } from '../draft/draft-title';
import { templateItemTitle } from '../draft/counting-numbers';
import { groupItems } from '../draft/group-edits';
import { templateLookup } from '../draft/template-lookup';
import { exportHeading } from '../markdown/heading-flag';
import { oneLineText as oneLine } from '../markdown/one-line-text';
import { labelColonInside } from '../markdown/label-style';
import type { Block, Field, Section, TemplateSchema } from '../template/schema';

export type StructureTemplateOptions = {
  /** The name the template gives itself; defaults to one made from the draft's title. */
  name?: string;
  description?: string;
};

/**
 * A draft's structure as template Markdown, for a template of one's own: the
 * draft's section tree as it stands (added group items, extra sections,
 * renamed headings; a heading the template left to fill in is the
 * template's again) with the template's requirement flags, each section's
 * guidance as HTML comments, and each block as the template wrote it
 * (placeholders, example rows, labels), not as the user filled it in. An
 * extra section (one the template lacks) gets a placeholder line; one not in
 * an imported document is left out. Pure;
 * parseTemplate reads the result back into the same structure.
 */
export function draftStructureTemplate(draft: Draft, options: StructureTemplateOptions = {}): string {
  const { template } = draft;
  const lookup = templateLookup(template);
  const context: Context = { lookup, colonInside: labelColonInside(template), hints: groupHints(draft), templateTitles: templateTitles(draft, lookup) };
  const title = draftDisplayTitle(draft);
  const name = oneLine(options.name ?? `${title} (structure)`);
  const description = oneLine(options.description ?? `The structure of the draft “${title}”, made from ${template.name}.`);

  const parts: string[] = [];
  const frontmatter = frontmatterText(template);
  if (frontmatter) parts.push(frontmatter);
  parts.push(['<!-- specwright-template', `name: ${safeComment(name)}`, `description: ${safeComment(description)}`, '-->'].join('\n'));
  if (template.title) parts.push(`# ${oneLine(template.title.heading)}`);
  parts.push(...joinBlocks(preambleTexts(template, context)));
  for (const section of draft.sections) parts.push(...sectionTexts(section, context));
  parts.push(...joinBlocks(template.footer.map((block) => blockText(block, context))));
  return `${parts.join('\n\n')}\n`;
}

type Context = {
  lookup: ReturnType<typeof templateLookup>;
  colonInside: boolean;
  /** Draft section id -> the `[Add more ...]` line of the group it ends. */
  hints: Map<string, string>;
  /** Draft section id -> the template's title for a heading the user filled in (a group item's, renumbered for its place). */
  templateTitles: Map<string, string>;
};

/** A rendered block and whether it starts or ends as a list (two lists in a row need a separator, or they read as one). */
type Rendered = TemplateText;

function sectionTexts(section: DraftSection, context: Context): string[] {
  // A template section an imported file does not have is no part of that document's structure.
  if (section.absent) return [];
  const templateSection = section.templateSectionId === null ? undefined : context.lookup.sections.get(section.templateSectionId);
  const level = Math.min(6, Math.max(1, section.level));
  const title = context.templateTitles.get(section.id) ?? section.title;
  const heading = exportHeading(title, templateSection) || oneLine(title) || 'Untitled section';
  const texts = [`${'#'.repeat(level)} ${heading}`];
  if (templateSection) {
    const [first, later] = splitGuidance(templateSection);
    texts.push(...first.map(commentText));
    const blocks = templateSection.blocks.map((block) => blockText(block, context));
    const hint = context.hints.get(section.id);
    if (hint) blocks.push({ text: hint, list: false });
    texts.push(...joinBlocks(blocks));
    texts.push(...later.map(commentText));
  } else {
    texts.push(`[${placeholderLabel(section.title)}]`);
  }
  for (const child of section.children) texts.push(...sectionTexts(child, context));
  return texts;
}

/**
 * Guidance goes first, except a note that introduces examples (`Example of
 * marking unclear requirements:`): before an ID list it would make the
 * engine read every item as an example, so it goes after the blocks.
 */
function splitGuidance(section: Section): [string[], string[]] {
  const examples = section.guidance.filter((g) => /^example\b/i.test(g));
  return [section.guidance.filter((g) => !examples.includes(g)), examples];
}

/** Blocks in order, with an empty comment between two lists so they stay two blocks. */
function joinBlocks(blocks: (Rendered | null)[]): string[] {
  const texts: string[] = [];
  let previousList = false;
  for (const block of blocks) {
    if (!block) continue;
    if (previousList && block.list) texts.push('<!-- -->');
    texts.push(block.text);
    previousList = block.list;
  }
  return texts;
}

/**
 * A heading with placeholders (`User Story 2 - [Brief Title] (Priority: P2)`)
 * or a sample name (`Tool: \`tool_name\``) is the template's again, not what
 * the user filled it with: that is the draft's content, as typed text is. A
 * group item gets the title the template has at its place, its number and
 * counting numbers carried on past the template's last item.
 */
function templateTitles(draft: Draft, lookup: Context['lookup']): Map<string, string> {
  const titles = new Map<string, string>();
  const fillable = (id: string | null) => {
    const section = id === null ? undefined : lookup.sections.get(id);
    return section && (section.titlePlaceholders.length > 0 || section.renamable === true) ? section : undefined;
  };
  const grouped = new Set<string>();
  for (const group of draft.template.groups) {
    const own = group.itemIds.map((id) => lookup.sections.get(id)?.title ?? '');
    groupItems(draft, group).forEach((item, index) => {
      grouped.add(item.id);
      if (fillable(item.templateSectionId)) titles.set(item.id, templateItemTitle(own, group.label, index));
    });
  }
  const visit = (sections: DraftSection[]) => {
    for (const section of sections) {
      const templateSection = grouped.has(section.id) ? undefined : fillable(section.templateSectionId);
      if (templateSection) titles.set(section.id, templateSection.title);
      visit(section.children);
    }
  };
  visit(draft.sections);
  return titles;
}

/** The last item of each group with an `[Add more ...]` line carries it, where the engine looks for it. */
function groupHints(draft: Draft): Map<string, string> {
  const hints = new Map<string, string>();
  for (const group of draft.template.groups) {
    const last = groupItems(draft, group).at(-1);
    if (group.addHint && last) hints.set(last.id, group.addHint);
  }
  return hints;
}

function preambleTexts(template: TemplateSchema, context: Context): Rendered[] {
  const runs: Field[][] = [];
  for (const field of template.metadata) {
    const run = runs[runs.length - 1];
    if (run && !!run[0]!.plainLabel === !!field.plainLabel) run.push(field);
    else runs.push([field]);
  }
  const items = [
    ...runs.map((run) => ({ line: run[0]!.line, rendered: fieldsTemplateText(run, run[0]!.plainLabel ? 'list' : 'lines', context.colonInside) })),
    ...template.preamble.map((block) => ({ line: block.line, rendered: blockText(block, context) })),
  ];
  return items.sort((a, b) => a.line - b.line).flatMap((item) => (item.rendered ? [item.rendered] : []));
}

function blockText(block: Block, context: Context): Rendered | null {
  const body = blockBody(block, context);
  if (!block.label) return body;
  const label = context.colonInside ? `**${block.label}:**` : `**${block.label}**:`;
  return { text: body ? `${label}\n\n${body.text}` : label, list: body?.list ?? false };
}

function blockBody(block: Block, context: Context): Rendered | null {
  if (block.kind === 'raw') return { text: block.text, list: false };
  if (block.kind === 'rule') return { text: '---', list: false };
  return blockKind(block.kind).templateText(block, context.colonInside);
}

function frontmatterText(template: TemplateSchema): string | null {
  if (template.frontmatter === null) return null;
  const lines = template.frontmatter.map((field) => {
    const derivedHelp = field.placeholders.map((p) => p.label).join('; ');
    const comment = field.help && field.help !== derivedHelp ? `  # ${field.help}` : '';
    const [first = '', ...rest] = field.templateValue.split('\n');
    const head = first === '' ? `${field.key}:` : `${field.key}: ${first}`;
    return [`${head}${comment}`, ...rest].join('\n');
  });
  return ['---', ...lines, '---'].join('\n');
}

function commentText(text: string): string {
  const safe = safeComment(text);
  return safe.includes('\n') ? `<!--\n${safe}\n-->` : `<!-- ${safe} -->`;
}

/** Nothing inside a comment may close it early. */
function safeComment(text: string): string {
  return text.replaceAll('-->', '—>').replaceAll('--!>', '—!>');
}

function placeholderLabel(title: string): string {
  const label = oneLine(title).replace(/[[\]]/g, '').trim();
  return label || 'Details';
}
