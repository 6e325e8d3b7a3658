import { flattenSections } from '../template/flatten-sections';
import type { Block, TemplateSchema } from '../template/schema';
import { headingPattern, headingSubject, matchHeading, type HeadingPattern, type HeadingSubject } from './heading-pattern';
import { readDocumentStructure, type DocumentHeading, type DocumentStructure } from '../template/read-document-structure';
import { normaliseLabel } from './unit-fields';

/** What of a template a document was found to have. */
export type MatchEvidence = {
  /** Titles of the template's sections that the document has a heading for, in the template's order. */
  sections: string[];
  /** The template's frontmatter keys that the document's frontmatter has. */
  frontmatterKeys: string[];
  /** The template's field labels (`**Status**:`, `- Start Date:`) that the document has. */
  labels: string[];
  /** The document's title starts with the template's fixed title text (`Feature Specification: `). */
  title: boolean;
};

export type TemplateMatch = {
  templateId: string;
  /** 0..1: how well the document's structure fits the template. */
  score: number;
  /** How many of the template's `total` sections the document has. */
  matched: number;
  total: number;
  found: MatchEvidence;
};

// How much each kind of evidence counts beside the headings (weight 1).
const FRONTMATTER_WEIGHT = 0.5;
const LABEL_WEIGHT = 0.5;
const TITLE_WEIGHT = 0.25;
/** A heading found at another level than the rest, or out of the template's order, counts this much. */
const OFF_STRUCTURE = 0.5;

/**
 * How well a Markdown document fits each template, best first, from its
 * structure as the CommonMark parser reads it (a `#` line in code is no
 * heading; setext headings are):
 *
 * - headings: the Dice coefficient of the template's sections and the
 *   document's headings (flags, placeholders and numbers aside: `User Story 1 -
 *   [Brief Title]` matches `User Story 1 - Ingest run history`), where a pair
 *   counts in full only when it sits at the same level offset as most pairs
 *   and in the template's order; further items of a repeatable group count too;
 * - frontmatter: the Dice coefficient of the two key sets, when either has one;
 * - labels: the share of the template's field labels the document has;
 * - title: the document's title starts with the template's fixed title text.
 *
 * The score is the weighted mean of the parts that apply, between 0 and 1.
 */
export function matchTemplates(markdown: string, templates: TemplateSchema[]): TemplateMatch[] {
  const structure = readDocumentStructure(markdown);
  // What of the document every template is scored on, read once.
  const doc: DocumentShape = { structure, subjects: structure.headings.map((h) => headingSubject(h.text)), labels: new Set(structure.labels.map(normaliseLabel)) };
  return templates
    .map((template, order) => ({ ...scoreTemplate(template, doc), order }))
    .sort((a, b) => b.score - a.score || b.matched - a.matched || a.order - b.order)
    .map(({ order: _order, ...match }) => match);
}

type DocumentShape = { structure: DocumentStructure; subjects: HeadingSubject[]; labels: Set<string> };

/** What of a template matching reads, derived once per template object (templates are not changed in place). */
type TemplateShape = {
  sections: ReturnType<typeof flattenSections>;
  patterns: HeadingPattern[];
  itemPatterns: HeadingPattern[];
  labels: string[];
  /** `labels` as normaliseLabel reads them, index for index. */
  normalisedLabels: string[];
  prefix: RegExp | null;
};

const shapes = new WeakMap<TemplateSchema, TemplateShape>();

function templateShape(template: TemplateSchema): TemplateShape {
  let shape = shapes.get(template);
  if (!shape) {
    const sections = flattenSections(template.sections);
    const patterns = sections.map((s) => headingPattern(s.title));
    const itemPatterns = template.groups.flatMap((g) => g.itemIds.map((id) => patterns[sections.findIndex((s) => s.id === id)]).filter((p) => p !== undefined));
    const labels = labelsOf(template);
    shape = { sections, patterns, itemPatterns, labels, normalisedLabels: labels.map(normaliseLabel), prefix: titlePrefix(template.title?.prefix ?? '') };
    shapes.set(template, shape);
  }
  return shape;
}

function scoreTemplate(template: TemplateSchema, doc: DocumentShape): TemplateMatch {
  const { structure } = doc;
  const shape = templateShape(template);
  // A template with a title line reads the document's first heading, an H1, as the title, not a section.
  const [first] = structure.headings;
  const docTitle = template.title !== null && first?.level === 1 ? first : null;
  const headings = docTitle ? structure.headings.slice(1) : structure.headings;
  const subjects = docTitle ? doc.subjects.slice(1) : doc.subjects;
  const { sections } = shape;
  const headingPart = scoreHeadings(shape, headings, subjects);

  const parts: { weight: number; value: number }[] = [{ weight: 1, value: headingPart.value }];
  const templateKeys = (template.frontmatter ?? []).map((f) => f.key);
  const keysFound = templateKeys.filter((k) => structure.frontmatterKeys.includes(k));
  if (templateKeys.length + structure.frontmatterKeys.length > 0) {
    parts.push({ weight: FRONTMATTER_WEIGHT, value: (2 * keysFound.length) / (templateKeys.length + structure.frontmatterKeys.length) });
  }
  const templateLabels = shape.labels;
  const labelsFound = templateLabels.filter((_, k) => doc.labels.has(shape.normalisedLabels[k]!));
  // A template with one or two labels (`Status`) says little by them: they count less.
  if (templateLabels.length > 0) parts.push({ weight: LABEL_WEIGHT * Math.min(1, templateLabels.length / 3), value: labelsFound.length / templateLabels.length });
  const { prefix } = shape;
  const title = prefix !== null && docTitle !== null && prefix.test(docTitle.text);
  if (prefix !== null) parts.push({ weight: TITLE_WEIGHT, value: title ? 1 : 0 });

  const weights = parts.reduce((sum, p) => sum + p.weight, 0);
  const score = parts.reduce((sum, p) => sum + p.weight * p.value, 0) / weights;
  return {
    templateId: template.id,
    score,
    matched: headingPart.found.size,
    total: sections.length,
    found: {
      sections: sections.filter((_, k) => headingPart.found.has(k)).map((s) => s.title),
      frontmatterKeys: keysFound,
      labels: labelsFound,
      title,
    },
  };
}

function scoreHeadings({ sections, patterns, itemPatterns }: TemplateShape, headings: DocumentHeading[], subjects: HeadingSubject[]): { value: number; found: Set<number> } {
  const usedHeadings = new Set<number>();
  // Template section index -> document heading index.
  const pairs = new Map<number, number>();
  for (const exactOnly of [true, false]) {
    patterns.forEach((pattern, k) => {
      if (pairs.has(k)) return;
      const at = subjects.findIndex((subject, h) => !usedHeadings.has(h) && matchHeading(pattern, subject) >= (exactOnly ? 3 : 2));
      if (at < 0) return;
      usedHeadings.add(at);
      pairs.set(k, at);
    });
  }
  const offsets = [...pairs].map(([k, h]) => headings[h]!.level - sections[k]!.level);
  const offset = mostCommon(offsets);
  const inOrder = longestInOrder([...pairs].sort((a, b) => a[1] - b[1]).map(([k]) => k));
  let credit = 0;
  for (const [k, h] of pairs) {
    const levelOk = headings[h]!.level - sections[k]!.level === offset;
    credit += (levelOk ? 1 : OFF_STRUCTURE) * (inOrder.has(k) ? 1 : OFF_STRUCTURE);
  }
  // Further items of a repeatable group (`User Story 4`) belong to the template too.
  const groupItems = subjects.filter((subject, h) => !usedHeadings.has(h) && itemPatterns.some((p) => matchHeading(p, subject) >= 2)).length;
  const denominator = sections.length + headings.length;
  return { value: denominator === 0 ? 0 : (2 * credit + groupItems) / denominator, found: new Set(pairs.keys()) };
}

/** Field labels anywhere in the template: metadata, footer, and the blocks of every section. */
function labelsOf(template: TemplateSchema): string[] {
  const labels = new Set<string>();
  const add = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.label) labels.add(block.label);
      if (block.kind === 'fields') for (const field of block.fields) labels.add(field.label);
    }
  };
  for (const field of template.metadata) labels.add(field.label);
  add(template.preamble);
  add(template.footer);
  for (const section of flattenSections(template.sections)) add(section.blocks);
  return [...labels];
}

/**
 * The template's fixed title text as a test of a document's title, case
 * aside, where a run of `N`, `X` or `#` stands for a number (`KEP-NNNN: `
 * fits `KEP-4017: `). Null when the title has no fixed text.
 */
function titlePrefix(prefix: string): RegExp | null {
  const trimmed = prefix.trim();
  if (trimmed === '') return null;
  const source = trimmed
    .split(/(N{2,}|X{2,}|#{2,})/)
    .map((part, k) => (k % 2 === 1 ? '\\d+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}`, 'i');
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

/** The members of a longest increasing subsequence: the pairs that keep the template's order. O(n log n). */
function longestInOrder(sequence: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = [];
  for (let i = 0; i < sequence.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sequence[tails[mid]!]! < sequence[i]!) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  }
  const members = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) members.add(sequence[i]!);
  return members;
}
