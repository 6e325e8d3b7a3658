import type { Draft, DraftSection } from '../draft/draft-schema';
import { setSectionEnabled } from '../draft/section-edits';
import { templateLookup } from '../draft/template-lookup';
import { exportMarkdown } from '../markdown/export-markdown';
import { exportHeading } from '../markdown/heading-flag';
import { oneLineText as oneLine } from '../markdown/one-line-text';
import { importMarkdown, type ImportReport } from '../markdown/import-markdown';
import type { TemplateSchema } from '../template/schema';
import { withoutOrigin } from '../lossless/without-origin';

/**
 * A draft moved to another version of its template: its Markdown read back
 * into the new template, so fields match by heading and label, and whatever
 * the new version lacks is kept as extra sections (importMarkdown drops
 * nothing). The draft keeps its id, name and creation time.
 *
 * An imported draft stays lossless: its new origin is its export now.
 *
 * The export leaves switched-off sections out, so they are switched on for
 * it and switched off again afterwards, matched by the heading they were
 * written with: their content comes along too.
 */
export function moveDraftToTemplate(draft: Draft, template: TemplateSchema, now: Date): { draft: Draft; report: ImportReport } {
  const off: string[] = [];
  const lookup = templateLookup(draft.template);
  const switchOn = (sections: DraftSection[]): DraftSection[] =>
    sections.map((section) => {
      if (!section.enabled) {
        const templateSection = section.templateSectionId === null ? undefined : lookup.sections.get(section.templateSectionId);
        off.push(exportHeading(section.title, templateSection) || oneLine(section.title));
      }
      return { ...section, enabled: true, children: switchOn(section.children) };
    });
  const markdown = exportMarkdown({ ...draft, sections: switchOn(draft.sections) });
  const { draft: imported, report } = importMarkdown(markdown, template, { id: draft.id, now });
  // A draft made from a template stays one: its export keeps the (new) template's clean structure, with every section of it.
  const moved = draft.origin ? imported : withoutOrigin(imported);

  // The report lists the file's headings in file order, each with the section it became.
  const written = [...report.matchedSections, ...report.extraSections];
  const used = new Set<number>();
  let next: Draft = { ...moved, name: draft.name, createdAt: draft.createdAt, updatedAt: draft.updatedAt, revision: draft.revision };
  for (const heading of off) {
    const at = written.findIndex((entry, k) => !used.has(k) && oneLine(entry.heading) === heading);
    if (at < 0) continue; // an empty switchable section: not written, and created switched off by the import
    used.add(at);
    next = setSectionEnabled(next, written[at]!.sectionId, false);
  }
  return { draft: next, report };
}
