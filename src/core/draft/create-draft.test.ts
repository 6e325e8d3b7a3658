import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../template/parse-template';
import { createDraft } from './create-draft';
import { Draft, type BlockValue, type DraftSection } from './draft-schema';
import { initialText } from './initial-values';

const now = new Date('2026-11-21T09:30:00Z');
const load = (file: string) => parseTemplate(readFileSync(new URL(`../../../templates/${file}`, import.meta.url), 'utf8'), { id: file.replace(/\.md$/, '') }).template;
const find = (sections: DraftSection[], title: string): DraftSection | undefined => {
  for (const s of sections) {
    if (s.title === title) return s;
    const inner = find(s.children, title);
    if (inner) return inner;
  }
  return undefined;
};
const value = <K extends BlockValue['kind']>(section: DraftSection | undefined, kind: K) =>
  section?.blocks.find((b): b is Extract<BlockValue, { kind: K }> => b.kind === kind);

describe('initialText', () => {
  it('empties text that is one placeholder and keeps text with placeholders inside', () => {
    expect(initialText('[initial state]')).toBe('');
    expect(initialText(' [Describe this user journey in plain language] ')).toBe('');
    expect(initialText('System MUST [specific capability].')).toBe('System MUST [specific capability].');
    expect(initialText('Feature or capability A')).toBe('Feature or capability A');
  });
});

describe('createDraft', () => {
  it('pre-fills metadata defaults, today for dates and the first choice of an enum', () => {
    const draft = createDraft(load('product-feature-spec-api-data-model.md'), { id: 'd1', now });
    expect(Draft.parse(draft)).toEqual(draft);
    expect(draft).toMatchObject({ id: 'd1', templateId: 'product-feature-spec-api-data-model', revision: 0, createdAt: '2026-11-21T09:30:00.000Z' });
    expect(draft.metadata).toEqual({ date: '2026-11-21', author: '', status: 'Draft', version: '' });
    const footer = draft.footer.find((b) => b.kind === 'fields');
    expect(footer?.kind === 'fields' && footer.values).toEqual({ 'spec-status': 'Draft', 'last-updated': '2026-11-21' });
  });

  it('keeps spec-kit Status: Draft and leaves placeholders for the user', () => {
    const draft = createDraft(load('data-platform-feature-spec.md'), { id: 'd2', now });
    expect(draft.metadata).toEqual({ 'feature-branch': '', created: '2026-11-21', status: 'Draft', input: '' });
    expect(draft.titleText).toBe('');
  });

  it('types frontmatter: enum default from the value, empty when the template leaves it empty, dates today', () => {
    const draft = createDraft(load('opportunity-solution-spec.md'), { id: 'd3', now });
    expect(draft.frontmatter).toEqual({ status: 'draft', opportunity: '', created: '2026-11-21', updated: '2026-11-21', estimate: 'X days', owner: '' });
  });

  it('mirrors the section tree, with the three user stories the template shows', () => {
    const template = load('data-platform-feature-spec.md');
    const draft = createDraft(template, { id: 'd4', now });
    expect(draft.sections.map((s) => s.title)).toEqual(['User Scenarios & Testing', 'Requirements', 'Success Criteria']);
    expect(draft.sections[0]!.children.map((s) => s.id)).toEqual(template.sections[0]!.children.map((s) => s.id));
    expect(draft.sections.every((s) => s.enabled && s.templateSectionId === s.id)).toBe(true);
  });

  it('starts requirement lists without the template example items, and scenarios empty', () => {
    const draft = createDraft(load('data-platform-feature-spec.md'), { id: 'd5', now });
    const fr = value(find(draft.sections, 'Functional Requirements'), 'idList');
    expect(fr?.items.map((i) => i.id)).toEqual(['FR-001', 'FR-002', 'FR-003', 'FR-004', 'FR-005']);
    expect(fr?.items[0]?.text).toBe('System MUST [ingest/store/serve behavior tied to `clients`, `pipelines`, `runs`, or `alert_rules`]');
    const story = find(draft.sections, 'User Story 1 - [Brief Title] (Priority: P1)');
    expect(value(story, 'scenarios')?.items).toEqual([
      { given: '', when: '', then: '' },
      { given: '', when: '', then: '' },
    ]);
    expect(value(story, 'prose')?.markdown).toBe('');
    expect(value(story, 'fields')?.values).toEqual({ 'why-this-priority': '', 'independent-test': '' });
  });

  it('starts tables and code blocks from the template', () => {
    const draft = createDraft(load('product-feature-spec-api-data-model.md'), { id: 'd6', now });
    const table = value(find(draft.sections, '`table_name`'), 'table');
    expect(table?.columns).toEqual(['Column', 'Type', 'Constraints', 'Description']);
    expect(table?.rows[0]).toEqual(['`id`', 'UUID', 'PRIMARY KEY', 'Unique identifier']);
    const code = value(find(draft.sections, 'Tool: `tool_name`'), 'code');
    expect(code?.lang).toBe('json');
    expect(JSON.parse(code?.code ?? '')).toEqual({ parameter1: 'string', parameter2: 'number' });
  });
});
