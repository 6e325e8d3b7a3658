import { describe, expect, it } from 'vitest';
import { addGroupItem } from '../draft/group-edits';
import { findDraftSection } from '../draft/section-edits';
import { DraftFiller, freshDraft } from './__fixtures__/draft-filler';
import { brief, expectWellFormed, ofCode } from './__fixtures__/expect-findings';
import { guidedImportSpec } from './__fixtures__/guided-import-spec';
import { ENDPOINT, previewEnvironmentsSpec, REQ1, TABLE, TOOL } from './__fixtures__/preview-environments-spec';
import { AC, DI, FR, runHistorySpec, SC, SE, US1, US2 } from './__fixtures__/run-history-spec';
import { FINDING_CODES } from './finding';
import { findingsBySection } from './findings-by-section';
import { summarizeFindings } from './summarize-findings';
import { validateDraft } from './validate-draft';
import { hasReferenceTemplates, referenceTemplatePath } from '../__fixtures__/reference-templates-dir';


function validate(draft: Parameters<typeof validateDraft>[0]) {
  const findings = validateDraft(draft);
  expectWellFormed(draft, findings);
  return findings;
}

const fill = (draft = runHistorySpec()) => new DraftFiller(draft);

describe('a fresh draft', () => {
  it('of the data-platform template: every mandatory section empty, placeholders left in the text it starts with', () => {
    expect(brief(validate(freshDraft('data-platform-feature-spec.md')))).toEqual([
      'title-empty (document) title',
      'mandatory-empty user-scenarios-testing',
      `placeholder-left ${US1} title`,
      `placeholder-left ${US2} title`,
      'placeholder-left user-scenarios-testing/user-story-3-brief-title-priority-p3 title',
      'placeholder-left user-scenarios-testing/edge-cases item 1',
      'placeholder-left user-scenarios-testing/edge-cases item 2',
      'mandatory-empty requirements',
      `placeholder-left ${FR} FR-001`,
      `placeholder-left ${FR} FR-002`,
      `placeholder-left ${FR} FR-003`,
      `placeholder-left ${FR} FR-004`,
      `placeholder-left ${FR} FR-005`,
      'conditional-empty requirements/key-entities',
      `mandatory-empty ${DI}`,
      `mandatory-empty ${AC}`,
      'mandatory-empty requirements/observability-bi-outputs',
      `mandatory-empty ${SE}`,
      'mandatory-empty success-criteria',
    ]);
  });

  it('names things in plain words', () => {
    const findings = validate(freshDraft('data-platform-feature-spec.md'));
    const messages = findings.map((f) => f.message);
    expect(messages).toContain('The title is empty: it would read "Feature Specification:" and nothing more.');
    expect(messages).toContain('"Security & Environment Scope" is mandatory, but nothing is filled in yet.');
    expect(messages).toContain(
      '"Data Integrity & Invariants" is mandatory for data changes, but nothing is filled in yet. Fill it in, or switch it off if it does not apply.',
    );
    expect(messages).toContain('The heading "User Story 1 - [Brief Title] (Priority: P1)" still has the placeholder [Brief Title].');
    expect(messages).toContain('FR-003 still has the placeholder [support idempotent ingestion with stable dedupe keys] (Functional Requirements).');
    expect(messages).toContain('"Key Entities" is switched on, but nothing is filled in yet. Fill it in, or switch it off if it does not apply (include if feature involves data).');
  });

  it('counts only the template\'s own text as nothing: a mandatory section of default guidance is empty', () => {
    const gitops = freshDraft('gitops-operations-feature-spec.md');
    expect(brief(ofCode(validate(gitops), 'mandatory-empty'))).toContain('mandatory-empty operational-readiness');
    const edited = fill(gitops).fields('operational-readiness#0', { 'gitops-evidence': 'CI job `deploy-diff` posts the `kubectl diff` on every merge request.' }).draft;
    expect(brief(ofCode(validate(edited), 'mandatory-empty'))).not.toContain('mandatory-empty operational-readiness');
  });

  it('of every other template reports only what the template leaves to fill', () => {
    const files = [
      'gitops-operations-feature-spec.md',
      'inference-service-feature-spec.md',
      'opportunity-solution-spec.md',
      'product-feature-spec-api-data-model.md',
      ...(hasReferenceTemplates
        ? ['speckit-spec-template.md', 'speckit-plan-template.md', 'speckit-tasks-template.md', 'rust-rfc-template.md'].map(referenceTemplatePath)
        : []),
    ];
    const expected = new Set(['title-empty', 'mandatory-empty', 'placeholder-left', 'conditional-empty', 'enum-unset', 'template-text']);
    for (const file of files) {
      const findings = validate(freshDraft(file));
      expect(findings.filter((f) => !expected.has(f.code)).map((f) => f.message), file).toEqual([]);
    }
    // The opportunity template's owner is `""` with choices in a comment: unset, worth a warning.
    expect(brief(ofCode(validate(freshDraft('opportunity-solution-spec.md')), 'enum-unset'))).toEqual(['enum-unset (document) owner']);
  });
});

describe('a fully filled draft written as a real team would', () => {
  it.each([
    ['data platform: pipeline run history', runHistorySpec],
    ['product spec with API and data model: PR preview environments', previewEnvironmentsSpec],
    ['opportunity solution spec with frontmatter: guided first import', guidedImportSpec],
  ])('%s has nothing to report', (_name, spec) => {
    expect(validate(spec())).toEqual([]);
  });
});

describe('switched-off sections', () => {
  it('produce nothing, their subsections included', () => {
    const rest = 'api-design/rest-endpoints';
    const broken = fill(previewEnvironmentsSpec())
      .code(`${ENDPOINT}#1`, '{ "repository": "acme/shop", }')
      .list(`${ENDPOINT}#3`, ['`400 Bad Request`: [When this occurs]', 'Retry? [NEEDS CLARIFICATION: who retries]'])
      .heading(ENDPOINT, '`POST /api/[resource]`').draft;
    expect(validate(broken).length).toBeGreaterThanOrEqual(3);
    expect(validate(fill(broken).off(rest).draft)).toEqual([]);
  });

  it('take their IDs, markers and emptiness with them', () => {
    const draft = fill()
      .ids(`${DI}#0`, ['', '', 'FR-001 again [NEEDS CLARIFICATION: a]', '[NEEDS CLARIFICATION: b] [NEEDS CLARIFICATION: c] [NEEDS CLARIFICATION: d]'])
      .edit(`${DI}#0`, 'idList', (v) => ({ ...v, items: v.items.map((i) => ({ ...i, id: 'FR-001' })) })).draft;
    expect(validate(draft).map((f) => f.code)).toEqual(expect.arrayContaining(['id-duplicate', 'clarification-too-many']));
    expect(validate(fill(draft).off(DI).draft)).toEqual([]);
  });

  it('are mandatory only while switched on when a condition makes them so', () => {
    const fresh = freshDraft('data-platform-feature-spec.md');
    const off = fill(fresh).off(DI).off(AC).off('requirements/observability-bi-outputs').off('requirements/key-entities').draft;
    const sections = brief(validate(off));
    expect(sections).not.toContain(`mandatory-empty ${DI}`);
    expect(sections).not.toContain('conditional-empty requirements/key-entities');
    expect(sections).toContain(`mandatory-empty ${SE}`);
  });

  it('leave a mandatory parent empty when all its subsections are off', () => {
    const draft = fill()
      .off('success-criteria/measurable-outcomes').draft;
    const finding = validate(draft).find((f) => f.code === 'mandatory-empty');
    expect(finding).toMatchObject({ sectionId: 'success-criteria', message: '"Success Criteria" is mandatory, but all its subsections are switched off.' });
  });
});

describe('placeholder-left', () => {
  it('reports one finding per value, naming every placeholder in it', () => {
    const draft = fill().ids(`${FR}#0`, ['System MUST [do something] for [someone] within <timeout>.', 'System MUST keep runs.']).draft;
    const [finding] = ofCode(validate(draft), 'placeholder-left');
    expect(finding).toMatchObject({
      severity: 'error',
      sectionId: FR,
      blockId: `${FR}#0`,
      field: 'FR-001',
      message: 'FR-001 still has 3 placeholders: [do something], [someone] and <timeout> (Functional Requirements).',
    });
  });

  it('covers the title, metadata, frontmatter, code and the headings of group items, and reports nothing else about such a value', () => {
    let draft = fill().title('Run history for [TEAM]').metadata({ created: '[DATE]', 'feature-branch': '`[###-feature-name]`' }).draft;
    draft = addGroupItem(draft, `${US1}~group`, new Date('2026-11-21T00:00:00Z')).draft;
    const findings = ofCode(validate(draft), 'placeholder-left');
    expect(brief(findings)).toEqual([
      'placeholder-left (document) title',
      'placeholder-left (document) feature-branch',
      'placeholder-left (document) created',
      `placeholder-left ${US1}@4 title`,
    ]);
    expect(findings[3]!.message).toBe('The heading "User Story 4 - [Brief Title] (Priority: P4)" still has the placeholder [Brief Title].');
    expect(validate(draft).some((f) => f.code === 'date-invalid')).toBe(false); // [DATE] is a blank, not a bad date

    const opportunity = fill(guidedImportSpec()).frontmatter({ updated: 'YYYY-MM-DD' }).draft;
    expect(brief(validate(opportunity))).toEqual(['placeholder-left (document) updated']);

  });

  it.skipIf(!hasReferenceTemplates)('names the placeholders left in a code block (spec-kit plan)', () => {
    const plan = freshDraft(referenceTemplatePath('speckit-plan-template.md'));
    const code = validate(plan).find((f) => f.blockId === 'project-structure/source-code-repository-root#0');
    // 5 since `,` inside brackets may be prose: `[platform-specific structure: feature modules, UI flows, platform tests]`.
    expect(code?.message).toMatch(/^The code block still has 5 placeholders: \[REMOVE IF UNUSED\]/);
  });

  it('leaves alone what only looks like a placeholder: code spans, links, task tags, checkboxes', () => {
    const draft = fill()
      .ids(`${AC}#0`, [
        '`GET /api/pipelines/{id}/runs?status=<status>` lists runs; see [the API guide](https://example.com/api).',
        'Tasks tagged [P] and [US1] may run in parallel.',
        'The response type is `Array<Run>`.',
        'Follows the schema in `contracts/runs.json`.',
      ]).draft;
    expect(validate(draft)).toEqual([]);
  });
});

describe('NEEDS CLARIFICATION markers', () => {
  const marked = (count: number) =>
    fill().ids(
      `${FR}#0`,
      Array.from({ length: 5 }, (_, k) => (k < count ? `System MUST retain runs for [NEEDS CLARIFICATION: retention period ${k + 1}?]` : `System MUST keep run ${k + 1}.`)),
    ).draft;

  it('are not placeholders: up to 3 are one warning each, with the question', () => {
    const findings = validate(marked(3));
    expect(brief(findings)).toEqual([`clarification-present ${FR} FR-001`, `clarification-present ${FR} FR-002`, `clarification-present ${FR} FR-003`]);
    expect(findings[0]).toMatchObject({ severity: 'warning', message: 'FR-001 needs clarification: "retention period 1?" (Functional Requirements).' });
  });

  it('more than 3 are an error for the document that says where they are, and each keeps its warning', () => {
    const findings = validate(marked(4));
    expect(brief(findings)).toEqual([
      'clarification-too-many (document)',
      `clarification-present ${FR} FR-001`,
      `clarification-present ${FR} FR-002`,
      `clarification-present ${FR} FR-003`,
      `clarification-present ${FR} FR-004`,
    ]);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      message:
        '4 questions are marked NEEDS CLARIFICATION, more than the 3 a spec may leave open: FR-001 (Functional Requirements); FR-002 (Functional Requirements); FR-003 (Functional Requirements); FR-004 (Functional Requirements). Answer at least 1 of them.',
    });
  });

  it('are counted across the whole draft, in any kind of value', () => {
    const draft = fill()
      .title('Run history [NEEDS CLARIFICATION: final name?]')
      .scenarios(`${US2}#2`, [['a stored run', 'the same event arrives again', 'the API answers [NEEDS CLARIFICATION: 200 or 409?]']])
      .fields(`${US1}#1`, { 'why-this-priority': 'Most requested in Q3 [NEEDS CLARIFICATION: confirm with support]' })
      .ids(`${SC}#0`, ['Run history answers at p95 < 250 ms [NEEDS CLARIFICATION: for which dataset?]']).draft;
    const findings = validate(draft);
    expect(ofCode(findings, 'clarification-too-many')).toHaveLength(1);
    expect(brief(ofCode(findings, 'clarification-present'))).toEqual([
      'clarification-present (document) title',
      `clarification-present ${US1} why-this-priority`,
      `clarification-present ${US2} Scenario 1`,
      `clarification-present ${SC} SC-001`,
    ]);
  });
});

describe('field values', () => {
  const product = () => fill(previewEnvironmentsSpec());

  it('enum-invalid: a value outside the choices, in metadata, field blocks and the footer', () => {
    const draft = product()
      .metadata({ status: 'Done' })
      .fields(`${REQ1}#0`, { priority: 'Must' })
      .edit('@footer#1', 'fields', (v) => ({ ...v, values: { ...v.values, 'spec-status': 'approved' } })).draft;
    const findings = ofCode(validate(draft), 'enum-invalid');
    expect(findings.map((f) => [f.sectionId, f.blockId, f.field, f.message])).toEqual([
      [null, undefined, 'status', 'Status is "Done", which is not one of its choices: Draft, Review, Approved or Implemented.'],
      [null, '@footer#1', 'spec-status', 'Spec Status is "approved"; write it "Approved".'],
      [REQ1, `${REQ1}#0`, 'priority', 'Priority is "Must", which is not one of its choices: Must Have, Should Have or Nice to Have (Requirement 1: Create a preview for a pull request).'],
    ]);
  });

  it('enum-unset: an empty choice is a warning in frontmatter and metadata only', () => {
    const draft = product().metadata({ status: '' }).fields(`${REQ1}#0`, { priority: '' }).draft;
    expect(brief(validate(draft))).toEqual(['enum-unset (document) status']);
    expect(brief(validate(fill(guidedImportSpec()).frontmatter({ owner: '' }).draft))).toEqual(['enum-unset (document) owner']);
  });

  it('date-invalid: not YYYY-MM-DD, or not a day on the calendar', () => {
    const draft = product()
      .metadata({ date: '2026-02-30' })
      .edit('@footer#1', 'fields', (v) => ({ ...v, values: { ...v.values, 'last-updated': '21/11/2026' } })).draft;
    const findings = ofCode(validate(draft), 'date-invalid');
    expect(findings.map((f) => f.message)).toEqual([
      'Date is 2026-02-30, which is not a real date.',
      'Last Updated is "21/11/2026", which is not a date written YYYY-MM-DD, such as 2026-03-14.',
    ]);
    expect(validate(product().metadata({ date: '2028-02-29' }).draft)).toEqual([]);
    expect(validate(fill(guidedImportSpec()).frontmatter({ created: '"2026-11-02"' }).draft)).toEqual([]); // YAML quotes
    expect(validate(fill(guidedImportSpec()).frontmatter({ created: '2026-13-01' }).draft).map((f) => f.code)).toEqual(['date-invalid']);
  });

  it('version-invalid: not X.Y.Z', () => {
    for (const bad of ['v1.2.0', '1.2', '1.2.0.4', 'latest']) {
      expect(brief(validate(product().metadata({ version: bad }).draft)), bad).toEqual(['version-invalid (document) version']);
    }
    for (const good of ['1.2.0', '0.0.1', '2.0.0-rc.1', '1.0.0+build.7']) expect(validate(product().metadata({ version: good }).draft), good).toEqual([]);
  });
});

describe('requirement IDs', () => {
  it('id-duplicate: the same ID twice in one list', () => {
    const draft = fill()
      .edit(`${FR}#0`, 'idList', (v) => ({ ...v, items: v.items.map((i) => (i.id === 'FR-004' ? { ...i, id: 'FR-003' } : i)) })).draft;
    const findings = validate(draft);
    expect(ofCode(findings, 'id-duplicate')).toEqual([
      { severity: 'error', code: 'id-duplicate', message: 'FR-003 is used twice (Functional Requirements).', sectionId: FR, blockId: `${FR}#0`, field: 'FR-003' },
    ]);
    // FR-001, FR-002, FR-003, FR-003, FR-005: the repeat is the duplicate's to report; the gap it leaves is not.
    expect(ofCode(findings, 'id-sequence').map((f) => f.message)).toEqual(['FR-005 follows FR-003: FR-004 is missing (Functional Requirements).']);
  });

  it('id-duplicate: the same ID in two lists, reported where it is repeated', () => {
    const draft = fill()
      .edit(`${SE}#0`, 'idList', (v) => ({ ...v, items: [...v.items, { id: 'fr-002', text: 'Secrets rotate every 90 days.' }] })).draft;
    const [duplicate] = ofCode(validate(draft), 'id-duplicate');
    expect(duplicate).toMatchObject({ sectionId: SE, field: 'fr-002', message: 'fr-002 is used twice (Functional Requirements and Security & Environment Scope).' });
  });

  it('id-sequence: gaps, IDs going down, and IDs of another list', () => {
    const draft = fill()
      .edit(`${FR}#0`, 'idList', (v) => ({
        ...v,
        items: ['FR-001', 'FR-004', 'FR-003', 'SC-009', 'FR-005', 'FR-009'].map((id, k) => ({ id, text: v.items[k % 5]!.text })),
      })).draft;
    expect(ofCode(validate(draft), 'id-sequence').map((f) => [f.field, f.message])).toEqual([
      // FR-002 is missing, but FR-003 is not: the order is what is wrong, said once
      ['FR-003', 'FR-003 comes after FR-004: IDs should go up in order (Functional Requirements).'],
      ['SC-009', 'SC-009 does not follow the numbering of this list like FR-005 (Functional Requirements).'],
      ['FR-009', 'FR-009 follows FR-005: FR-006 to FR-008 are missing (Functional Requirements).'],
    ]);
  });

  it.skipIf(!hasReferenceTemplates)('lists may start anywhere: spec-kit tasks continue T003 with T004', () => {
    const tasks = validate(freshDraft(referenceTemplatePath('speckit-tasks-template.md')));
    expect(ofCode(tasks, 'id-sequence')).toEqual([]);
    expect(ofCode(tasks, 'id-duplicate')).toEqual([]);
  });
});

describe('scenario-form', () => {
  it('wants Given, When and Then in each scenario', () => {
    const draft = fill()
      .scenarios(`${US1}#2`, [
        ['a pipeline with two runs', '', 'both runs are listed'],
        ['', '', ''],
      ]).draft;
    expect(ofCode(validate(draft), 'scenario-form').map((f) => [f.field, f.message])).toEqual([
      ['Scenario 1', 'Scenario 1 has no When text (User Story 1 - See the full run history of a pipeline (Priority: P1)).'],
      ['Scenario 2', 'Scenario 2 is empty: write its Given, When and Then, or remove it (User Story 1 - See the full run history of a pipeline (Priority: P1)).'],
    ]);
  });

  it('says nothing of empty scenarios in a story not started yet (its title says that)', () => {
    const fresh = validate(freshDraft('data-platform-feature-spec.md'));
    expect(ofCode(fresh, 'scenario-form')).toEqual([]);
  });
});

describe('tables and code', () => {
  it('table-row-cells: a row narrower or wider than the table', () => {
    const draft = fill(previewEnvironmentsSpec())
      .table(`${TABLE}#0`, [
        ['`id`', 'UUID', 'PRIMARY KEY', 'Preview identifier'],
        ['`status`', 'TEXT', 'NOT NULL'],
        ['`x`', 'TEXT', 'NULL', 'Spare', 'extra'],
      ]).draft;
    expect(ofCode(validate(draft), 'table-row-cells').map((f) => [f.field, f.message])).toEqual([
      ['row 2', 'Row 2 has 3 cells but the table has 4 columns (previews).'],
      ['row 3', 'Row 3 has 5 cells but the table has 4 columns (previews).'],
    ]);
  });

  it('json-invalid: JSON code that does not parse, with where and why', () => {
    const draft = fill(previewEnvironmentsSpec()).code(`${TOOL}#1`, '{\n  "repository": "acme/shop",\n}').draft;
    expect(ofCode(validate(draft), 'json-invalid')).toEqual([
      {
        severity: 'error',
        code: 'json-invalid',
        message: "Input Schema is not valid JSON: Unexpected '}': no trailing comma allowed at line 3, column 1 (Tool: create_preview).",
        sectionId: TOOL,
        blockId: `${TOOL}#1`,
      },
    ]);
  });

  it('checks json only: other languages, and empty code, are left alone', () => {
    const other = fill(previewEnvironmentsSpec()).edit(`${TOOL}#1`, 'code', (v) => ({ ...v, lang: 'jsonc', code: '{ // comment\n "a": 1, }' })).draft;
    expect(validate(other)).toEqual([]);
    const upper = fill(previewEnvironmentsSpec()).edit(`${TOOL}#1`, 'code', (v) => ({ ...v, lang: ' JSON ', code: '{ a: 1 }' })).draft;
    expect(ofCode(validate(upper), 'json-invalid')).toHaveLength(1);
  });
});

describe('vague-criterion', () => {
  it('flags vague words without a measure in success criteria, naming the words', () => {
    const draft = fill().ids(`${SC}#0`, ['The run history page is fast.', 'Search is fast and intuitive for analysts.', 'The endpoint answers at p95 < 250 ms.', 'Import is fast: under 2 minutes for 1 GB.']).draft;
    expect(ofCode(validate(draft), 'vague-criterion').map((f) => [f.field, f.message])).toEqual([
      ['SC-001', 'SC-001 says "fast" without a measure: add a number, such as a time, a percentage or a count (Measurable Outcomes).'],
      ['SC-002', 'SC-002 says "fast" and "intuitive" without a measure: add a number, such as a time, a percentage or a count (Measurable Outcomes).'],
    ]);
  });

  it('is about success criteria only: the same words in requirements pass', () => {
    const draft = fill().ids(`${FR}#0`, ['System MUST give analysts a fast, intuitive and secure run history.']).draft;
    expect(validate(draft)).toEqual([]);
  });

  it('finds criteria by block label and field label too', () => {
    const product = fill(previewEnvironmentsSpec()).list('success-metrics#1', ['Reviewers find previews easy to use.']).draft;
    expect(brief(validate(product))).toEqual(['vague-criterion success-metrics item 1']);
    const opportunity = fill(guidedImportSpec()).fields('opportunity-context#0', { 'success-metric': 'Importing feels seamless.' }).draft;
    expect(brief(validate(opportunity))).toEqual(['vague-criterion opportunity-context success-metric']);
  });
});

describe('findingsBySection and summarizeFindings', () => {
  it('group in the order given and count errors and warnings', () => {
    const findings = validate(freshDraft('data-platform-feature-spec.md'));
    const groups = findingsBySection(findings);
    expect([...groups.keys()].slice(0, 3)).toEqual([null, 'user-scenarios-testing', US1]);
    expect([...groups.values()].flat()).toEqual(findings);
    expect(summarizeFindings(findings)).toEqual({ errors: 18, warnings: 1 });
    expect(summarizeFindings([])).toEqual({ errors: 0, warnings: 0 });
  });
});

describe('the code list', () => {
  it('is stable kebab-case, and every rule is exercised above', () => {
    for (const code of FINDING_CODES) expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(new Set(FINDING_CODES).size).toBe(FINDING_CODES.length);
  });

  it('a draft section that the template does not have is checked for its values only', () => {
    const draft = runHistorySpec();
    const extra = { id: 'notes', templateSectionId: null, level: 2, title: 'Notes', enabled: true, blocks: [{ kind: 'prose' as const, blockId: 'notes#0', markdown: 'See [TICKET].' }], children: [] };
    const findings = validate({ ...draft, sections: [...draft.sections, extra] });
    expect(brief(findings)).toEqual(['placeholder-left notes']);
    expect(findDraftSection(draft.sections, 'notes')).toBeUndefined();
  });
});
