import { renderFields } from '../blocks/fields/render-fields';
import type { BlockValue, Draft, DraftSection } from '../draft/draft-schema';
import { ownValue } from '../payload/own-value';
import { templateLookup } from '../draft/template-lookup';
import type { Block, Field, Section, TemplateSchema } from '../template/schema';
import { escapeClosingHashes, exportHeading } from './heading-flag';
import { oneLineText as oneLine } from './one-line-text';
import { joinChunks, plainChunk, type Chunk } from './join-chunks';
import { labelColonInside } from './label-style';
import { renderBlock } from './render-block';
import { writeYamlScalar } from './yaml-scalar';

/**
 * A draft as GitHub-flavoured Markdown in its template's structure and order:
 * frontmatter, title line, metadata, preamble, sections, footer. Pure and
 * linear in the size of the draft.
 *
 * Left out: guidance (comments, italic instructions, `[Add more ...]` hints),
 * empty values (empty prose, field, code; list items, ID items, scenarios and
 * table rows with no text; a label whose block is left out), switched-off
 * sections, and optional or conditional sections with nothing filled in them
 * or below them. A mandatory or unflagged section keeps its heading however
 * empty, so the document keeps its shape and validation can point at it.
 */
export function renderDraft(draft: Draft): string {
  const { template } = draft;
  const context = renderContext(draft);
  const chunks: Chunk[] = [];

  const frontmatter = frontmatterChunk(draft);
  if (frontmatter) chunks.push(frontmatter);
  if (template.title) chunks.push(plainChunk(titleLine(draft)));
  chunks.push(...bodyChunks(draft.preamble, preambleItems(template, draft.metadata), context, 0, true).chunks);
  for (const section of draft.sections) chunks.push(...(sectionChunks(section, context)?.chunks ?? []));
  const footer = bodyChunks(draft.footer, template.footer.map(blockItem), context, 0);
  if (footer.filled) chunks.push(...footer.chunks);

  return `${joinChunks(chunks)}\n`;
}

export type RenderContext = { lookup: ReturnType<typeof templateLookup>; colonInside: boolean };
type Context = RenderContext;

export function renderContext(draft: Draft): RenderContext {
  return { lookup: templateLookup(draft.template), colonInside: labelColonInside(draft.template) };
}

/** The title line as the template writes it: its prefix and the draft's text, or the template's own heading while the text is empty. */
export function titleLine(draft: Draft): string {
  const titleText = oneLine(draft.titleText);
  const heading = draft.template.title;
  if (!heading) return `# ${escapeClosingHashes(titleText)}`;
  return `# ${escapeClosingHashes(titleText ? oneLine(heading.prefix + titleText) : heading.heading)}`;
}

/** A section and its subsections as Markdown, or null when it is not written (switched off, not in the document, or an empty optional one). */
export function renderSection(section: DraftSection, context: RenderContext): string | null {
  const rendered = sectionChunks(section, context);
  return rendered ? joinChunks(rendered.chunks) : null;
}

/** What the template puts between values: rules, link anchors and metadata lines are written wherever they stood. */
type Item = { block: Block } | { fixed: Chunk | null; line: number };
type Rendered = { chunks: Chunk[]; filled: boolean };

function sectionChunks(section: DraftSection, context: Context): Rendered | null {
  if (!section.enabled || section.absent) return null;
  const templateSection = section.templateSectionId === null ? undefined : context.lookup.sections.get(section.templateSectionId);
  const level = Math.min(6, Math.max(1, section.level));
  const body = bodyChunks(section.blocks, (templateSection?.blocks ?? []).map(blockItem), context, level);
  const children = section.children.map((child) => sectionChunks(child, context)).filter((c): c is Rendered => c !== null);
  const filled = body.filled || children.some((c) => c.filled);
  if (!filled && isSwitchable(templateSection)) return null;
  const heading = escapeClosingHashes(exportHeading(section.title, templateSection));
  return {
    filled,
    chunks: [plainChunk(heading ? `${'#'.repeat(level)} ${heading}` : '#'.repeat(level)), ...body.chunks, ...children.flatMap((c) => c.chunks)],
  };
}

function isSwitchable(section: Section | undefined): boolean {
  return section?.requirement === 'conditional' || section?.requirement === 'optional';
}

/**
 * The values in the draft's order, with the template's fixed items (rules,
 * anchors, metadata) written before the value that follows them in the
 * template; a value the template lacks (kept from an import) stays where it
 * is, or with `extrasAfterFixed` after the fixed items just before it.
 */
function bodyChunks(values: BlockValue[], items: Item[], context: Context, sectionLevel: number, extrasAfterFixed = false): Rendered {
  const index = new Map<string, number>();
  items.forEach((item, k) => {
    if ('block' in item) index.set(item.block.id, k);
  });
  const chunks: Chunk[] = [];
  let filled = false;
  let next = 0;
  const fixedUpTo = (end: number) => {
    for (; next < end; next++) {
      const chunk = fixedChunk(items[next]!);
      if (chunk) chunks.push(chunk);
    }
  };
  for (const value of values) {
    const at = index.get(value.blockId);
    if (at !== undefined && at >= next) {
      fixedUpTo(at);
      next = at + 1;
    }
    // Before the first section, kept lines go after the metadata lines before them, which have no place in the draft's order.
    if (at === undefined && extrasAfterFixed) while (next < items.length && 'fixed' in items[next]!) fixedUpTo(next + 1);
    const item = at === undefined ? undefined : items[at];
    const chunk = renderBlock(value, item && 'block' in item ? item.block : undefined, { colonInside: context.colonInside, sectionLevel });
    if (chunk) {
      chunks.push(chunk);
      filled = true;
    }
  }
  fixedUpTo(items.length);
  return { chunks, filled };
}

function fixedChunk(item: Item): Chunk | null {
  if ('fixed' in item) return item.fixed;
  if (item.block.kind === 'rule') return plainChunk('---');
  if (item.block.kind === 'raw') return plainChunk(item.block.text);
  return null;
}

function blockItem(block: Block): Item {
  return { block };
}

/** Metadata lines and preamble blocks in the template's line order; runs of plain `- Label: value` fields form one list. */
function preambleItems(template: TemplateSchema, metadata: Record<string, string>): Item[] {
  const runs: Field[][] = [];
  for (const field of template.metadata) {
    const run = runs[runs.length - 1];
    if (run && !!run[0]!.plainLabel === !!field.plainLabel) run.push(field);
    else runs.push([field]);
  }
  const items: Item[] = [
    ...runs.map((run): Item => ({ fixed: renderFields(run, metadata, run[0]!.plainLabel ? 'list' : 'lines'), line: run[0]!.line })),
    ...template.preamble.map(blockItem),
  ];
  const lineOf = (item: Item) => ('block' in item ? item.block.line : item.line);
  return items.sort((a, b) => lineOf(a) - lineOf(b));
}

export function frontmatterLine(key: string, value: string): string {
  return `${key}: ${writeYamlScalar(value)}`;
}

function frontmatterChunk(draft: Draft): Chunk | null {
  const keys = (draft.template.frontmatter ?? []).map((f) => f.key);
  const known = new Set(keys);
  keys.push(...Object.keys(draft.frontmatter).filter((key) => !known.has(key)));
  if (draft.template.frontmatter === null && keys.length === 0) return null;
  const lines = keys.map((key) => frontmatterLine(key, ownValue(draft.frontmatter, key) ?? ''));
  return plainChunk(['---', ...lines, '---'].join('\n'));
}
