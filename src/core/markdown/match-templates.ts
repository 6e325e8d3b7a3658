import { flattenSections } from '../template/flatten-sections';
import { splitLines } from '../template/scan-blocks';
import type { TemplateSchema } from '../template/schema';
import { headingPattern, headingSubject, matchHeading, type HeadingSubject } from './heading-pattern';
import { readFrontmatter } from './read-frontmatter';
import { readOutline, type FileSection } from './read-outline';

export type TemplateMatch = { templateId: string; score: number; matched: number; total: number };

/**
 * How well a Markdown file fits each template, best first. `matched` of the
 * template's `total` section headings appear in the file (flags, placeholders
 * and numbers aside: `User Story 1 - [Brief Title]` matches `User Story 1 -
 * Ingest run history`). The score also counts the file's headings the
 * template does not have, so a template whose sections are a subset of
 * another's does not win on the larger one's file: it is the Dice
 * coefficient of the two heading sets, between 0 and 1.
 */
export function matchTemplates(markdown: string, templates: TemplateSchema[]): TemplateMatch[] {
  const lines = splitLines(markdown);
  const frontmatter = readFrontmatter(lines);
  const outline = readOutline(lines, frontmatter?.bodyStart ?? 0, { title: true, footerLabels: [] });
  const headings = flattenFile(outline.sections).map((s) => headingSubject(s.heading));
  return templates
    .map((template, order) => ({ ...scoreTemplate(template, headings), order }))
    .sort((a, b) => b.score - a.score || b.matched - a.matched || a.order - b.order)
    .map(({ order: _order, ...match }) => match);
}

function scoreTemplate(template: TemplateSchema, headings: HeadingSubject[]): TemplateMatch {
  const sections = flattenSections(template.sections);
  const patterns = sections.map((s) => headingPattern(s.title));
  const usedHeadings = new Set<number>();
  const found = new Set<number>();
  for (const exactOnly of [true, false]) {
    patterns.forEach((pattern, k) => {
      if (found.has(k)) return;
      const at = headings.findIndex((heading, h) => !usedHeadings.has(h) && matchHeading(pattern, heading) >= (exactOnly ? 3 : 2));
      if (at < 0) return;
      usedHeadings.add(at);
      found.add(k);
    });
  }
  const matched = found.size;
  // Further items of a repeatable group (`User Story 4`) belong to the template too.
  const itemPatterns = template.groups.flatMap((g) => g.itemIds.map((id) => patterns[sections.findIndex((s) => s.id === id)]).filter((p) => p !== undefined));
  const groupItems = headings.filter((heading, h) => !usedHeadings.has(h) && itemPatterns.some((p) => matchHeading(p, heading) >= 2)).length;
  const total = sections.length;
  const denominator = total + headings.length;
  const score = denominator === 0 ? 0 : (2 * matched + groupItems) / denominator;
  return { templateId: template.id, score, matched, total };
}

function flattenFile(sections: FileSection[]): FileSection[] {
  return sections.flatMap((s) => [s, ...flattenFile(s.children)]);
}
