import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDraft } from '../draft/create-draft';
import { Draft, type DraftSection } from '../draft/draft-schema';
import { arbitraryDraft } from './__fixtures__/arbitrary-draft';
import { DraftFiller, fixtureNow } from './__fixtures__/fill-draft';
import { comparable, expectedMarkdown, filledDrafts } from './__fixtures__/filled-drafts';
import { allTemplates, builtInTemplates, referenceTemplates, templateById } from './__fixtures__/load-templates';
import { flattenSections } from '../template/flatten-sections';
import { exportMarkdown } from './export-markdown';
import { importMarkdown, matchTemplates } from './import-markdown';
import { hasReferenceTemplates } from '../__fixtures__/reference-templates-dir';

const options = { id: 'imported', now: fixtureNow };
// spec-kit's spec template is beside the checkout, not in it: the tests that need it skip without it.
const speckit = hasReferenceTemplates ? templateById('speckit-spec-template') : builtInTemplates[0]!;
const generatedSpec = readFileSync(new URL('./__fixtures__/speckit-generated-spec.md', import.meta.url), 'utf8');

function find(sections: DraftSection[], title: string): DraftSection | undefined {
  for (const section of sections) {
    if (section.title === title) return section;
    const inner = find(section.children, title);
    if (inner) return inner;
  }
  return undefined;
}


describe('importMarkdown: filled drafts of the built-in templates', () => {
  for (const { templateId, build } of filledDrafts) {
    it(`${templateId}: the export imports back to an equal draft`, () => {
      const draft = build();
      const { draft: imported, report } = importMarkdown(expectedMarkdown(templateId), draft.template, options);
      expect(Draft.safeParse(imported).success).toBe(true);
      expect(comparable(imported)).toEqual(comparable(draft));
      expect(report.extraSections).toEqual([]);
      expect(report.keptAsProse).toEqual([]);
    });
  }
});

describe('matchTemplates', () => {
  it('ranks the right built-in template first for each fixture, with every section found', () => {
    for (const { templateId } of filledDrafts) {
      const [best, second] = matchTemplates(expectedMarkdown(templateId), allTemplates);
      expect(best?.templateId, templateId).toBe(templateId);
      expect(best!.score).toBeGreaterThan(second!.score);
    }
  });

  it('counts headings with flags, placeholders and numbers aside', () => {
    const [best] = matchTemplates(expectedMarkdown('data-platform-feature-spec'), allTemplates);
    expect(best).toEqual({
      templateId: 'data-platform-feature-spec',
      score: 1,
      matched: 14,
      total: 14,
      found: {
        sections: flattenSections(templateById('data-platform-feature-spec').sections).map((s) => s.title),
        frontmatterKeys: [],
        labels: ['Feature Branch', 'Created', 'Status', 'Input', 'Why this priority', 'Independent Test', 'Acceptance Scenarios'],
        title: true,
      },
    });
  });

  it.skipIf(!hasReferenceTemplates)('tells a spec-kit spec from the larger templates built on it', () => {
    const ranked = matchTemplates(generatedSpec, allTemplates);
    expect(ranked[0]).toMatchObject({ templateId: 'speckit-spec-template', matched: 11, total: 11 });
    expect(ranked.map((m) => m.templateId)).toHaveLength(9);
  });

  it('gives a file with no headings a score of 0 everywhere', () => {
    expect(matchTemplates('Just a paragraph.', allTemplates).every((m) => m.score === 0)).toBe(true);
  });
});

describe.skipIf(!hasReferenceTemplates)('importMarkdown: a spec written elsewhere (spec-kit output)', () => {
  const { draft, report } = importMarkdown(generatedSpec, speckit, options);

  it('fills the title, metadata and sections, and adds the fourth user story to the group', () => {
    expect(draft.titleText).toBe('Saved Report Filters');
    expect(draft.metadata).toEqual({
      'feature-branch': '023-saved-report-filters',
      created: '2026-11-12',
      status: 'Draft',
      input: 'User description: "let analysts save the filters of a report and share them with a link"',
    });
    const story = find(draft.sections, 'User Story 4 - Rename and delete saved filters (Priority: P4)');
    expect(story).toMatchObject({ id: 'user-scenarios-testing/user-story-1-brief-title-priority-p1@4', templateSectionId: 'user-scenarios-testing/user-story-1-brief-title-priority-p1' });
    expect(story?.blocks.find((b) => b.kind === 'scenarios')).toMatchObject({ items: [{ given: 'a saved filter', when: 'the analyst deletes it', then: 'it disappears from the menu and its share link returns "not found"' }] });
    expect(find(draft.sections, 'Functional Requirements')?.blocks[0]).toMatchObject({
      kind: 'idList',
      items: expect.arrayContaining([{ id: 'FR-005', text: 'System MUST keep saved filters for [NEEDS CLARIFICATION: retention when the analyst leaves the workspace?]' }]),
    });
  });

  it('keeps the unknown Clarifications section and a paragraph that fits no block, and reports them', () => {
    expect(report.extraSections.map((s) => s.heading)).toEqual(['Clarifications', 'Session 2026-11-14']);
    expect(draft.sections[0]).toMatchObject({ templateSectionId: null, title: 'Clarifications', level: 2, children: [{ templateSectionId: null, title: 'Session 2026-11-14', level: 3 }] });
    expect(report.keptAsProse).toEqual([{ sectionId: 'requirements/functional-requirements', blockId: expect.stringMatching(/^extra:\d+$/) }]);
    expect(report.missingSections).toEqual([]);
    expect(report.filledFields.map((f) => `${f.place}:${f.key}`)).toEqual(['title:title', 'metadata:feature-branch', 'metadata:created', 'metadata:status', 'metadata:input']);
  });

  it('exports the file exactly as it was, its comments included (the round-trip law)', () => {
    expect(exportMarkdown(draft)).toBe(generatedSpec);
  });

  it('keeps template sections the file lacks as "not in this document", writes none of them; removed group items stay removed', () => {
    const trimmed = generatedSpec
      .replace(/### Key Entities[\s\S]*?(?=## Success Criteria)/, '')
      .replace(/## Assumptions[\s\S]*$/, '')
      .replace(/### User Story 3[\s\S]*?(?=### User Story 4)/, '');
    const { draft: partial, report: partialReport } = importMarkdown(trimmed, speckit, options);
    expect(partialReport.missingSections).toEqual([
      { sectionId: 'requirements/key-entities', title: 'Key Entities', enabled: false },
      { sectionId: 'assumptions', title: 'Assumptions', enabled: true },
    ]);
    expect(find(partial.sections, 'Assumptions')).toMatchObject({ enabled: true, absent: true, blocks: [{ kind: 'list', items: [] }] });
    expect(find(partial.sections, 'Key Entities')).toMatchObject({ absent: true });
    expect(find(partial.sections, 'User Story 3 - [Brief Title] (Priority: P3)')).toBeUndefined();
    // Import adds nothing: neither the mandatory Assumptions nor the conditional Key Entities is written.
    expect(exportMarkdown(partial)).toBe(trimmed);
  });
});

describe('importMarkdown: what nothing fits', () => {
  it('keeps a section the template does not have and writes it back in place', () => {
    const base = exportMarkdown(filledDrafts[0]!.build());
    const withExtra = base.replace('## Requirements *(mandatory)*', '## Rollout Plan\n\nShip behind `RUN_EVENTS_V2`; see [the runbook](docs/runbooks/run-events.md).\n\n| Week | Scope |\n| --- | --- |\n| 1 | stage |\n\n### Rollback\n\nTurn the flag off.\n\n## Requirements *(mandatory)*');
    const { draft, report } = importMarkdown(withExtra, templateById('data-platform-feature-spec'), options);
    expect(report.extraSections.map((s) => s.heading)).toEqual(['Rollout Plan', 'Rollback']);
    const extra = draft.sections.find((s) => s.title === 'Rollout Plan')!;
    expect(extra).toMatchObject({ templateSectionId: null, level: 2, blocks: [{ kind: 'prose', markdown: expect.stringContaining('| Week | Scope |') }], children: [{ title: 'Rollback', level: 3 }] });
    expect(exportMarkdown(draft)).toBe(withExtra);
  });

  it('keeps content between blocks that fits none of them, in its place', () => {
    const base = exportMarkdown(filledDrafts[0]!.build());
    const note = 'Note: scenario 3 was agreed with support on 2026-11-19.';
    const withNote = base.replace('\n---\n\n### User Story 2', `\n${note}\n\n---\n\n### User Story 2`);
    const { draft, report } = importMarkdown(withNote, templateById('data-platform-feature-spec'), options);
    expect(report.keptAsProse).toHaveLength(1);
    expect(exportMarkdown(draft)).toBe(withNote);
  });

  it.skipIf(!hasReferenceTemplates)('keeps the template guidance a file kept, and every other comment: the file is the author\'s', () => {
    const file = '# Feature Specification: X\n\n## Requirements *(mandatory)*\n\n<!--\n  ACTION REQUIRED: The content in this section represents placeholders.\n  Fill them out with the right functional requirements.\n-->\n\n<!-- reviewed by Sam -->\n\n### Functional Requirements\n\n*Example of marking unclear requirements:*\n\n- **FR-001**: System MUST work.\n';
    const { draft } = importMarkdown(file, speckit, options);
    const exported = exportMarkdown(draft);
    expect(exported).toBe(file);
    // The guidance is not content: the draft's values hold none of it.
    expect(JSON.stringify(draft.sections)).not.toContain('ACTION REQUIRED');
  });

  it('reads frontmatter quoting and comments, and keeps keys the template does not have', () => {
    const file = '---\nstatus: done   # draft | approved\nopportunity: "a: b # not a comment"\ncreated: \'it\'\'s\'\nupdated: 2026-11-21\nestimate: 3 days\nowner: ""\nreviewers: "ana, sam"\n---\n\n# Checklist\n';
    const { draft, report } = importMarkdown(file, templateById('opportunity-solution-spec'), options);
    expect(draft.frontmatter).toEqual({ status: 'done', opportunity: 'a: b # not a comment', created: "it's", updated: '2026-11-21', estimate: '3 days', owner: '', reviewers: 'ana, sam' });
    expect(report.filledFields.filter((f) => f.place === 'frontmatter')).toHaveLength(6);
    expect(exportMarkdown(draft)).toBe(file);
    const edited = { ...draft, frontmatter: { ...draft.frontmatter, owner: 'kim', status: 'approved' } };
    expect(exportMarkdown(edited)).toBe(file.replace('owner: ""', 'owner: kim').replace('status: done   # draft | approved', 'status: approved'));
  });

  it.skipIf(!hasReferenceTemplates)('gives a draft for any text, even one with no structure at all', () => {
    for (const text of ['', 'plain words', '```\nunclosed fence', '<!-- unclosed comment', '# Only a title', '---\nbroken: frontmatter']) {
      const { draft } = importMarkdown(text, speckit, options);
      expect(Draft.safeParse(draft).success).toBe(true);
      const again = exportMarkdown(draft);
      expect(exportMarkdown(importMarkdown(again, speckit, options).draft)).toBe(again);
    }
  });
});

describe('importMarkdown: escapes the export adds', () => {
  it('come off again, so the values are as the user typed them', () => {
    const draft = new DraftFiller(createDraft(templateById('data-platform-feature-spec'), options))
      .title('Support for C #')
      .fill('User Story 1 - [Brief Title] (Priority: P1)', 'fields', { values: { 'why-this-priority': 'Blocks release | **P0** for sales', 'independent-test': 'x' } })
      .fill('Edge Cases', 'list', { items: ['--', 'What happens when a | b?'] })
      .fill('Key Entities', 'definitions', { items: [{ term: 'Run', text: 'a `|` b' }] }).draft;
    const { draft: imported } = importMarkdown(exportMarkdown(draft), draft.template, options);
    expect(imported.titleText).toBe('Support for C #');
    expect(find(imported.sections, 'User Story 1 - [Brief Title] (Priority: P1)')?.blocks[1]).toMatchObject({ values: { 'why-this-priority': 'Blocks release | **P0** for sales' } });
    expect(find(imported.sections, 'Edge Cases')?.blocks[0]).toMatchObject({ items: ['--', 'What happens when a | b?'] });
  });

  it.skipIf(!hasReferenceTemplates)('a hard break comes back as the prose editor writes it, and a backslash ending a list item stays one', () => {
    const markdown = 'First line  \nsecond line.\n\n- ends with a backslash \\\n- next item';
    const draft = new DraftFiller(createDraft(templateById('rust-rfc-template'), options)).fill('Summary', 'prose', { markdown }).draft;
    const exported = exportMarkdown(draft);
    expect(exported).toContain('First line\\\nsecond line.\n\n- ends with a backslash \\\n- next item\n');
    expect(find(importMarkdown(exported, draft.template, options).draft.sections, 'Summary')?.blocks[0]).toMatchObject({ markdown });
  });

  it('a table cell keeps pipes, backslashes and a lone backtick', () => {
    const rows = [['a | b', 'C:\\dir\\', 'one ` tick'], ['`x|y`', 'a\\|b', '']];
    const draft = new DraftFiller(createDraft(templateById('product-feature-spec-api-data-model'), options)).fill('Risks & Mitigations', 'table', { columns: ['Risk', 'Path', 'Note'], rows }).draft;
    const { draft: imported } = importMarkdown(exportMarkdown(draft), draft.template, options);
    expect(find(imported.sections, 'Risks & Mitigations')?.blocks[0]).toMatchObject({ columns: ['Risk', 'Path', 'Note'], rows });
  });
});

describe.skipIf(!hasReferenceTemplates)('the reference templates (spec-kit spec, plan, tasks; Rust RFC)', () => {
  it('a draft with every value filled exports, is recognised among all nine templates, and imports back equal', () => {
    fc.assert(
      fc.property(arbitraryDraft(referenceTemplates, 'exact'), (draft) => {
        const markdown = exportMarkdown(draft);
        const [best] = matchTemplates(markdown, allTemplates);
        expect(best?.templateId).toBe(draft.templateId);
        const { draft: imported } = importMarkdown(markdown, templateById(best!.templateId), options);
        expect(comparable(imported)).toEqual(comparable(draft));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('an untouched new draft exports and imports back to the same Markdown', () => {
    for (const template of referenceTemplates) {
      const markdown = exportMarkdown(createDraft(template, options));
      expect(exportMarkdown(importMarkdown(markdown, template, options).draft), template.id).toBe(markdown);
    }
  });
});
