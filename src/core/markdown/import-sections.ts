import type { BlockValue, DraftSection } from '../draft/draft-schema';
import { templateLookup } from '../draft/template-lookup';
import type { Section, TemplateSchema } from '../template/schema';
import { emptyBlockValue } from './empty-block-value';
import { headingPattern, matchHeading, type HeadingPattern } from './heading-pattern';
import { importTitle } from './heading-flag';
import { importBody } from './import-body';
import type { ImportReport } from './import-report';
import { sourceText, type MarkdownSource } from './markdown-source';
import { importProse } from './prose-text';
import type { FileSection } from './read-outline';
import { readUnits } from './read-units';

export type SectionContext = {
  template: TemplateSchema;
  source: MarkdownSource;
  report: ImportReport;
  nextExtraId: () => string;
  colonInside: boolean;
  /** `[Add more ...]` lines of the template's groups. */
  hints: Set<string>;
};

type Parent = { templateId: string | null; draftId: string | null; level: number; fileLevel: number };

/**
 * A file's sibling sections -> draft sections, matched to the template's
 * siblings by heading: the same text first, then the fixed parts of the
 * heading (a filled `[Brief Title]`, a renumbered item); a further item of a
 * repeatable group becomes an added item. Headings the template lacks become
 * extra sections. Template sections the file lacks are created empty at
 * their template place (switched off when optional or conditional), except
 * group items, which a user removes on purpose.
 */
export function importSections(templateSections: Section[], files: FileSection[], parent: Parent, context: SectionContext): DraftSection[] {
  const patterns = new Map<Section, HeadingPattern>(templateSections.map((s) => [s, headingPattern(s.title)]));
  const assigned: (Section | undefined)[] = files.map(() => undefined);
  const used = new Set<Section>();
  const assign = (exactOnly: boolean) =>
    files.forEach((file, i) => {
      if (assigned[i]) return;
      let best: Section | undefined;
      let bestQuality = exactOnly ? 2 : 0;
      for (const section of templateSections) {
        if (used.has(section)) continue;
        const quality = matchHeading(patterns.get(section)!, file.heading);
        if (quality > bestQuality) {
          best = section;
          bestQuality = quality;
        }
      }
      if (best) {
        assigned[i] = best;
        used.add(best);
      }
    });
  // Exact headings first, so `User Story 2 - [Brief Title]` left as it was keeps its own item.
  assign(true);
  assign(false);

  const lookup = templateLookup(context.template);
  const groups = context.template.groups.filter((g) => g.parentId === parent.templateId);
  const members = new Set(context.template.groups.flatMap((g) => g.itemIds));
  const order = new Map(templateSections.map((s, k) => [s.id, k]));
  const result: { section: DraftSection; order: number | undefined }[] = [];

  files.forEach((file, i) => {
    const section = assigned[i];
    if (section) {
      result.push({ section: templateSection(file, section, childId(parent, section), context), order: order.get(section.id) });
      return;
    }
    const group = groups.find((g) => g.itemIds.some((id) => {
      const item = lookup.sections.get(id);
      return item !== undefined && matchHeading(headingPattern(item.title), file.heading) >= 2;
    }));
    const prototype = group && lookup.sections.get(group.prototypeId);
    if (group && prototype) {
      const count = result.filter((r) => r.section.templateSectionId !== null && group.itemIds.includes(r.section.templateSectionId)).length;
      const taken = new Set(result.map((r) => r.section.id));
      let k = count + 1;
      while (taken.has(`${prototype.id}@${k}`)) k++;
      const last = group.itemIds[group.itemIds.length - 1];
      result.push({ section: templateSection(file, prototype, `${prototype.id}@${k}`, context), order: last === undefined ? undefined : order.get(last) });
      return;
    }
    result.push({ section: extraSection(file, parent, context), order: undefined });
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

/** Ids as sectionFromTemplate gives them: the template's own for its sections, a path under an added group item. */
function childId(parent: Parent, section: Section): string {
  if (parent.draftId === null || parent.draftId === parent.templateId) return section.id;
  return `${parent.draftId}/${section.id.split('/').pop()}`;
}

function templateSection(file: FileSection, section: Section, id: string, context: SectionContext): DraftSection {
  const tokens = file.body;
  const units = readUnits(tokens, context.source, { guidance: new Set(section.guidance), hints: context.hints, plainLabels: false });
  const body = importBody(units, tokens, section.blocks, context.source, context);
  context.report.matchedSections.push({ sectionId: id, heading: file.heading });
  for (const blockId of body.extraIds) context.report.keptAsProse.push({ sectionId: id, blockId });
  const children = importSections(section.children, file.children, { templateId: section.id, draftId: id, level: section.level, fileLevel: file.level }, context);
  return { id, templateSectionId: section.id, level: section.level, title: importTitle(file.heading, section), enabled: true, blocks: body.values, children };
}

/** A heading the template does not have: its body as one prose value, its subsections extra too. */
function extraSection(file: FileSection, parent: Parent, context: SectionContext): DraftSection {
  const id = context.nextExtraId();
  const level = parent.draftId === null ? clampLevel(file.level, 1) : clampLevel(parent.level + file.level - parent.fileLevel, parent.level + 1);
  const blocks: BlockValue[] = [];
  const first = file.body[0];
  const last = file.body[file.body.length - 1];
  if (first && last) {
    const blockId = context.nextExtraId();
    blocks.push({ kind: 'prose', blockId, markdown: importProse(sourceText(context.source, first, last)) });
  }
  context.report.extraSections.push({ sectionId: id, heading: file.heading });
  const children = file.children.map((child) => extraSection(child, { templateId: null, draftId: id, level, fileLevel: file.level }, context));
  return { id, templateSectionId: null, level, title: file.heading, enabled: true, blocks, children };
}

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
    blocks: section.blocks.map(emptyBlockValue).filter((v): v is BlockValue => v !== null),
    children: section.children.filter((c) => !members.has(c.id)).map((c) => emptySection(c, childId(parent, c), context)),
  };
}

function clampLevel(level: number, min: number): number {
  return Math.min(6, Math.max(min, Math.min(level, 6)));
}
