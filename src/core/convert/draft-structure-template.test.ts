import { describe, expect, it } from 'vitest';
import { createDraft } from '../draft/create-draft';
import type { Draft } from '../draft/draft-schema';
import { addGroupItem } from '../draft/group-edits';
import { setSectionTitle } from '../draft/section-edits';
import { allTemplates, templateById } from '../markdown/__fixtures__/load-templates';
import { draftStructureTemplate } from './draft-structure-template';
import { flattenSections } from '../template/flatten-sections';
import { parseTemplate } from '../template/parse-template';
import type { Block, Section, TemplateSchema } from '../template/schema';
import { hasReferenceTemplates } from '../__fixtures__/reference-templates-dir';

const now = new Date('2026-11-21T09:30:00Z');

/** What a template asks of a writer, without line numbers and ids: what must survive a trip through Markdown. */
function structure(template: TemplateSchema) {
  const block = (b: Block) => ({
    kind: b.kind,
    label: b.label,
    items: 'items' in b ? (b.items as { example?: boolean }[]).filter((i) => !i.example).length : undefined,
    fields: b.kind === 'fields' ? b.fields.map((f) => [f.label, f.type, f.options, f.templateValue]) : undefined,
    columns: b.kind === 'table' ? b.columns : undefined,
    text: b.kind === 'prose' ? b.text : b.kind === 'code' ? b.code : undefined,
  });
  const section = (s: Section): unknown => ({
    heading: s.heading,
    level: s.level,
    requirement: s.requirement,
    condition: s.condition,
    guidance: s.guidance.length,
    blocks: s.blocks.map(block),
    children: s.children.map(section),
  });
  return {
    frontmatter: template.frontmatter?.map((f) => [f.key, f.type, f.options, f.defaultValue]),
    title: template.title?.heading,
    metadata: template.metadata.map((f) => [f.label, f.type, f.options, f.sameLine, f.plainLabel]),
    preamble: template.preamble.map(block),
    sections: template.sections.map(section),
    footer: template.footer.map(block),
    groups: template.groups.map((g) => [g.label, g.itemIds.length, g.addHint]),
  };
}

function roundTrip(draft: Draft) {
  return parseTemplate(draftStructureTemplate(draft), { id: draft.templateId });
}

describe('draftStructureTemplate', () => {
  it.each(allTemplates.map((t) => [t.id, t] as const))('%s: a fresh draft’s structure reads back as the same template', (_id, template) => {
    const { template: again, problems } = roundTrip(createDraft(template, { id: 'd', now }));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(structure(again)).toEqual(structure(template));
  });

  it.skipIf(!hasReferenceTemplates)('names the template after the draft unless told otherwise, in the header the engine reads', () => {
    const draft = { ...createDraft(templateById('rust-rfc-template'), { id: 'd', now }), name: 'Async closures' };
    expect(roundTrip(draft).template).toMatchObject({ name: 'Async closures (structure)', description: expect.stringContaining('Async closures') });
    const named = parseTemplate(draftStructureTemplate(draft, { name: 'Our RFC', description: 'RFCs, our way.' }), { id: 'x' }).template;
    expect(named).toMatchObject({ name: 'Our RFC', description: 'RFCs, our way.' });
  });

  it.skipIf(!hasReferenceTemplates)('keeps added group items and extra sections, and not what the user typed (a filled heading is the template’s again)', () => {
    const template = templateById('speckit-spec-template');
    let draft = createDraft(template, { id: 'd', now });
    draft = addGroupItem(draft, template.groups[0]!.id, now).draft;
    draft = setSectionTitle(draft, draft.sections[0]!.children[0]!.id, 'User Story 1 - Sign in (Priority: P1)');
    draft = {
      ...draft,
      titleText: 'Secret title the user typed',
      sections: [
        ...draft.sections,
        { id: 'extra:1', templateSectionId: null, level: 2, title: 'Rollout [plan]', enabled: true, blocks: [{ kind: 'prose', blockId: 'extra:2', markdown: 'Typed content' }], children: [] },
      ],
    };
    const markdown = draftStructureTemplate(draft);
    expect(markdown).toContain('\n# Feature Specification: [FEATURE NAME]\n');
    expect(markdown).toContain('name: Secret title the user typed (structure)');
    expect(markdown).not.toContain('Typed content');
    expect(markdown).not.toContain('Sign in'); // #15: a filled title is the user's content too
    expect(markdown).toContain('## Rollout [plan]\n\n[Rollout plan]');

    const { template: again, problems } = parseTemplate(markdown, { id: 'x' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const titles = flattenSections(again.sections).map((s) => s.title);
    expect(titles).toContain('User Story 1 - [Brief Title] (Priority: P1)');
    expect(titles).toContain('User Story 4 - [Brief Title] (Priority: P4)');
    expect(titles.at(-1)).toBe('Rollout [plan]');
    const stories = again.groups.find((g) => g.label === 'User Story');
    expect(stories?.itemIds).toHaveLength(4);
    expect(stories?.addHint).toBe(template.groups[0]!.addHint);
    expect(again.sections[0]!.requirement).toBe('mandatory');
  });

  it('writes guidance as comments that cannot close early, and keeps two lists apart', () => {
    const { template } = parseTemplate(
      ['# Spec', '', '## Notes', '', '> Say why: a --> b', '', '- one', '- two', '', '<!-- between -->', '', '- three', '', '1. first'].join('\n'),
      { id: 't' },
    );
    expect(template.sections[0]!.blocks.map((b) => b.kind)).toEqual(['list', 'list', 'list']);
    const markdown = draftStructureTemplate(createDraft(template, { id: 'd', now }));
    expect(markdown).toContain('<!-- Say why: a —> b -->');
    const again = parseTemplate(markdown, { id: 't' }).template;
    expect(structure(again)).toEqual(structure(template));
  });
});
