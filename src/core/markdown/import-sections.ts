import type { BlockValue, DraftSection } from '../draft/draft-schema';
import { templateLookup } from '../draft/template-lookup';
import type { Token } from '../template/scan-blocks';
import type { RepeatGroup, Section, TemplateSchema } from '../template/schema';
import { emptyBlockValue } from './empty-block-value';
import { headingPattern, headingSubject, matchHeading, type HeadingPattern } from './heading-pattern';
import { importTitle } from './heading-flag';
import { importBody } from './import-body';
import type { ImportReport } from './import-report';
import { sourceText, type MarkdownSource } from './markdown-source';
import { importProse } from './prose-text';
import type { FileSection } from './read-outline';
import { partKey } from '../lossless/part-key';
import { readUnits } from './read-units';

export type SectionContext = {
  template: TemplateSchema;
  source: MarkdownSource;
  report: ImportReport;
  nextExtraId: () => string;
  colonInside: boolean;
  /** `[Add more ...]` lines of the template's groups. */
  hints: Set<string>;
  /** Lines [from, to) of the file each part was read from, by partKey. */
  spans: Map<string, [number, number]>;
};

type Parent = { templateId: string | null; draftId: string | null; level: number; fileLevel: number };

/**
 * A file's sibling sections -> draft sections, matched to the template's
 * siblings by heading (assignSections). A further item of a repeatable
 * group becomes an added item; headings the template lacks become extra
 * sections. Template sections the file lacks are created empty at their
 * template place (switched off when optional or conditional), except group
 * items, which a user removes on purpose.
 */
export function importSections(
  templateSections: Section[],
  files: FileSection[],
  parent: Parent,
  context: SectionContext,
  assigned: Assignment[] = assignSections(templateSections, files, parent.templateId, context.template),
): DraftSection[] {
  const lookup = templateLookup(context.template);
  const used = new Set(assigned.flatMap((a) => (a?.kind === 'section' ? [a.section] : [])));
  const members = new Set(context.template.groups.flatMap((g) => g.itemIds));
  const order = new Map(templateSections.map((s, k) => [s.id, k]));
  const result: { section: DraftSection; order: number | undefined }[] = [];
  const taken = new Set<string>();
  const counts = new Map<string, number>();
  const push = (section: DraftSection, at: number | undefined, groupId?: string) => {
    result.push({ section, order: at });
    taken.add(section.id);
    if (groupId) counts.set(groupId, (counts.get(groupId) ?? 0) + 1);
  };
  const groupOf = (sectionId: string) => context.template.groups.find((g) => g.itemIds.includes(sectionId))?.id;

  files.forEach((file, i) => {
    const match = assigned[i];
    if (match?.kind === 'section') {
      push(templateSection(file, match.section, childId(parent, match.section), context), order.get(match.section.id), groupOf(match.section.id));
      return;
    }
    const prototype = match && lookup.sections.get(match.group.prototypeId);
    if (match && prototype) {
      // Numbered as addGroupItem numbers a new item.
      let k = (counts.get(match.group.id) ?? 0) + 1;
      while (taken.has(`${prototype.id}@${k}`)) k++;
      const last = match.group.itemIds[match.group.itemIds.length - 1];
      push(templateSection(file, prototype, `${prototype.id}@${k}`, context), last === undefined ? undefined : order.get(last), match.group.id);
      return;
    }
    push(extraSection(file, parent, context), undefined);
  });

  for (const section of templateSections) {
    if (used.has(section) || members.has(section.id)) continue;
    const created = emptySection(section, childId(parent, section), context);
    const at = order.get(section.id) ?? 0;
    let position = 0;
    result.forEach((r, k) => {
      if (r.order !== undefined && r.order < at) position = k + 1;
    });
    result.splice(position, 0, { section: created, order: at });
  }
  return result.map((r) => r.section);
}

type Assignment = { kind: 'section'; section: Section } | { kind: 'group'; group: RepeatGroup } | undefined;

const patterns = new WeakMap<Section, HeadingPattern>();

/** A template section's heading pattern, worked out once per template snapshot. */
function patternOf(section: Section): HeadingPattern {
  let pattern = patterns.get(section);
  if (!pattern) {
    pattern = headingPattern(section.title);
    patterns.set(section, pattern);
  }
  return pattern;
}

/**
 * Which template section each file heading is: the same text first (so
 * `User Story 2 - [Brief Title]` left as it was keeps its own item), then
 * the best match of the fixed parts, first in template order; else a
 * further item of a group under this parent; else none.
 */
function assignSections(templateSections: Section[], files: FileSection[], parentId: string | null, template: TemplateSchema): Assignment[] {
  const subjects = files.map((file) => headingSubject(file.heading));
  const assigned: Assignment[] = files.map(() => undefined);
  const used = new Set<Section>();
  for (const exactOnly of [true, false]) {
    files.forEach((_file, i) => {
      if (assigned[i]) return;
      let best: Section | undefined;
      let bestQuality = exactOnly ? 2 : 0;
      for (const section of templateSections) {
        if (used.has(section)) continue;
        const quality = matchHeading(patternOf(section), subjects[i]!);
        if (quality > bestQuality) {
          best = section;
          bestQuality = quality;
        }
      }
      if (best) {
        assigned[i] = { kind: 'section', section: best };
        used.add(best);
      }
    });
  }
  const lookup = templateLookup(template);
  const groups = template.groups.filter((g) => g.parentId === parentId);
  const itemPatterns = groups.map((g) => g.itemIds.flatMap((id) => {
    const item = lookup.sections.get(id);
    return item ? [patternOf(item)] : [];
  }));
  files.forEach((_file, i) => {
    if (assigned[i]) return;
    const k = itemPatterns.findIndex((list) => list.some((pattern) => matchHeading(pattern, subjects[i]!) >= 2));
    if (k >= 0) assigned[i] = { kind: 'group', group: groups[k]! };
  });
  return assigned;
}

/** Ids as sectionFromTemplate gives them: the template's own for its sections, a path under an added group item. */
function childId(parent: Parent, section: Section): string {
  if (parent.draftId === null || parent.draftId === parent.templateId) return section.id;
  return `${parent.draftId}/${section.id.split('/').pop()}`;
}

/**
 * A file section that is a template section. Headings under it that the
 * template does not know and that come before any it does are part of its
 * text (a sub-heading the user wrote in a prose field): their content joins
 * the body, so it lands in the section's prose.
 */
function templateSection(file: FileSection, section: Section, id: string, context: SectionContext): DraftSection {
  const assigned = assignSections(section.children, file.children, section.id, context.template);
  let lead = 0;
  while (lead < file.children.length && assigned[lead] === undefined) lead++;
  const tokens = [...file.body, ...file.children.slice(0, lead).flatMap(sectionTokens)];
  const units = readUnits(tokens, context.source, { guidance: new Set(section.guidance), hints: context.hints, plainLabels: false });
  const body = importBody(units, tokens, section.blocks, context.source, context);
  context.report.matchedSections.push({ sectionId: id, heading: file.heading });
  for (const blockId of body.extraIds) context.report.keptAsProse.push({ sectionId: id, blockId });
  recordSpans(file, id, body.spans, context);
  // The file's heading level, not the template's: the document keeps its own shape.
  const level = clampLevel(file.level, 1);
  const parent = { templateId: section.id, draftId: id, level, fileLevel: file.level };
  const children = importSections(section.children, file.children.slice(lead), parent, context, assigned.slice(lead));
  return { id, templateSectionId: section.id, level, title: importTitle(file.heading, section), enabled: true, blocks: body.values, children };
}

/** Where a file section's heading, whole subtree and block values are in the source. */
function recordSpans(file: FileSection, id: string, values: Map<string, [number, number]>, context: SectionContext): void {
  const { source, spans } = context;
  const from = source.start.get(file.token) ?? 0;
  spans.set(partKey({ kind: 'heading', sectionId: id }), [from, source.end.get(file.token) ?? from + 1]);
  spans.set(partKey({ kind: 'section', sectionId: id }), [from, source.end.get(lastToken(file)) ?? from + 1]);
  for (const [blockId, span] of values) spans.set(partKey({ kind: 'value', place: 'section', owner: id, blockId }), span);
}

function lastToken(file: FileSection): Token {
  const child = file.children[file.children.length - 1];
  if (child) return lastToken(child);
  return file.body[file.body.length - 1] ?? file.token;
}

function sectionTokens(file: FileSection): Token[] {
  return [file.token, ...file.body, ...file.children.flatMap(sectionTokens)];
}

/** A heading the template does not have: its body as one prose value, its subsections extra too. */
function extraSection(file: FileSection, parent: Parent, context: SectionContext): DraftSection {
  const id = context.nextExtraId();
  const level = parent.draftId === null ? clampLevel(file.level, 1) : clampLevel(parent.level + file.level - parent.fileLevel, parent.level + 1);
  const blocks: BlockValue[] = [];
  const first = file.body[0];
  const last = file.body[file.body.length - 1];
  const values = new Map<string, [number, number]>();
  if (first && last) {
    const blockId = context.nextExtraId();
    blocks.push({ kind: 'prose', blockId, markdown: importProse(sourceText(context.source, first, last)) });
    values.set(blockId, [context.source.start.get(first) ?? 0, context.source.end.get(last) ?? 0]);
  }
  recordSpans(file, id, values, context);
  context.report.extraSections.push({ sectionId: id, heading: file.heading });
  const children = file.children.map((child) => extraSection(child, { templateId: null, draftId: id, level, fileLevel: file.level }, context));
  return { id, templateSectionId: null, level, title: file.heading, enabled: true, blocks, children };
}

/** A template section the file lacks: kept in the draft as "not in this document", so the export adds nothing the file did not have. */
function emptySection(section: Section, id: string, context: SectionContext): DraftSection {
  const enabled = section.requirement !== 'conditional' && section.requirement !== 'optional';
  context.report.missingSections.push({ sectionId: id, title: section.title, enabled });
  const members = new Set(context.template.groups.flatMap((g) => g.itemIds));
  const parent: Parent = { templateId: section.id, draftId: id, level: section.level, fileLevel: section.level };
  return {
    id,
    templateSectionId: section.id,
    level: section.level,
    title: section.title,
    enabled,
    absent: true,
    blocks: section.blocks.map(emptyBlockValue).filter((v): v is BlockValue => v !== null),
    children: section.children.filter((c) => !members.has(c.id)).map((c) => emptySection(c, childId(parent, c), context)),
  };
}

function clampLevel(level: number, min: number): number {
  return Math.min(6, Math.max(min, Math.min(level, 6)));
}
