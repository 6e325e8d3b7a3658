import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasReferenceTemplates, referenceTemplatesDir } from '../__fixtures__/reference-templates-dir';
import { flattenSections } from './flatten-sections';
import { parseTemplate } from './parse-template';
import { TemplateSchema, type Block, type Section } from './schema';

// Real-world templates from public repositories (see ../shared/reference-templates/SOURCES.md).
// Every expectation below was written by reading the template text, line
// numbers included (`cat -n`), not by copying the engine's output.

const dir = referenceTemplatesDir;
// Nothing beside the checkout: these say so (reference-templates-dir.ts) and skip.
const describeReference = describe.skipIf(!hasReferenceTemplates);

function load(file: string) {
  // Without the files the describes below are skipped; their bodies still run to be collected, on an empty template.
  const source = hasReferenceTemplates ? readFileSync(new URL(file, dir), 'utf8') : '';
  const { template, problems } = parseTemplate(source, { id: file.replace(/\.md$/, ''), fallbackName: 'Fallback name' });
  return { template, problems, all: flattenSections(template.sections) };
}

type Row = [level: number, title: string, requirement?: string, condition?: string];
const outline = (sections: Section[]): Row[] =>
  sections.map((s) => {
    const row: Row = [s.level, s.title];
    if (s.requirement !== 'none') row.push(s.requirement);
    if (s.condition) row.push(s.condition);
    return row;
  });

const byTitle = (all: Section[], title: string): Section => {
  const found = all.find((s) => s.title === title);
  if (!found) throw new Error(`no section titled ${title}`);
  return found;
};
const blocksOf = <K extends Block['kind']>(section: Section, kind: K) => section.blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
const texts = (placeholders: { text: string }[]) => placeholders.map((p) => p.text);

describe.skipIf(!hasReferenceTemplates).each(['speckit-spec-template.md', 'speckit-plan-template.md', 'speckit-tasks-template.md', 'rust-rfc-template.md'])('%s', (file) => {
  it('parses with no problems into a valid schema with unique section and block ids', () => {
    const { template, problems, all } = load(file);
    expect(problems).toEqual([]);
    expect(() => TemplateSchema.parse(template)).not.toThrow();
    const sectionIds = all.map((s) => s.id);
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
    const blockIds = [...template.preamble, ...template.footer, ...all.flatMap((s) => s.blocks)].map((b) => b.id);
    expect(new Set(blockIds).size).toBe(blockIds.length);
  });
});

describeReference('spec-kit spec template', () => {
  const { template, all } = load('speckit-spec-template.md');

  it('reads the title line and the four metadata lines', () => {
    expect(template.name).toBe('Feature Specification');
    expect(template.frontmatter).toBeNull();
    expect(template.title).toEqual({
      heading: 'Feature Specification: [FEATURE NAME]',
      prefix: 'Feature Specification: ',
      placeholders: [{ kind: 'bracket', text: '[FEATURE NAME]', label: 'FEATURE NAME' }],
      line: 1,
    });
    expect(template.metadata.map((f) => [f.label, f.type, f.line])).toEqual([
      ['Feature Branch', 'text', 3],
      ['Created', 'date', 5],
      ['Status', 'text', 7],
      ['Input', 'text', 9],
    ]);
    const [branch, created, status, input] = template.metadata;
    // `**Feature Branch**: \`[###-feature-name]\``: a placeholder inside a code span, kept wrapped.
    expect(branch).toMatchObject({ key: 'feature-branch', wrap: '`', placeholders: [{ kind: 'bracket', text: '[###-feature-name]', label: '###-feature-name' }] });
    expect(branch?.defaultValue).toBeUndefined();
    expect(created).toMatchObject({ templateValue: '[DATE]', placeholders: [{ kind: 'bracket', text: '[DATE]' }] });
    expect(status).toMatchObject({ defaultValue: 'Draft', placeholders: [] });
    expect(input).toMatchObject({ templateValue: 'User description: "$ARGUMENTS"' });
    expect(input?.placeholders).toEqual([{ kind: 'variable', text: '$ARGUMENTS', label: '$ARGUMENTS' }]);
    expect(template.preamble).toEqual([]);
    expect(template.footer).toEqual([]);
  });

  it('finds the sections in order with their levels, lines and mandatory flags', () => {
    expect(outline(template.sections)).toEqual([
      [2, 'User Scenarios & Testing', 'mandatory'],
      [2, 'Requirements', 'mandatory'],
      [2, 'Success Criteria', 'mandatory'],
      [2, 'Assumptions'],
    ]);
    expect(outline(template.sections[0]!.children)).toEqual([
      [3, 'User Story 1 - [Brief Title] (Priority: P1)'],
      [3, 'User Story 2 - [Brief Title] (Priority: P2)'],
      [3, 'User Story 3 - [Brief Title] (Priority: P3)'],
      [3, 'Edge Cases'],
    ]);
    expect(outline(template.sections[1]!.children)).toEqual([
      [3, 'Functional Requirements'],
      [3, 'Key Entities', 'conditional', 'feature involves data'],
    ]);
    expect(outline(template.sections[2]!.children)).toEqual([[3, 'Measurable Outcomes']]);
    expect(all.map((s) => s.line)).toEqual([11, 26, 41, 55, 71, 81, 88, 101, 106, 113, 120]);
    expect(byTitle(all, 'Key Entities').heading).toBe('Key Entities *(include if feature involves data)*');
  });

  it('keeps the HTML comments as guidance of the section they sit in', () => {
    expect(template.sections[0]!.guidance).toHaveLength(1);
    expect(template.sections[0]!.guidance[0]).toMatch(/^IMPORTANT: User stories should be PRIORITIZED/);
    expect(template.sections[0]!.guidance[0]).toContain('- Demonstrated to users independently');
    expect(template.sections[0]!.blocks).toEqual([]);
    expect(byTitle(all, 'Edge Cases').guidance[0]).toMatch(/^ACTION REQUIRED: .*\nFill them out with the right edge cases\.$/);
    expect(byTitle(all, 'Requirements').guidance[0]).toMatch(/functional requirements\.$/);
    expect(byTitle(all, 'Success Criteria').guidance[0]).toMatch(/^ACTION REQUIRED: Define measurable success criteria\./);
    expect(byTitle(all, 'Assumptions').guidance[0]).toMatch(/^ACTION REQUIRED/);
  });

  it('reads User Story 1 as prose, two labelled fields, two Given/When/Then scenarios and a rule', () => {
    const story = byTitle(all, 'User Story 1 - [Brief Title] (Priority: P1)');
    expect(story.titlePlaceholders).toEqual([{ kind: 'bracket', text: '[Brief Title]', label: 'Brief Title' }]);
    expect(story.blocks.map((b) => [b.kind, b.line])).toEqual([
      ['prose', 28],
      ['fields', 30],
      ['scenarios', 36],
      ['rule', 39],
    ]);
    expect(blocksOf(story, 'prose')[0]!.placeholders.map((p) => p.label)).toEqual(['Describe this user journey in plain language']);
    const fields = blocksOf(story, 'fields')[0]!.fields;
    expect(fields.map((f) => [f.label, f.line])).toEqual([
      ['Why this priority', 30],
      ['Independent Test', 32],
    ]);
    // The outer bracket is the placeholder; the brackets nested in its example are part of it.
    expect(texts(fields[1]!.placeholders)).toEqual([
      '[Describe how this can be tested independently - e.g., "Can be fully tested by [specific action] and delivers [specific value]"]',
    ]);
    const scenarios = blocksOf(story, 'scenarios')[0]!;
    expect(scenarios.label).toBe('Acceptance Scenarios');
    expect(scenarios.items).toEqual([
      { given: '[initial state]', when: '[action]', then: '[expected outcome]' },
      { given: '[initial state]', when: '[action]', then: '[expected outcome]' },
    ]);
    for (const title of ['User Story 2 - [Brief Title] (Priority: P2)', 'User Story 3 - [Brief Title] (Priority: P3)']) {
      expect(blocksOf(byTitle(all, title), 'scenarios')[0]!.items, title).toHaveLength(1);
    }
  });

  it('makes User Story 1..3 one group with the add-more hint, and keeps the hint out of the content', () => {
    const stories = template.sections[0]!.children.slice(0, 3).map((s) => s.id);
    expect(template.groups).toEqual([
      {
        id: `${stories[0]}~group`,
        label: 'User Story',
        parentId: template.sections[0]!.id,
        itemIds: stories,
        prototypeId: stories[0], // the only story with two scenarios
        addHint: '[Add more user stories as needed, each with an assigned priority]',
      },
    ]);
    const everywhere = JSON.stringify(all.map((s) => [s.blocks, s.guidance]));
    expect(everywhere).not.toContain('Add more user stories');
  });

  it('reads Edge Cases as a list with its bracketed placeholders', () => {
    const list = blocksOf(byTitle(all, 'Edge Cases'), 'list')[0]!;
    expect(list.items).toEqual(['What happens when [boundary condition]?', 'How does system handle [error scenario]?']);
    expect(texts(list.placeholders)).toEqual(['[boundary condition]', '[error scenario]']);
  });

  it('reads FR-001..FR-007 as one ID list across the italic example note, FR-006/FR-007 asking for clarification', () => {
    const section = byTitle(all, 'Functional Requirements');
    const lists = blocksOf(section, 'idList');
    expect(lists).toHaveLength(1);
    const fr = lists[0]!;
    expect(fr).toMatchObject({ prefix: 'FR', separator: '-', digits: 3, style: 'bold', line: 90 });
    expect(fr.items.map((i) => i.id)).toEqual(['FR-001', 'FR-002', 'FR-003', 'FR-004', 'FR-005', 'FR-006', 'FR-007']);
    expect(fr.items[2]!.text).toBe('Users MUST be able to [key interaction, e.g., "reset their password"]');
    expect(fr.items.slice(0, 5).every((i) => i.placeholders.length === 1 && i.placeholders[0]!.kind === 'bracket')).toBe(true);
    expect(fr.items[5]!.placeholders).toEqual([
      {
        kind: 'clarification',
        text: '[NEEDS CLARIFICATION: auth method not specified - email/password, SSO, OAuth?]',
        label: 'auth method not specified - email/password, SSO, OAuth?',
      },
    ]);
    expect(fr.items[6]!.placeholders).toEqual([
      { kind: 'clarification', text: '[NEEDS CLARIFICATION: retention period not specified]', label: 'retention period not specified' },
    ]);
    expect(section.guidance).toEqual(['Example of marking unclear requirements:']);
    expect(fr.items.map((i) => i.example ?? false)).toEqual([false, false, false, false, false, true, true]);
  });

  it('reads Key Entities as definitions the user names, and SC-001..SC-004 as an ID list', () => {
    const entities = blocksOf(byTitle(all, 'Key Entities'), 'definitions')[0]!;
    expect(entities.ordered).toBe(false);
    expect(entities.items.map((i) => [i.term, i.text])).toEqual([
      ['[Entity 1]', '[What it represents, key attributes without implementation]'],
      ['[Entity 2]', '[What it represents, relationships to other entities]'],
    ]);
    const sc = blocksOf(byTitle(all, 'Measurable Outcomes'), 'idList')[0]!;
    expect(sc).toMatchObject({ prefix: 'SC', separator: '-', digits: 3, style: 'bold' });
    expect(sc.items.map((i) => i.id)).toEqual(['SC-001', 'SC-002', 'SC-003', 'SC-004']);
    // `[X]` nested in SC-004's placeholder is part of it, not a checkbox or a second placeholder.
    expect(texts(sc.items[3]!.placeholders)).toEqual(['[Business metric, e.g., "Reduce support tickets related to [X] by 50%"]']);
  });

  it('reads Assumptions as a list of four bracketed assumptions', () => {
    const section = byTitle(all, 'Assumptions');
    expect(section.blocks.map((b) => b.kind)).toEqual(['list']);
    const list = blocksOf(section, 'list')[0]!;
    expect(list.items).toHaveLength(4);
    expect(list.items[0]).toBe('[Assumption about target users, e.g., "Users have stable internet connectivity"]');
    expect(list.placeholders.map((p) => p.kind)).toEqual(['bracket', 'bracket', 'bracket', 'bracket']);
  });
});

describeReference('spec-kit plan template', () => {
  const { template, all } = load('speckit-plan-template.md');

  it('reads `**Branch**: ... | **Date**: ... | **Spec**: ...` as three fields on one line', () => {
    expect(template.name).toBe('Implementation Plan');
    expect(template.title).toMatchObject({ prefix: 'Implementation Plan: ', placeholders: [{ kind: 'bracket', text: '[FEATURE]', label: 'FEATURE' }], line: 1 });
    const [branch, date, spec, input, note] = template.metadata;
    expect(template.metadata).toHaveLength(5);
    expect(branch).toMatchObject({ label: 'Branch', line: 3, wrap: '`', placeholders: [{ kind: 'bracket', text: '[###-feature-name]' }] });
    expect(branch?.sameLine).toBeUndefined();
    expect(date).toMatchObject({ label: 'Date', type: 'date', line: 3, sameLine: true, placeholders: [{ text: '[DATE]' }] });
    expect(spec).toMatchObject({ label: 'Spec', type: 'text', line: 3, sameLine: true, placeholders: [{ kind: 'bracket', text: '[link]' }] });
    // A placeholder inside a code-span path is still one.
    expect(input).toMatchObject({ label: 'Input', line: 5, templateValue: 'Feature specification from `/specs/[###-feature-name]/spec.md`' });
    expect(texts(input!.placeholders)).toEqual(['[###-feature-name]']);
    expect(note).toMatchObject({ label: 'Note', line: 7, placeholders: [] });
  });

  it('finds the sections in order', () => {
    expect(outline(template.sections)).toEqual([
      [2, 'Summary'],
      [2, 'Technical Context'],
      [2, 'Constitution Check'],
      [2, 'Project Structure'],
      [2, 'Complexity Tracking'],
    ]);
    expect(outline(byTitle(all, 'Project Structure').children)).toEqual([
      [3, 'Documentation (this feature)'],
      [3, 'Source Code (repository root)'],
    ]);
    expect(all.map((s) => s.line)).toEqual([9, 13, 39, 45, 47, 59, 106]);
    expect(template.groups).toEqual([]);
  });

  it('reads Technical Context as one form of nine labelled fields in order, its comment as guidance', () => {
    const section = byTitle(all, 'Technical Context');
    expect(section.guidance).toHaveLength(1);
    expect(section.guidance[0]).toMatch(/^ACTION REQUIRED: Replace the content in this section with the technical details\n/);
    expect(section.blocks.map((b) => b.kind)).toEqual(['fields']);
    const fields = blocksOf(section, 'fields')[0]!;
    expect(fields.style).toBe('lines');
    expect(fields.fields.map((f) => f.label)).toEqual([
      'Language/Version',
      'Primary Dependencies',
      'Storage',
      'Testing',
      'Target Platform',
      'Project Type',
      'Performance Goals',
      'Constraints',
      'Scale/Scope',
    ]);
    expect(fields.fields.map((f) => f.line)).toEqual([21, 23, 25, 27, 29, 31, 33, 35, 37]);
    // Each value is one bracketed hint; none is a default the user would keep.
    for (const field of fields.fields) {
      expect(field.placeholders, field.label).toHaveLength(1);
      expect(field.defaultValue, field.label).toBeUndefined();
    }
    expect(fields.fields[0]!.placeholders[0]!.label).toBe('e.g., Python 3.11, Swift 5.9, Rust 1.75 or NEEDS CLARIFICATION');
  });

  it('keeps the italic gate line of Constitution Check as guidance and the bracketed line as content', () => {
    const section = byTitle(all, 'Constitution Check');
    expect(section.guidance).toEqual(['GATE: Must pass before Phase 0 research. Re-check after Phase 1 design.']);
    expect(section.blocks).toHaveLength(1);
    expect(blocksOf(section, 'prose')[0]!.text).toBe('[Gates determined based on constitution file]');
  });

  it('reads the directory trees as text code blocks, finding [REMOVE IF UNUSED] in code', () => {
    const docs = blocksOf(byTitle(all, 'Documentation (this feature)'), 'code');
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ lang: 'text', line: 49 });
    expect(docs[0]!.code.split('\n')).toHaveLength(7);
    expect(docs[0]!.code).toMatch(/^specs\/\[###-feature\]\/\n/);

    const source = byTitle(all, 'Source Code (repository root)');
    // The comment sits right under the heading, before the fence.
    expect(source.guidance).toHaveLength(1);
    expect(source.guidance[0]).toMatch(/^ACTION REQUIRED: Replace the placeholder tree below/);
    const [tree] = blocksOf(source, 'code');
    expect(tree).toMatchObject({ lang: 'text', line: 67 });
    expect(tree!.code.split('\n')).toHaveLength(33); // lines 68..100
    const inCode = tree!.placeholders;
    expect(inCode.filter((p) => p.text === '[REMOVE IF UNUSED]')).toHaveLength(3);
    expect(inCode).toContainEqual({ kind: 'bracket', text: '[same as backend above]', label: 'same as backend above' });
    // Directory names in the tree are code, not blanks.
    expect(texts(inCode).some((t) => /models|services|src/.test(t))).toBe(false);
    expect(source.blocks.map((b) => b.kind)).toEqual(['code', 'fields']);
    expect(blocksOf(source, 'fields')[0]!.fields.map((f) => [f.label, f.line])).toEqual([['Structure Decision', 103]]);
  });

  it('reads Complexity Tracking as a three-column table with the blockquote as guidance', () => {
    const section = byTitle(all, 'Complexity Tracking');
    expect(section.guidance).toHaveLength(1);
    expect(section.guidance[0]).toContain('Fill ONLY if Constitution Check has violations that must be justified');
    const table = blocksOf(section, 'table')[0]!;
    expect(table.line).toBe(110);
    expect(table.columns).toEqual([
      { name: 'Violation', align: 'none' },
      { name: 'Why Needed', align: 'none' },
      { name: 'Simpler Alternative Rejected Because', align: 'none' },
    ]);
    expect(table.rows).toEqual([
      ['[e.g., 4th project]', '[current need]', '[why 3 projects insufficient]'],
      ['[e.g., Repository pattern]', '[specific problem]', '[why direct DB access insufficient]'],
    ]);
    expect(table.placeholders).toHaveLength(6);
  });
});

describeReference('spec-kit tasks template', () => {
  const { template, all } = load('speckit-tasks-template.md');
  const phases = template.sections.filter((s) => s.title.startsWith('Phase '));

  it('reads the frontmatter description, the title and the four metadata lines', () => {
    expect(template.frontmatter).toEqual([
      expect.objectContaining({ key: 'description', type: 'text', defaultValue: 'Task list template for feature implementation', line: 3 }),
    ]);
    expect(template.title).toMatchObject({ prefix: 'Tasks: ', placeholders: [{ text: '[FEATURE NAME]' }], line: 6 });
    expect(template.name).toBe('Tasks');
    expect(template.metadata.map((f) => [f.label, f.line])).toEqual([
      ['Input', 8],
      ['Prerequisites', 10],
      ['Tests', 12],
      ['Organization', 14],
    ]);
    expect(texts(template.metadata[0]!.placeholders)).toEqual(['[###-feature-name]']);
  });

  it('finds the sections in order, with the test subsections optional', () => {
    expect(outline(template.sections).map((row) => row[1])).toEqual([
      'Format: `[ID] [P?] [Story] Description`',
      'Path Conventions',
      'Phase 1: Setup (Shared Infrastructure)',
      'Phase 2: Foundational (Blocking Prerequisites)',
      'Phase 3: User Story 1 - [Title] (Priority: P1) 🎯 MVP',
      'Phase 4: User Story 2 - [Title] (Priority: P2)',
      'Phase 5: User Story 3 - [Title] (Priority: P3)',
      'Phase N: Polish & Cross-Cutting Concerns',
      'Dependencies & Execution Order',
      'Parallel Example: User Story 1',
      'Implementation Strategy',
      'Notes',
    ]);
    expect(template.sections.every((s) => s.level === 2 && s.requirement === 'none')).toBe(true);
    for (const [k, n] of [1, 2, 3].entries()) {
      expect(outline(phases[k + 2]!.children)).toEqual([
        [3, `Tests for User Story ${n} ⚠️`, 'optional', 'only if tests requested'],
        [3, `Implementation for User Story ${n}`],
      ]);
    }
    expect(all.filter((s) => s.requirement === 'optional')).toHaveLength(3);
    expect(outline(byTitle(all, 'Dependencies & Execution Order').children).map((row) => row[1])).toEqual([
      'Phase Dependencies',
      'User Story Dependencies',
      'Within Each User Story',
      'Parallel Opportunities',
    ]);
    expect(all).toHaveLength(12 + 6 + 4 + 3);
  });

  it('treats a code span in a heading as literal: no placeholders in the Format title', () => {
    const format = template.sections[0]!;
    expect(format.heading).toBe('Format: `[ID] [P?] [Story] Description`');
    expect(format.titlePlaceholders).toEqual([]);
    expect(phases[2]!.titlePlaceholders).toEqual([{ kind: 'bracket', text: '[Title]', label: 'Title' }]);
  });

  it('reads T001..T028 as checklist ID lists (prefix T, no separator, three digits)', () => {
    const lists = all.flatMap((s) => blocksOf(s, 'idList'));
    for (const list of lists) expect(list).toMatchObject({ prefix: 'T', separator: '', digits: 3, style: 'checklist' });
    expect(lists.map((l) => [l.line, l.items.map((i) => i.id).join(' ')])).toEqual([
      [52, 'T001 T002 T003'],
      [66, 'T004 T005 T006 T007 T008 T009'],
      [87, 'T010 T011'],
      [92, 'T012 T013 T014 T015 T016 T017'],
      [111, 'T018 T019'],
      [116, 'T020 T021 T022 T023'],
      [133, 'T024 T025'],
      [138, 'T026 T027 T028'],
    ]);
    expect(lists.flatMap((l) => l.items).every((i) => i.checked === false)).toBe(true);
  });

  it('reads [P] and [US1] as task tags, [endpoint] and [name] as placeholders', () => {
    const t010 = all.flatMap((s) => blocksOf(s, 'idList')).flatMap((l) => l.items).find((i) => i.id === 'T010')!;
    expect(t010.text).toBe('[P] [US1] Contract test for [endpoint] in tests/contract/test_[name].py');
    expect(t010.placeholders).toEqual([
      { kind: 'bracket', text: '[endpoint]', label: 'endpoint' },
      { kind: 'bracket', text: '[name]', label: 'name' },
    ]);
    const t003 = all.flatMap((s) => blocksOf(s, 'idList')).flatMap((l) => l.items).find((i) => i.id === 'T003')!;
    expect(t003).toMatchObject({ text: '[P] Configure linting and formatting tools', placeholders: [] });
    const t014 = all.flatMap((s) => blocksOf(s, 'idList')).flatMap((l) => l.items).find((i) => i.id === 'T014')!;
    expect(texts(t014.placeholders)).toEqual(['[Service]', '[service]']);
  });

  it('reads the Phase N TXXX tasks, which have no numbers, as a plain checklist', () => {
    const polish = byTitle(all, 'Phase N: Polish & Cross-Cutting Concerns');
    const [checklist] = blocksOf(polish, 'checklist');
    expect(checklist?.items).toHaveLength(6);
    expect(checklist?.items[0]).toEqual({ checked: false, text: 'TXXX [P] Documentation updates in docs/' });
    expect(checklist?.placeholders).toEqual([]);
  });

  it('makes Phase 1..5 one repeat group with the add-more hint', () => {
    expect(template.groups).toHaveLength(1);
    const group = template.groups[0]!;
    expect(group).toMatchObject({ label: 'Phase', parentId: null, addHint: '[Add more user story phases as needed, following the same pattern]' });
    expect(group.itemIds).toEqual(phases.slice(0, 5).map((s) => s.id));
    expect(group.itemIds).toContain(group.prototypeId);
    expect(JSON.stringify(all.map((s) => [s.blocks, s.guidance]))).not.toContain('Add more user story phases');
  });

  it('reads the labelled lines in a phase as fields, and the blockquote NOTE as guidance', () => {
    const mvp = phases[2]!;
    expect(blocksOf(mvp, 'fields')[0]!.fields.map((f) => [f.label, f.line])).toEqual([
      ['Goal', 79],
      ['Independent Test', 81],
    ]);
    expect(mvp.children[0]!.guidance).toHaveLength(1);
    expect(mvp.children[0]!.guidance[0]).toContain('NOTE: Write these tests FIRST, ensure they FAIL before implementation');
    expect(blocksOf(phases[1]!, 'fields').flatMap((b) => b.fields.map((f) => f.label))).toEqual(['Purpose', '⚠️ CRITICAL', 'Checkpoint']);
    // The big SAMPLE TASKS comment comes before Phase 1, so it belongs to Path Conventions.
    expect(byTitle(all, 'Path Conventions').guidance[0]).toContain('IMPORTANT: The tasks below are SAMPLE TASKS for illustration purposes only.');
  });

  it('reads the parallel example as a bash code block', () => {
    const [code] = blocksOf(byTitle(all, 'Parallel Example: User Story 1'), 'code');
    expect(code).toMatchObject({ lang: 'bash', line: 201 });
    expect(code!.code.split('\n')).toHaveLength(7);
    expect(code!.code.startsWith('# Launch all tests for User Story 1 together (if tests requested):')).toBe(true);
  });

  it('reads the strategy lists as ordered lists with nested items kept in their item', () => {
    const mvp = blocksOf(byTitle(all, 'MVP First (User Story 1 Only)'), 'list')[0]!;
    expect(mvp.ordered).toBe(true);
    expect(mvp.items).toHaveLength(5);
    const team = blocksOf(byTitle(all, 'Parallel Team Strategy'), 'list')[0]!;
    expect(team.ordered).toBe(true);
    expect(team.items).toHaveLength(3);
    expect(team.items[1]).toMatch(/^Once Foundational is done:\n.*Developer A: User Story 1\n.*Developer B: User Story 2\n.*Developer C: User Story 3$/);
  });
});

describeReference('Rust RFC template', () => {
  const { template, all } = load('rust-rfc-template.md');

  it('has no title line: it is named by the caller, and its four metadata fields come from the list', () => {
    expect(template.title).toBeNull();
    expect(template.name).toBe('Fallback name');
    expect(template.frontmatter).toBeNull();
    expect(template.preamble).toEqual([]);
    expect(template.metadata.map((f) => [f.label, f.type, f.line])).toEqual([
      ['Feature Name', 'text', 1],
      ['Start Date', 'date', 2],
      ['RFC PR', 'text', 3],
      ['Rust Issue', 'text', 4],
    ]);
    const [name, start, pr, issue] = template.metadata;
    expect(name!.templateValue).toBe('(fill me in with a unique ident, `my_awesome_feature`)');
    expect(texts(name!.placeholders)).toEqual(['(fill me in with a unique ident, `my_awesome_feature`)']);
    expect(name!.placeholders[0]!.kind).toBe('paren');
    // YYYY-MM-DD sits inside the paren placeholder: one placeholder, and the field is a date.
    expect(start!.placeholders).toEqual([
      { kind: 'paren', text: "(fill me in with today's date, YYYY-MM-DD)", label: "fill me in with today's date, YYYY-MM-DD" },
    ]);
    // Links are not placeholders.
    expect(pr!.placeholders).toEqual([]);
    expect(issue!.placeholders).toEqual([]);
    expect(pr!.templateValue).toBe('[rust-lang/rfcs#0000](https://github.com/rust-lang/rfcs/pull/0000)');
  });

  it('finds the nine H2 sections in order, with no flags and no groups', () => {
    expect(outline(template.sections)).toEqual([
      [2, 'Summary'],
      [2, 'Motivation'],
      [2, 'Guide-level explanation'],
      [2, 'Reference-level explanation'],
      [2, 'Drawbacks'],
      [2, 'Rationale and alternatives'],
      [2, 'Prior art'],
      [2, 'Unresolved questions'],
      [2, 'Future possibilities'],
    ]);
    expect(all).toHaveLength(9);
    expect(template.sections.map((s) => s.line)).toEqual([6, 11, 22, 36, 47, 52, 60, 77, 84]);
    expect(template.groups).toEqual([]);
  });

  it('keeps each reference-link line as a raw block, first in its section, and not as a placeholder', () => {
    const anchors = ['summary', 'motivation', 'guide-level-explanation', 'reference-level-explanation', 'drawbacks', 'rationale-and-alternatives', 'prior-art', 'unresolved-questions', 'future-possibilities'];
    template.sections.forEach((section, k) => {
      const first = section.blocks[0];
      expect(first, section.title).toEqual({ kind: 'raw', id: `${section.id}#0`, line: section.line + 1, text: `[${anchors[k]}]: #${anchors[k]}` });
    });
    const placeholders = all.flatMap((s) => s.blocks).flatMap((b) => ('placeholders' in b ? b.placeholders : []));
    expect(placeholders).toEqual([]);
  });

  it('reads the body text as prose and lists in the order written', () => {
    expect(byTitle(all, 'Summary').blocks.map((b) => b.kind)).toEqual(['raw', 'prose']);
    expect(blocksOf(byTitle(all, 'Summary'), 'prose')[0]!.text).toBe('One paragraph explanation of the feature.');
    expect(byTitle(all, 'Guide-level explanation').blocks.map((b) => b.kind)).toEqual(['raw', 'prose', 'list', 'prose']);
    expect(blocksOf(byTitle(all, 'Guide-level explanation'), 'list')[0]!.items).toHaveLength(6);
    expect(byTitle(all, 'Rationale and alternatives').blocks.map((b) => b.kind)).toEqual(['raw', 'list']);
    expect(byTitle(all, 'Prior art').blocks.map((b) => b.kind)).toEqual(['raw', 'prose', 'list', 'prose', 'prose']);
    expect(byTitle(all, 'Future possibilities').blocks.map((b) => b.kind)).toEqual(['raw', 'prose', 'prose', 'prose', 'prose']);
    expect(blocksOf(byTitle(all, 'Drawbacks'), 'prose')[0]!.text).toBe('Why should we *not* do this?');
    expect(all.every((s) => s.guidance.length === 0)).toBe(true);
  });
});

// Regression tests for engine bugs found while hand-checking these templates.
describeReference('engine bugs seen in the reference templates', () => {
  it('RFC Feature Name: the paren placeholder label keeps the code span `my_awesome_feature`', () => {
    const name = load('rust-rfc-template.md').template.metadata[0]!;
    expect(name.placeholders[0]!.label).toBe('fill me in with a unique ident, `my_awesome_feature`');
    expect(name.help).toBe('fill me in with a unique ident, `my_awesome_feature`');
  });

  it('plan Structure Decision: a bracketed hint wrapped over two lines is a placeholder, not a default value', () => {
    const { all } = load('speckit-plan-template.md');
    const field = blocksOf(byTitle(all, 'Source Code (repository root)'), 'fields')[0]!.fields[0]!;
    expect(field.templateValue).toBe('[Document the selected structure and reference the real\ndirectories captured above]');
    expect(field.defaultValue).toBeUndefined();
    expect(field.placeholders).toHaveLength(1);
    expect(field.placeholders[0]!.kind).toBe('bracket');
  });
});
