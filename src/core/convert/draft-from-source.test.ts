import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDraft } from '../draft/create-draft';
import type { DraftSection } from '../draft/draft-schema';
import { templateLookup } from '../draft/template-lookup';
import { findDraftSection, setSectionEnabled, setTitleText } from '../draft/section-edits';
import { arbitraryDraft } from '../markdown/__fixtures__/arbitrary-draft';
import { builtInTemplates } from '../markdown/__fixtures__/load-templates';
import { exportMarkdown } from '../markdown/export-markdown';
import { draftFromSource } from './draft-from-source';

const now = new Date('2026-12-02T06:00:00Z');
const later = new Date('2026-12-02T07:00:00Z');

function flat(sections: DraftSection[]): DraftSection[] {
  return sections.flatMap((s) => [s, ...flat(s.children)]);
}

describe('draftFromSource: the whole document edited as Markdown, back into the form', () => {
  it('gives back, on export, exactly the text typed, on random drafts of every built-in template', () => {
    fc.assert(
      fc.property(arbitraryDraft(builtInTemplates, 'free'), fc.string({ maxLength: 40 }), fc.nat(), (draft, typed, at) => {
        const source = exportMarkdown(draft);
        const lines = source.split('\n');
        // A line typed anywhere in the document, as a user would in the code editor.
        lines.splice(at % (lines.length + 1), 0, typed);
        const edited = lines.join('\n');
        const result = draftFromSource(draft, edited, later);
        if (!result.ok) throw new Error(`refused: ${result.message}`);
        expect(exportMarkdown(result.draft)).toBe(edited);
        expect(result.draft.origin?.source).toBe(edited);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('keeps the draft its identity, name and revision, and reads the edits into the fields', () => {
    const template = builtInTemplates.find((t) => t.id === 'data-platform-feature-spec')!;
    const draft = { ...setTitleText(createDraft(template, { id: 'd1', now }), 'Run history'), name: 'My name', revision: 7 };
    const source = exportMarkdown(draft);
    expect(source).toContain('Run history');
    const result = draftFromSource(draft, source.replace('Run history', 'Run ledger'), later);
    if (!result.ok) throw new Error(result.message);
    expect(result.draft).toMatchObject({ id: 'd1', name: 'My name', revision: 7, createdAt: draft.createdAt, titleText: 'Run ledger' });
  });

  it('keeps a switched-off section, content and all, though the text cannot show it', () => {
    const template = builtInTemplates.find((t) => t.id === 'data-platform-feature-spec')!;
    const base = createDraft(template, { id: 'd2', now });
    const lookup = templateLookup(template);
    const optional = flat(base.sections).find((s) => {
      const ts = lookup.sections.get(s.id);
      return ts && (ts.requirement === 'optional' || ts.requirement === 'conditional' || !!ts.condition);
    });
    if (!optional) throw new Error(`${template.id} has no switchable top section`);
    const draft = setSectionEnabled(base, optional.id, false);
    const source = exportMarkdown(draft);
    const result = draftFromSource(draft, `${source}\nOne more line.\n`, later);
    if (!result.ok) throw new Error(result.message);
    const kept = findDraftSection(result.draft.sections, optional.id);
    expect(kept).toEqual(findDraftSection(draft.sections, optional.id));
    expect(exportMarkdown(result.draft)).toBe(`${source}\nOne more line.\n`);
  });

  it('refuses, with a message, empty text or larger than a draft may hold', () => {
    const draft = createDraft(builtInTemplates[0]!, { id: 'd3', now });
    for (const [text, words] of [
      ['  \n\n', /empty/],
      ['x'.repeat(1_000_001), /at most 1,000,000/],
    ] as const) {
      const result = draftFromSource(draft, text, later);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(words);
    }
  });
});
