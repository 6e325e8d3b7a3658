import { draftIdentity } from '../draft/draft-identity';
import { DRAFT_VERSION, type BlockValue, type Draft } from '../draft/draft-schema';
import { ownValue } from '../payload/own-value';
import { splitLines } from '../template/scan-blocks';
import type { Field, TemplateSchema } from '../template/schema';
import { fieldValue, normaliseLabel, unitFields } from './unit-fields';
import { importBody } from './import-body';
import type { ImportReport } from './import-report';
import { importSections } from './import-sections';
import { labelColonInside } from './label-style';
import { readFrontmatter } from './read-frontmatter';
import { readOutline } from './read-outline';
import { readUnits, type Unit } from './read-units';
import { buildOrigin } from '../lossless/build-origin';
import { partKey } from '../lossless/part-key';
import type { MarkdownSource } from './markdown-source';
import type { Token } from '../template/scan-blocks';

export { matchTemplates } from './match-templates';
export type { ImportReport } from './import-report';

/**
 * `baselines: false` leaves out what only a lossless export reads (each
 * part's value at import, stableJson'd): the origin still has the file and
 * every part's lines, so findings get their lines, but such a draft is for
 * checking (specwright check), never to be exported or stored.
 */
export type ImportOptions = { id: string; now: Date; baselines?: boolean };

/**
 * Markdown (a filled spec, such as one exportMarkdown wrote or spec-kit
 * generated) -> a new draft of `template`, and a report of what went where.
 * Sections are matched by heading, blocks by kind and label in order; the
 * frontmatter, title line, metadata and footer fill their fields. Nothing in
 * the file is dropped except the template's own guidance: a heading the
 * template lacks becomes an extra section, content that fits no block a
 * prose value of its own (`extra:<n>`), an unknown frontmatter key stays in
 * the frontmatter. Template sections the file lacks are created empty.
 * Pure and total: any text gives a draft.
 */
export function importMarkdown(markdown: string, template: TemplateSchema, { id, now, baselines = true }: ImportOptions): { draft: Draft; report: ImportReport } {
  const report: ImportReport = { templateId: template.id, matchedSections: [], extraSections: [], missingSections: [], filledFields: [], keptAsProse: [] };
  let extras = 0;
  const nextExtraId = () => `extra:${++extras}`;
  const hints = new Set(template.groups.flatMap((g) => (g.addHint ? [g.addHint] : [])));
  const body = { nextExtraId, colonInside: labelColonInside(template) };

  const lines = splitLines(markdown);
  const spans = new Map<string, [number, number]>();
  const frontmatter = readFrontmatter(lines);
  if (frontmatter) {
    spans.set(partKey({ kind: 'frontmatter' }), [0, frontmatter.bodyStart]);
    for (const [key, span] of frontmatter.spans) spans.set(partKey({ kind: 'frontmatter-key', key }), span);
  }
  const footerLabels = template.footer.flatMap((b) => (b.kind === 'fields' ? b.fields.map((f) => f.label) : []));
  const outline = readOutline(lines, frontmatter?.bodyStart ?? 0, { title: template.title !== null, footerLabels });
  const { source } = outline;

  const frontmatterValues = new Map<string, string>();
  for (const field of template.frontmatter ?? []) {
    const value = frontmatter ? ownValue(frontmatter.values, field.key) : undefined;
    frontmatterValues.set(field.key, value ?? '');
    if (value !== undefined) report.filledFields.push({ place: 'frontmatter', key: field.key });
  }
  for (const [key, value] of Object.entries(frontmatter?.values ?? {})) if (!frontmatterValues.has(key)) frontmatterValues.set(key, value);

  const titleText = template.title && outline.title !== null ? titleTextOf(outline.title, template.title.heading, template.title.prefix) : '';
  if (outline.titleToken) spans.set(partKey({ kind: 'title' }), lineSpan(source, outline.titleToken, outline.titleToken));
  if (titleText) report.filledFields.push({ place: 'title', key: 'title' });

  const preambleUnits = readUnits(outline.preamble, source, { guidance: new Set(), hints, plainLabels: true });
  const metadata = takeMetadata(preambleUnits, template.metadata, report);
  for (const [key, unit] of metadata.units) spans.set(partKey({ kind: 'metadata', key }), lineSpan(source, outline.preamble[unit.first]!, outline.preamble[unit.last]!));
  const preamble = importBody(metadata.rest, outline.preamble, template.preamble, source, body);
  for (const [blockId, span] of preamble.spans) spans.set(partKey({ kind: 'value', place: 'preamble', owner: null, blockId }), span);
  for (const blockId of preamble.extraIds) report.keptAsProse.push({ sectionId: null, blockId });

  const sections = importSections(template.sections, outline.sections, { templateId: null, draftId: null, level: 0, fileLevel: 0 }, { template, source, report, nextExtraId, colonInside: body.colonInside, hints, spans });

  const footerUnits = readUnits(outline.footer, source, { guidance: new Set(), hints, plainLabels: false });
  const footer = importBody(footerUnits, outline.footer, template.footer, source, body);
  for (const [blockId, span] of footer.spans) spans.set(partKey({ kind: 'value', place: 'footer', owner: null, blockId }), span);
  for (const blockId of footer.extraIds) report.keptAsProse.push({ sectionId: null, blockId });
  for (const value of footer.values) reportFilled(value, 'footer', report);

  const draft: Draft = {
    ...draftIdentity(template, { id, now }),
    version: DRAFT_VERSION,
    name: null,
    frontmatter: Object.fromEntries(frontmatterValues),
    titleText,
    metadata: metadata.values,
    preamble: preamble.values,
    sections,
    footer: footer.values,
    origin: null,
  };
  const eol = /\r\n/.test(markdown) ? '\r\n' : '\n';
  return { draft: { ...draft, origin: buildOrigin(draft, { lines, eol, bom: markdown.startsWith('\uFEFF') }, spans, { baselines }) }, report };
}

/** `Feature Specification: Run history` -> `Run history`; the template's own placeholder title -> empty. */
function titleTextOf(heading: string, templateHeading: string, prefix: string): string {
  if (heading === templateHeading || heading === prefix.trim()) return '';
  return heading.startsWith(prefix) ? heading.slice(prefix.length).trim() : heading;
}

/** Field lines before the first section whose labels are all the template's metadata fill it; the rest is preamble. */
function takeMetadata(units: Unit[], fields: Field[], report: ImportReport): { values: Record<string, string>; rest: Unit[]; units: Map<string, Unit> } {
  const from = new Map<string, Unit>();
  const values = new Map(fields.map((f) => [f.key, '']));
  const byLabel = new Map(fields.map((f) => [normaliseLabel(f.label), f]));
  const filled = new Set<string>();
  const rest: Unit[] = [];
  for (const unit of units) {
    const pairs = unit.label === undefined && !unit.separator ? unitFields(unit) : null;
    const matched = pairs?.map((p) => ({ field: byLabel.get(normaliseLabel(p.label)), value: p.value }));
    const keys = matched?.map((m) => m.field?.key);
    if (!matched || !keys || keys.some((k) => k === undefined || filled.has(k)) || new Set(keys).size !== keys.length) {
      rest.push(unit);
      continue;
    }
    for (const { field, value } of matched) {
      values.set(field!.key, fieldValue(field!, value, unit.token.type === 'paragraph'));
      filled.add(field!.key);
      from.set(field!.key, unit);
      report.filledFields.push({ place: 'metadata', key: field!.key });
    }
  }
  return { values: Object.fromEntries(values), rest, units: from };
}

function lineSpan(source: MarkdownSource, first: Token, last: Token): [number, number] {
  return [source.start.get(first) ?? 0, source.end.get(last) ?? 0];
}

function reportFilled(value: BlockValue, place: 'footer', report: ImportReport): void {
  if (value.kind !== 'fields') return;
  for (const [key, text] of Object.entries(value.values)) if (text !== '') report.filledFields.push({ place, key });
}
