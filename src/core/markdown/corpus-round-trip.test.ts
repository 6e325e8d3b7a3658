import { describe, expect, it } from 'vitest';
import type { DraftSection } from '../draft/draft-schema';
import { hasReferenceTemplates } from '../__fixtures__/reference-templates-dir';
import { parseHeadingFlags } from '../template/parse-heading-flags';
import { corpus, type CorpusDocument } from './__fixtures__/corpus/index';
import { corpusMarkdown, corpusTemplate } from './__fixtures__/corpus/load-corpus';
import { fixtureNow } from './__fixtures__/fill-draft';
import { changedLines } from './changed-lines';
import { exportMarkdown } from './export-markdown';
import { importMarkdown } from './import-markdown';
import { readDocumentStructure } from '../template/read-document-structure';
import { roundTripLines } from './round-trip-lines';

/**
 * The round-trip law of issue #13 on realistic documents: imported against
 * its template and exported with no edit, a document comes back as it was
 * (modulo trailing whitespace that means nothing, runs of blank lines and the
 * final newline); after an edit to one section's prose, only that section's
 * lines differ.
 */

const options = { id: 'corpus', now: fixtureNow };

function findSection(sections: DraftSection[], heading: string): DraftSection | undefined {
  const title = parseHeadingFlags(heading).title;
  for (const section of sections) {
    if (section.title === heading || section.title === title) return section;
    const inner = findSection(section.children, heading);
    if (inner) return inner;
  }
  return undefined;
}

/** The body of the section under `heading` in the file: the lines after the heading, up to the next heading. */
function sectionBody(markdown: string, heading: string): { start: number; end: number } {
  const { headings } = readDocumentStructure(markdown);
  const at = headings.findIndex((h) => h.text === heading);
  if (at < 0) throw new Error(`no heading “${heading}” in the file`);
  const next = headings[at + 1];
  return { start: headings[at]!.endLine + 1, end: next ? next.line - 1 : markdown.split('\n').length };
}

function imported(doc: CorpusDocument) {
  const markdown = corpusMarkdown(doc);
  const template = corpusTemplate(doc.template, markdown);
  return { markdown, ...importMarkdown(markdown, template, options) };
}

describe('the corpus round-trip law', () => {
  it('has at least 20 documents, each edit naming a heading of its file', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    for (const doc of corpus) expect(() => sectionBody(corpusMarkdown(doc), doc.edit.heading), doc.file).not.toThrow();
  });

  for (const doc of corpus) {
    const skip = doc.template.kind === 'reference' && !hasReferenceTemplates;
    describe.skipIf(skip)(doc.file, () => {
      it('exports as the file with no edit', () => {
        const { markdown, draft } = imported(doc);
        const texts = (text: string) => roundTripLines(text).map((l) => l.text);
        expect(texts(exportMarkdown(draft)).join('\n')).toBe(texts(markdown).join('\n'));
      });

      it(`an edit to “${doc.edit.heading}” changes only that section`, () => {
        const { markdown, draft } = imported(doc);
        const section = findSection(draft.sections, doc.edit.heading);
        expect(section, `a draft section “${doc.edit.heading}”`).toBeDefined();
        const prose = section!.blocks.find((b) => b.kind === 'prose');
        expect(prose, `a prose value in “${doc.edit.heading}”`).toBeDefined();
        if (prose?.kind === 'prose') prose.markdown = doc.edit.text;
        const exported = exportMarkdown(draft);
        for (const line of doc.edit.text.split('\n')) expect(exported).toContain(line);

        const before = roundTripLines(markdown);
        const after = roundTripLines(exported);
        const { start, end } = sectionBody(markdown, doc.edit.heading);
        const { deleted, insertedBefore } = changedLines(
          before.map((l) => l.text),
          after.map((l) => l.text),
        );
        const outside = [
          ...deleted.map((i) => before[i]!.line).filter((line) => line < start || line > end),
          // A line inserted between two lines of the file lies in the section when both neighbours do, or are its edges.
          ...insertedBefore.filter((i) => (before[i - 1]?.line ?? 0) < start - 1 || (before[i]?.line ?? end + 1) > end + 1).map((i) => before[i]?.line ?? -1),
        ];
        expect(outside, `lines changed outside lines ${start}-${end}`).toEqual([]);
      });
    });
  }
});
