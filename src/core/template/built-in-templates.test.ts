import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenSections } from './flatten-sections';
import { parseTemplate } from './parse-template';
import { templateStats } from './template-stats';
import { TemplateSchema, type Block, type Section } from './schema';

// Every expectation below was written by reading the template text in
// templates/, not by copying the engine's output.

const dir = new URL('../../../templates/', import.meta.url);

function load(file: string) {
  const { template, problems } = parseTemplate(readFileSync(new URL(file, dir), 'utf8'), { id: file.replace(/\.md$/, '') });
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

const SPEC_KIT_STORIES: Row[] = [
  [3, 'User Story 1 - [Brief Title] (Priority: P1)'],
  [3, 'User Story 2 - [Brief Title] (Priority: P2)'],
  [3, 'User Story 3 - [Brief Title] (Priority: P3)'],
  [3, 'Edge Cases'],
];

describe('built-in templates', () => {
  it('are the five files in templates/, each a valid schema with a name, a description and no problems', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
    expect(files).toEqual([
      'data-platform-feature-spec.md',
      'gitops-operations-feature-spec.md',
      'inference-service-feature-spec.md',
      'opportunity-solution-spec.md',
      'product-feature-spec-api-data-model.md',
    ]);
    for (const file of files) {
      const { template, problems } = load(file);
      expect(problems, file).toEqual([]);
      expect(() => TemplateSchema.parse(template)).not.toThrow();
      expect(template.name.length, file).toBeGreaterThan(5);
      expect(template.description.length, file).toBeGreaterThan(20);
    }
  });
});

describe('data platform feature spec (spec-kit with DI/AC/OB/SE lists)', () => {
  const { template, all } = load('data-platform-feature-spec.md');

  it('reads the title line and the metadata lines as typed fields', () => {
    expect(template.name).toBe('Data platform feature spec');
    expect(template.frontmatter).toBeNull();
    expect(template.title).toMatchObject({ prefix: 'Feature Specification: ', placeholders: [{ kind: 'bracket', text: '[FEATURE NAME]' }] });
    expect(template.metadata.map((f) => [f.label, f.type])).toEqual([
      ['Feature Branch', 'text'],
      ['Created', 'date'],
      ['Status', 'text'],
      ['Input', 'text'],
    ]);
    const [branch, , status, input] = template.metadata;
    expect(branch).toMatchObject({ wrap: '`', placeholders: [{ text: '[###-feature-name]' }] });
    expect(status?.defaultValue).toBe('Draft');
    expect(input?.placeholders).toEqual([{ kind: 'variable', text: '$ARGUMENTS', label: '$ARGUMENTS' }]);
  });

  it('finds every section in order with its mandatory and conditional flags', () => {
    expect(outline(template.sections)).toEqual([
      [2, 'User Scenarios & Testing', 'mandatory'],
      [2, 'Requirements', 'mandatory'],
      [2, 'Success Criteria', 'mandatory'],
    ]);
    expect(outline(template.sections[0]!.children)).toEqual(SPEC_KIT_STORIES);
    expect(outline(template.sections[1]!.children)).toEqual([
      [3, 'Functional Requirements'],
      [3, 'Key Entities', 'conditional', 'feature involves data'],
      [3, 'Data Integrity & Invariants', 'mandatory', 'data changes'],
      [3, 'API Contracts & Query Patterns', 'mandatory', 'endpoint changes'],
      [3, 'Observability & BI Outputs', 'mandatory', 'reporting-impacting work'],
      [3, 'Security & Environment Scope', 'mandatory'],
    ]);
    expect(outline(template.sections[2]!.children)).toEqual([[3, 'Measurable Outcomes']]);
    expect(all).toHaveLength(14); // 3 H2 + 4 + 6 + 1 H3
  });

  it('counts 4 always-mandatory sections for the picker, and 4 that depend on the change', () => {
    // Always: the three H2s and Security & Environment Scope. Depending: Key Entities,
    // and Data Integrity, API Contracts, Observability ("mandatory for ... changes").
    expect(templateStats(template)).toEqual({ sections: 14, mandatory: 4, conditional: 4, groups: 1 });
  });

  it('reads the ID lists with their prefixes, FR-001..FR-007 as one list across the example note', () => {
    const lists = all.flatMap((s) => blocksOf(s, 'idList')).map((b) => [b.prefix, b.items.map((i) => i.id)]);
    expect(lists).toEqual([
      ['FR', ['FR-001', 'FR-002', 'FR-003', 'FR-004', 'FR-005', 'FR-006', 'FR-007']],
      ['DI', ['DI-001', 'DI-002', 'DI-003', 'DI-004']],
      ['AC', ['AC-001', 'AC-002', 'AC-003', 'AC-004']],
      ['OB', ['OB-001', 'OB-002', 'OB-003']],
      ['SE', ['SE-001', 'SE-002', 'SE-003']],
      ['SC', ['SC-001', 'SC-002', 'SC-003', 'SC-004']],
    ]);
    const fr = blocksOf(byTitle(all, 'Functional Requirements'), 'idList')[0]!;
    expect(fr).toMatchObject({ separator: '-', digits: 3, style: 'bold' });
    expect(fr.items[5]!.placeholders).toEqual([
      { kind: 'clarification', text: '[NEEDS CLARIFICATION: auth method not specified - email/password, SSO, OAuth?]', label: 'auth method not specified - email/password, SSO, OAuth?' },
    ]);
    expect(byTitle(all, 'Functional Requirements').guidance).toContain('Example of marking unclear requirements:');
    expect(fr.items.map((i) => i.example ?? false)).toEqual([false, false, false, false, false, true, true]);
  });

  it('keeps the HTML comments as guidance, not content', () => {
    const stories = template.sections[0]!;
    expect(stories.guidance[0]).toMatch(/^IMPORTANT: User stories should be PRIORITIZED/);
    expect(stories.blocks).toEqual([]);
    expect(byTitle(all, 'Edge Cases').guidance[0]).toMatch(/^ACTION REQUIRED/);
  });

  it('reads a user story as prose, labelled fields and Given/When/Then scenarios', () => {
    const story = byTitle(all, 'User Story 1 - [Brief Title] (Priority: P1)');
    expect(story.titlePlaceholders.map((p) => p.text)).toEqual(['[Brief Title]']);
    expect(story.blocks.map((b) => b.kind)).toEqual(['prose', 'fields', 'scenarios', 'rule']);
    expect(blocksOf(story, 'fields')[0]!.fields.map((f) => f.label)).toEqual(['Why this priority', 'Independent Test']);
    const scenarios = blocksOf(story, 'scenarios')[0]!;
    expect(scenarios.label).toBe('Acceptance Scenarios');
    expect(scenarios.items).toEqual([
      { given: '[initial state]', when: '[action]', then: '[expected outcome]' },
      { given: '[initial state]', when: '[action]', then: '[expected outcome]' },
    ]);
  });

  it('makes User Story 1..3 one repeatable group with the add-more hint', () => {
    expect(template.groups).toEqual([
      {
        id: 'user-scenarios-testing/user-story-1-brief-title-priority-p1~group',
        label: 'User Story',
        parentId: 'user-scenarios-testing',
        itemIds: [
          'user-scenarios-testing/user-story-1-brief-title-priority-p1',
          'user-scenarios-testing/user-story-2-brief-title-priority-p2',
          'user-scenarios-testing/user-story-3-brief-title-priority-p3',
        ],
        prototypeId: 'user-scenarios-testing/user-story-1-brief-title-priority-p1',
        addHint: '[Add more user stories as needed, each with an assigned priority]',
      },
    ]);
  });

  it('reads Key Entities as definitions whose terms the user names', () => {
    const entities = blocksOf(byTitle(all, 'Key Entities'), 'definitions')[0]!;
    expect(entities.items.map((i) => i.term)).toEqual(['[Entity 1]', '[Entity 2]']);
  });
});

describe('GitOps operations feature spec', () => {
  const { template, all } = load('gitops-operations-feature-spec.md');

  it('finds its sections, with Operational Readiness as a mandatory form of five fields', () => {
    expect(outline(template.sections)).toEqual([
      [2, 'User Scenarios & Testing', 'mandatory'],
      [2, 'Requirements', 'mandatory'],
      [2, 'Operational Readiness', 'mandatory'],
      [2, 'Success Criteria', 'mandatory'],
    ]);
    expect(outline(template.sections[1]!.children)).toEqual([
      [3, 'Functional Requirements'],
      [3, 'Key Entities', 'conditional', 'feature involves data'],
    ]);
    const readiness = blocksOf(byTitle(all, 'Operational Readiness'), 'fields')[0]!;
    expect(readiness.style).toBe('list');
    expect(readiness.fields.map((f) => f.label)).toEqual(['GitOps Evidence', 'Idempotence Proof', 'Access & Secrets', 'Observability Hooks', 'Runbook Updates']);
  });

  it('reads filled edge cases as a list and finds the TODO(...) placeholder in FR-006', () => {
    expect(blocksOf(byTitle(all, 'Edge Cases'), 'list')[0]!.items).toHaveLength(3);
    const fr = blocksOf(byTitle(all, 'Functional Requirements'), 'idList')[0]!;
    expect(fr.items.map((i) => i.id)).toEqual(['FR-001', 'FR-002', 'FR-003', 'FR-004', 'FR-005', 'FR-006']);
    expect(fr.items[5]!.placeholders).toEqual([{ kind: 'todo', text: 'TODO(SECRET_TOOL)', label: 'SECRET_TOOL' }]);
    expect(fr.items[0]!.placeholders).toEqual([]);
  });

  it('has the User Story group with its hint', () => {
    expect(template.groups.map((g) => [g.label, g.itemIds.length, g.addHint])).toEqual([
      ['User Story', 3, '[Add more user stories as needed, each with an assigned priority]'],
    ]);
  });
});

describe('product feature spec with API and data model', () => {
  const { template, all } = load('product-feature-spec-api-data-model.md');

  it('types the metadata: date, text, a slash-separated enum and a version', () => {
    expect(template.title?.placeholders.map((p) => p.text)).toEqual(['[FEATURE_NAME]']);
    expect(template.metadata.map((f) => [f.label, f.type, f.options])).toEqual([
      ['Date', 'date', undefined],
      ['Author', 'text', undefined],
      ['Status', 'enum', ['Draft', 'Review', 'Approved', 'Implemented']],
      ['Version', 'version', undefined],
    ]);
  });

  it('finds all sections at levels 2 to 4 in order', () => {
    expect(outline(template.sections)).toEqual([
      [2, 'Problem Statement'],
      [2, 'Goals'],
      [2, 'Constitutional Alignment'],
      [2, 'User Stories'],
      [2, 'Functional Requirements'],
      [2, 'Non-Functional Requirements'],
      [2, 'API Design'],
      [2, 'Data Model'],
      [2, 'UI/UX Requirements', 'conditional', 'applicable'],
      [2, 'Testing Requirements'],
      [2, 'Migration Strategy'],
      [2, 'Dependencies'],
      [2, 'Risks & Mitigations'],
      [2, 'Success Metrics'],
      [2, 'Open Questions'],
    ]);
    expect(outline(byTitle(all, 'API Design').children)).toEqual([
      [3, 'MCP Tools'],
      [3, 'REST Endpoints', 'conditional', 'applicable'],
    ]);
    expect(outline(byTitle(all, 'MCP Tools').children)).toEqual([[4, 'Tool: `tool_name`']]);
    expect(outline(byTitle(all, 'New Tables').children)).toEqual([[4, '`table_name`']]);
    expect(all).toHaveLength(34); // 15 H2 + 16 H3 + 3 H4
  });

  it('reads the Must Have / Should Have / Nice to Have priority as an enum in each numbered requirement', () => {
    for (const title of ['Requirement 1: [Name]', 'Requirement 2: [Name]']) {
      const priority = blocksOf(byTitle(all, title), 'fields')[0]!.fields[0]!;
      expect(priority).toMatchObject({ label: 'Priority', type: 'enum', options: ['Must Have', 'Should Have', 'Nice to Have'] });
    }
    expect(template.groups.map((g) => [g.label, g.itemIds.length, g.prototypeId, g.addHint])).toEqual([
      ['Requirement', 2, 'functional-requirements/requirement-1-name', undefined],
    ]);
  });

  it('reads labelled JSON and SQL code blocks with their languages', () => {
    const tool = byTitle(all, 'Tool: `tool_name`');
    expect(blocksOf(tool, 'code').map((b) => [b.label, b.lang])).toEqual([
      ['Input Schema', 'json'],
      ['Output Schema', 'json'],
    ]);
    expect(JSON.parse(blocksOf(tool, 'code')[0]!.code)).toEqual({ parameter1: 'string', parameter2: 'number' });
    const endpoint = byTitle(all, '`POST /api/resource`');
    expect(blocksOf(endpoint, 'code').map((b) => b.label)).toEqual(['Request', 'Response (200 OK)']);
    expect(blocksOf(byTitle(all, 'Migration Strategy'), 'code')[0]).toMatchObject({ label: 'Database Migrations', lang: 'sql' });
  });

  it('reads the data-model table with its columns and rows, and the risk table with its choices', () => {
    const table = blocksOf(byTitle(all, '`table_name`'), 'table')[0]!;
    expect(table.columns.map((c) => c.name)).toEqual(['Column', 'Type', 'Constraints', 'Description']);
    expect(table.rows.map((r) => r[0])).toEqual(['`id`', '`user_id`', '`created_at`']);
    const risks = blocksOf(byTitle(all, 'Risks & Mitigations'), 'table')[0]!;
    expect(risks.columns.map((c) => [c.name, c.options])).toEqual([
      ['Risk', undefined],
      ['Probability', ['Low', 'Med', 'High']],
      ['Impact', ['Low', 'Med', 'High']],
      ['Mitigation', undefined],
    ]);
  });

  it('reads acceptance criteria as checklists and labelled lists as lists', () => {
    const agent = byTitle(all, 'As an Agent');
    expect(agent.blocks.map((b) => [b.kind, b.label])).toEqual([
      ['code', undefined],
      ['checklist', 'Acceptance Criteria'],
    ]);
    const goals = byTitle(all, 'Goals');
    expect(goals.blocks.map((b) => [b.kind, b.label])).toEqual([
      ['prose', 'Primary Goal'],
      ['list', 'Secondary Goals'],
      ['list', 'Non-Goals'],
    ]);
  });

  it('reads the closing `---` with Spec Status and Last Updated as the document footer, typed', () => {
    expect(blocksOf(byTitle(all, 'Open Questions'), 'fields').flatMap((b) => b.fields).map((f) => f.label)).toEqual(['Answers']);
    expect(template.footer.map((b) => b.kind)).toEqual(['rule', 'fields']);
    const footer = template.footer[1];
    expect(footer?.kind === 'fields' && footer.fields.map((f) => [f.label, f.type, f.options])).toEqual([
      ['Spec Status', 'enum', ['Draft', 'Approved', 'Implemented']],
      ['Last Updated', 'date', undefined],
    ]);
  });
});

describe('inference service feature spec', () => {
  const { template, all } = load('inference-service-feature-spec.md');

  it('finds the mandatory contract, configuration, security and operations sections', () => {
    expect(outline(template.sections[0]!.children)).toEqual(SPEC_KIT_STORIES);
    expect(outline(template.sections[1]!.children)).toEqual([
      [3, 'Functional Requirements'],
      [3, 'API Contract & Compatibility', 'mandatory'],
      [3, 'Configuration Source of Truth Impact', 'mandatory'],
      [3, 'Security & Secrets Impact', 'mandatory'],
      [3, 'Observability & Operations', 'mandatory'],
      [3, 'Key Entities', 'conditional', 'feature involves data'],
    ]);
    expect(blocksOf(byTitle(all, 'API Contract & Compatibility'), 'list')[0]!.items).toHaveLength(3);
  });

  it('groups the user stories even without an add-more line', () => {
    expect(template.groups.map((g) => [g.label, g.itemIds.length, g.addHint])).toEqual([['User Story', 3, undefined]]);
  });

  it('lists FR-001..FR-005 and SC-001..SC-004', () => {
    const ids = all.flatMap((s) => blocksOf(s, 'idList')).map((b) => b.items.map((i) => i.id).join(','));
    expect(ids).toEqual(['FR-001,FR-002,FR-003,FR-004,FR-005', 'SC-001,SC-002,SC-003,SC-004']);
  });
});

describe('opportunity solution spec (frontmatter + opportunity tree)', () => {
  const { template, all } = load('opportunity-solution-spec.md');

  it('types the frontmatter: enums from comments, dates, free text with help', () => {
    expect(template.frontmatter?.map((f) => [f.key, f.type, f.options, f.defaultValue])).toEqual([
      ['status', 'enum', ['draft', 'approved', 'implementing', 'done', 'deprecated'], 'draft'],
      ['opportunity', 'text', undefined, undefined],
      ['created', 'date', undefined, undefined],
      ['updated', 'date', undefined, undefined],
      ['estimate', 'text', undefined, 'X days'],
      ['owner', 'enum', ['team', 'engineering', 'product', 'design'], undefined],
    ]);
    expect(template.frontmatter?.[1]?.help).toBe('Slug from VISION.md OST (e.g., "user-onboarding-friction")');
  });

  it('has a title that is all placeholder, and its sections', () => {
    expect(template.title).toMatchObject({ prefix: '', placeholders: [{ text: '[Feature Name]' }] });
    expect(outline(template.sections).map((r) => r[1])).toEqual([
      'Opportunity Context',
      'Problem & Value',
      'Scope Boundaries',
      'System Context (Context-Injection)',
      'Constraints & Guardrails (What NOT to do)',
      'Requirements',
      'Interfaces & Contracts',
      'Edge Cases & Risks',
    ]);
    expect(outline(byTitle(all, 'Requirements').children)).toEqual([
      [3, 'Functional'],
      [3, 'Non-Functional'],
    ]);
    expect(template.groups).toEqual([]);
  });

  it('reads bold-label forms, labelled lists and the python contract blocks', () => {
    expect(blocksOf(byTitle(all, 'Opportunity Context'), 'fields')[0]!.fields.map((f) => f.label)).toEqual(['From OST', 'Hypothesis', 'Success Metric']);
    expect(byTitle(all, 'Scope Boundaries').blocks.map((b) => [b.kind, b.label])).toEqual([
      ['list', 'In Scope'],
      ['list', 'Out of Scope'],
    ]);
    expect(blocksOf(byTitle(all, 'Interfaces & Contracts'), 'code').map((b) => [b.lang, b.label])).toEqual([
      ['python', undefined],
      ['python', 'Data Contracts'],
    ]);
    const risks = byTitle(all, 'Edge Cases & Risks');
    expect(blocksOf(risks, 'fields').map((b) => [b.label, b.fields.length])).toEqual([
      ['Edge Cases to Handle', 5],
      ['Known Risks', 4],
    ]);
  });

  it('does not take `# comments` inside the python code block for headings', () => {
    expect(all.some((s) => /API Endpoints|Database schema/.test(s.title))).toBe(false);
  });
});
