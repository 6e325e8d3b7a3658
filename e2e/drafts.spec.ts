import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { EditorPage, LibraryPage, expect, test } from './fixtures';

const dataPlatform = 'Data platform feature spec';
const gitops = 'GitOps operations feature spec';
const inference = 'Inference service feature spec';
const opportunity = 'Opportunity solution spec';
const product = 'Product feature spec with API and data model';

/** A spec-kit user story's heading as the template has it. */
const story = (n: number, priority: number) => `User Story ${n} - [Brief Title] (Priority: P${priority})`;

/**
 * One built-in template: `fill` edits a field of every kind the template has,
 * `check` asserts all of it after a reload, so from IndexedDB.
 */
type TemplateCase = {
  template: string;
  fill: (editor: EditorPage) => Promise<void>;
  check: (editor: EditorPage) => Promise<void>;
};

const dataPlatformCase: TemplateCase = {
  template: dataPlatform,
  async fill(e) {
    await e.titleInput.fill('Ingestion run history');
    await expect(e.title('Ingestion run history')).toBeVisible();
    await e.fill('Feature Branch', '042-run-history', e.documentFields);
    await e.fill('Created', '2025-03-14', e.documentFields);
    await e.fill('Status', 'In review', e.documentFields);

    const first = e.section(story(1, 1));
    await e.writeProse(e.prose(story(1, 1), first), ['Operators ', { bold: 'must' }, ' see every pipeline run.'], 'toolbar');
    await e.fill('Why this priority', 'Run history is what the product is for.', first);
    await e.fill('Scenario 1 Given', 'a pipeline with two runs', first);
    await e.fill('Scenario 1 When', 'the operator opens its history', first);
    await e.fill('Scenario 1 Then', 'both runs are listed, newest first', first);
    await first.getByRole('button', { name: 'Add scenario' }).click();
    await expect(e.field('Scenario 3 Given', first)).toBeFocused();
    await e.fill('Scenario 3 Given', 'a run that failed', first);
    await e.fill('Heading', 'User Story 1 - Operator sees every run (Priority: P1)', first);
    await expect(e.section('User Story 1 - Operator sees every run (Priority: P1)')).toBeVisible();

    // Removing a story renumbers the ones after it; the notice offers Undo.
    await e.removeSectionButton(story(2, 2)).click();
    await expect(e.undoNotice).toContainText(`Removed ${story(2, 2)}`);
    await expect(e.section(story(2, 3))).toBeVisible();
    await e.addGroupItemButton('user story').click();
    const added = e.section(story(3, 1));
    await expect(added.getByRole('heading', { name: story(3, 1) })).toBeFocused();
    await e.fill('Why this priority', 'An added story keeps its text.', added);
    await expect(e.outlineLink(story(3, 1))).toBeVisible();
    await expect(e.outlineLink(story(2, 2))).toHaveCount(0);

    const edgeCases = e.section('Edge Cases');
    await e.fill('Item 1', 'What happens when a run is reported twice?', edgeCases);

    const functional = e.section('Functional Requirements');
    await e.fill('FR-001', 'System MUST store every run as an event.', functional);
    await functional.getByRole('button', { name: 'Add FR', exact: true }).click();
    await expect(e.field('FR-006', functional)).toBeFocused();
    await e.fill('FR-006', 'System MUST keep runs for 400 days.', functional);
    await functional.getByRole('button', { name: 'Remove FR-002', exact: true }).click();
    await expect(e.undoNotice).toContainText('Removed FR-002');
    await expect(e.field('FR-005', functional)).toHaveValue('System MUST keep runs for 400 days.');
    await expect(e.field('FR-006', functional)).toHaveCount(0);

    const entities = e.section('Key Entities');
    await expect(e.includeSwitch(entities)).toBeChecked();
    await e.fill('Term 1', 'Pipeline run', entities);
    await e.fill('Term 1 description', 'One execution of a pipeline, with its events.', entities);
    await e.includeSwitch(e.section('Observability & BI Outputs')).uncheck();
    await e.fill('DI-001', 'pipeline_id + external_run_id is unique.', e.section('Data Integrity & Invariants'));
    await e.fill('SC-001', 'Re-ingesting a day creates 0 duplicate runs.', e.section('Measurable Outcomes'));
  },
  async check(e) {
    await expect(e.title('Ingestion run history')).toBeVisible();
    await expect(e.titleInput).toHaveValue('Ingestion run history');
    await expect(e.field('Feature Branch', e.documentFields)).toHaveValue('042-run-history');
    await expect(e.field('Created', e.documentFields)).toHaveValue('2025-03-14');
    await expect(e.field('Status', e.documentFields)).toHaveValue('In review');

    const first = e.section('User Story 1 - Operator sees every run (Priority: P1)');
    const prose = e.prose('User Story 1 - Operator sees every run (Priority: P1)', first);
    await expect(prose).toHaveText('Operators must see every pipeline run.');
    await expect(prose.locator('strong')).toHaveText('must');
    await expect(e.field('Why this priority', first)).toHaveValue('Run history is what the product is for.');
    await expect(e.field('Scenario 1 Given', first)).toHaveValue('a pipeline with two runs');
    await expect(e.field('Scenario 1 When', first)).toHaveValue('the operator opens its history');
    await expect(e.field('Scenario 1 Then', first)).toHaveValue('both runs are listed, newest first');
    await expect(e.field('Scenario 3 Given', first)).toHaveValue('a run that failed');

    await expect(e.section(story(2, 2))).toHaveCount(0);
    await expect(e.section(story(2, 3))).toBeVisible();
    await expect(e.field('Why this priority', e.section(story(3, 1)))).toHaveValue('An added story keeps its text.');
    await expect(e.section('User Scenarios & Testing').getByRole('heading', { level: 3, name: /^User Story \d/ })).toHaveCount(3);

    await expect(e.field('Item 1', e.section('Edge Cases'))).toHaveValue('What happens when a run is reported twice?');

    const functional = e.section('Functional Requirements');
    await expect(e.field('FR-001', functional)).toHaveValue('System MUST store every run as an event.');
    await expect(e.field('FR-002', functional)).toHaveValue('System MUST [support idempotent ingestion with stable dedupe keys]');
    await expect(e.field('FR-005', functional)).toHaveValue('System MUST keep runs for 400 days.');
    await expect(e.field('FR-006', functional)).toHaveCount(0);

    const entities = e.section('Key Entities');
    await expect(e.field('Term 1', entities)).toHaveValue('Pipeline run');
    await expect(e.field('Term 1 description', entities)).toHaveValue('One execution of a pipeline, with its events.');
    const observability = e.section('Observability & BI Outputs');
    await expect(e.includeSwitch(observability)).not.toBeChecked();
    await expect(observability.getByText('Switched off')).toBeVisible();
    await expect(e.field('DI-001', e.section('Data Integrity & Invariants'))).toHaveValue('pipeline_id + external_run_id is unique.');
    await expect(e.field('SC-001', e.section('Measurable Outcomes'))).toHaveValue('Re-ingesting a day creates 0 duplicate runs.');
  },
};

const gitopsCase: TemplateCase = {
  template: gitops,
  async fill(e) {
    await e.titleInput.fill('Node rebuild automation');
    await e.fill('Feature Branch', '012-node-rebuild', e.documentFields);
    await e.fill('Created', '2025-06-30', e.documentFields);
    await e.fill('Input', 'Rebuild a node from blank media', e.documentFields);

    const first = e.section(story(1, 1));
    await e.writeProse(e.prose(story(1, 1), first), ['Rebuild a node ', { bold: 'without' }, ' manual steps.'], 'shortcut');
    await e.fill('Independent Test', 'Wipe a node and watch it rejoin the cluster.', first);
    await e.fill('Scenario 2 When', 'the node is wiped', first);

    // Undo puts a removed story back where it was, with its number.
    await e.removeSectionButton(story(3, 3)).click();
    await expect(e.undoNotice).toContainText(`Removed ${story(3, 3)}`);
    await expect(e.section(story(3, 3))).toHaveCount(0);
    await e.undoButton.click();
    await expect(e.section(story(3, 3))).toBeVisible();
    await expect(e.undoNotice).toHaveCount(0);
    await e.fill('Why this priority', 'Story 3 came back with Undo.', e.section(story(3, 3)));

    await e.addGroupItemButton('user story').click();
    await e.fill('Why this priority', 'The fourth story.', e.section(story(4, 1)));

    const edgeCases = e.section('Edge Cases');
    await edgeCases.getByRole('button', { name: 'Add item', exact: true }).click();
    await expect(e.field('Item 4', edgeCases)).toBeFocused();
    await e.fill('Item 4', 'The Git server is unreachable during a rebuild.', edgeCases);

    const functional = e.section('Functional Requirements');
    await e.fill('FR-001', 'Automation MUST open a pull request for every cluster change.', functional);
    await functional.getByRole('button', { name: 'Add FR', exact: true }).click();
    await expect(e.field('FR-007', functional)).toBeFocused();
    await e.fill('FR-007', 'Rebuilds MUST be logged with the commit they applied.', functional);
    await functional.getByRole('button', { name: 'Remove FR-003', exact: true }).click();
    await expect(e.undoNotice).toContainText('Removed FR-003');

    await e.fill('Term 2', 'Node', e.section('Key Entities'));
    await e.fill('GitOps Evidence', 'CI job "diff" output attached to each pull request.', e.section('Operational Readiness'));
    await e.fill('SC-002', 'A node is rebuilt in under 60 minutes.', e.section('Measurable Outcomes'));
  },
  async check(e) {
    await expect(e.title('Node rebuild automation')).toBeVisible();
    await expect(e.field('Feature Branch', e.documentFields)).toHaveValue('012-node-rebuild');
    await expect(e.field('Created', e.documentFields)).toHaveValue('2025-06-30');
    await expect(e.field('Input', e.documentFields)).toHaveValue('Rebuild a node from blank media');

    const first = e.section(story(1, 1));
    await expect(e.prose(story(1, 1), first)).toHaveText('Rebuild a node without manual steps.');
    await expect(e.prose(story(1, 1), first).locator('strong')).toHaveText('without');
    await expect(e.field('Independent Test', first)).toHaveValue('Wipe a node and watch it rejoin the cluster.');
    await expect(e.field('Scenario 2 When', first)).toHaveValue('the node is wiped');
    await expect(e.field('Why this priority', e.section(story(3, 3)))).toHaveValue('Story 3 came back with Undo.');
    await expect(e.field('Why this priority', e.section(story(4, 1)))).toHaveValue('The fourth story.');

    await expect(e.field('Item 4', e.section('Edge Cases'))).toHaveValue('The Git server is unreachable during a rebuild.');

    const functional = e.section('Functional Requirements');
    await expect(e.field('FR-001', functional)).toHaveValue('Automation MUST open a pull request for every cluster change.');
    await expect(e.field('FR-003', functional)).toHaveValue('Monitoring MUST emit alerts for workload and node health aligned with observability principle.');
    await expect(e.field('FR-006', functional)).toHaveValue('Rebuilds MUST be logged with the commit they applied.');
    await expect(e.field('FR-007', functional)).toHaveCount(0);
    await expect(functional.getByText('Workloads MUST ship arm64 images')).toHaveCount(0);

    await expect(e.field('Term 2', e.section('Key Entities'))).toHaveValue('Node');
    await expect(e.field('GitOps Evidence', e.section('Operational Readiness'))).toHaveValue('CI job "diff" output attached to each pull request.');
    await expect(e.field('SC-002', e.section('Measurable Outcomes'))).toHaveValue('A node is rebuilt in under 60 minutes.');
  },
};

const inferenceCase: TemplateCase = {
  template: inference,
  async fill(e) {
    await e.titleInput.fill('Streaming completions');
    await e.fill('Feature Branch', '007-streaming', e.documentFields);
    await e.fill('Created', '2025-09-01', e.documentFields);

    // Removing the first story renumbers the others: story 2 becomes story 1, keeping its priority.
    await e.removeSectionButton(story(1, 1)).click();
    await expect(e.undoNotice).toContainText(`Removed ${story(1, 1)}`);
    await e.addGroupItemButton('user story').click();
    await expect(e.section(story(3, 1))).toBeVisible();

    const formerSecond = e.section(story(1, 2));
    await e.writeProse(e.prose(story(1, 2), formerSecond), ['Clients ', { bold: 'stream' }, ' tokens as they are generated.'], 'toolbar');
    await e.fill('Scenario 1 Then', 'the first token arrives within 300 ms', formerSecond);
    await formerSecond.getByRole('button', { name: 'Add scenario' }).click();
    await e.fill('Scenario 2 Given', 'a client that disconnects', formerSecond);
    await e.fill('Independent Test', 'Added story, kept.', e.section(story(3, 1)));

    const functional = e.section('Functional Requirements');
    await e.fill('FR-003', 'Users MUST be able to cancel a running completion.', functional);
    await functional.getByRole('button', { name: 'Add FR', exact: true }).click();
    await expect(e.field('FR-006', functional)).toBeFocused();
    await e.fill('FR-006', 'System MUST stream over server-sent events.', functional);
    await functional.getByRole('button', { name: 'Remove FR-004', exact: true }).click();
    await expect(e.undoNotice).toContainText('Removed FR-004');

    await e.fill('Item 2', 'Map /v1/completions to backend/app.py and the chat view.', e.section('API Contract & Compatibility'));
    const secrets = e.section('Security & Secrets Impact');
    await secrets.getByRole('button', { name: 'Remove item 3', exact: true }).click();
    await expect(e.undoNotice).toContainText('Removed an item');
    await e.fill('Term 1', 'Completion stream', e.section('Key Entities'));
    await e.fill('SC-001', 'p95 time to first token under 300 ms.', e.section('Measurable Outcomes'));
  },
  async check(e) {
    await expect(e.title('Streaming completions')).toBeVisible();
    await expect(e.field('Feature Branch', e.documentFields)).toHaveValue('007-streaming');
    await expect(e.field('Created', e.documentFields)).toHaveValue('2025-09-01');

    await expect(e.section(story(1, 1))).toHaveCount(0);
    const formerSecond = e.section(story(1, 2));
    await expect(e.prose(story(1, 2), formerSecond)).toHaveText('Clients stream tokens as they are generated.');
    await expect(e.prose(story(1, 2), formerSecond).locator('strong')).toHaveText('stream');
    await expect(e.field('Scenario 1 Then', formerSecond)).toHaveValue('the first token arrives within 300 ms');
    await expect(e.field('Scenario 2 Given', formerSecond)).toHaveValue('a client that disconnects');
    await expect(e.section(story(2, 3))).toBeVisible();
    await expect(e.field('Independent Test', e.section(story(3, 1)))).toHaveValue('Added story, kept.');

    const functional = e.section('Functional Requirements');
    await expect(e.field('FR-003', functional)).toHaveValue('Users MUST be able to cancel a running completion.');
    await expect(e.field('FR-004', functional)).toHaveValue('System MUST return actionable error details for failed operations.');
    await expect(e.field('FR-005', functional)).toHaveValue('System MUST stream over server-sent events.');
    await expect(e.field('FR-006', functional)).toHaveCount(0);

    await expect(e.field('Item 2', e.section('API Contract & Compatibility'))).toHaveValue('Map /v1/completions to backend/app.py and the chat view.');
    const secrets = e.section('Security & Secrets Impact');
    await expect(e.field('Item 3', secrets)).toHaveCount(0);
    await expect(e.field('Item 2', secrets)).toHaveValue('State whether CORS policy or allowed origins change.');
    await expect(e.field('Term 1', e.section('Key Entities'))).toHaveValue('Completion stream');
    await expect(e.field('SC-001', e.section('Measurable Outcomes'))).toHaveValue('p95 time to first token under 300 ms.');
  },
};

const pythonContract = 'def create_resource(field1: str, field2: int) -> dict:\n    """POST /api/v1/resource"""\n    ...';

const opportunityCase: TemplateCase = {
  template: opportunity,
  async fill(e) {
    await e.titleInput.fill('Guided onboarding');
    const frontmatter = e.group('Frontmatter', e.documentFields);
    await e.field('status', frontmatter).selectOption('approved');
    await e.fill('opportunity', 'user-onboarding-friction', frontmatter);
    await e.fill('created', '2025-02-03', frontmatter);
    await e.fill('estimate', '5 days', frontmatter);
    await e.field('owner', frontmatter).selectOption('engineering');

    const context = e.section('Opportunity Context');
    await e.fill('From OST', 'Onboarding friction', context);
    await e.fill('Hypothesis', 'A checklist halves the time to a first spec.', context);
    await e.fill('Who', 'New workspace admins', e.section('Problem & Value'));

    const inScope = e.group('In Scope');
    await e.fill('Item 1', 'A first-run checklist', inScope);
    await inScope.getByRole('button', { name: 'Add item', exact: true }).click();
    await expect(e.field('Item 4', inScope)).toBeFocused();
    await e.fill('Item 4', 'Sample spec to start from', inScope);

    // Undo a removed list item, then remove another one for good.
    const outOfScope = e.group('Out of Scope');
    await outOfScope.getByRole('button', { name: 'Remove item 2', exact: true }).click();
    await expect(e.undoNotice).toContainText('Removed an item');
    await expect(e.field('Item 3', outOfScope)).toHaveCount(0);
    await e.undoButton.click();
    await expect(e.field('Item 2', outOfScope)).toHaveValue('Feature Y (reason: not aligned with core goal)');
    await outOfScope.getByRole('button', { name: 'Remove item 3', exact: true }).click();
    await expect(e.undoNotice).toContainText('Removed an item');

    await e.fill('Item 1', 'A user can skip the checklist', e.section('Functional'));
    const contracts = e.section('Interfaces & Contracts');
    await e.fill('Code (python)', pythonContract, contracts);
    await e.fill('Data Contracts code', 'Table: onboarding_step\n  id: INTEGER PRIMARY KEY', contracts);
    await e.fill('Empty/null inputs', 'An empty checklist shows the sample spec.', e.group('Edge Cases to Handle'));
  },
  async check(e) {
    await expect(e.title('Guided onboarding')).toBeVisible();
    const frontmatter = e.group('Frontmatter', e.documentFields);
    await expect(e.field('status', frontmatter)).toHaveValue('approved');
    await expect(e.field('opportunity', frontmatter)).toHaveValue('user-onboarding-friction');
    await expect(e.field('created', frontmatter)).toHaveValue('2025-02-03');
    await expect(e.field('estimate', frontmatter)).toHaveValue('5 days');
    await expect(e.field('owner', frontmatter)).toHaveValue('engineering');

    const context = e.section('Opportunity Context');
    await expect(e.field('From OST', context)).toHaveValue('Onboarding friction');
    await expect(e.field('Hypothesis', context)).toHaveValue('A checklist halves the time to a first spec.');
    await expect(e.field('Who', e.section('Problem & Value'))).toHaveValue('New workspace admins');

    const inScope = e.group('In Scope');
    await expect(e.field('Item 1', inScope)).toHaveValue('A first-run checklist');
    await expect(e.field('Item 4', inScope)).toHaveValue('Sample spec to start from');
    const outOfScope = e.group('Out of Scope');
    await expect(outOfScope.getByRole('textbox')).toHaveCount(2);
    await expect(e.field('Item 2', outOfScope)).toHaveValue('Feature Y (reason: not aligned with core goal)');

    await expect(e.field('Item 1', e.section('Functional'))).toHaveValue('A user can skip the checklist');
    const contracts = e.section('Interfaces & Contracts');
    await expect(e.field('Code (python)', contracts)).toHaveValue(pythonContract);
    await expect(e.field('Language', e.group('Data Contracts'))).toHaveValue('python');
    await expect(e.field('Data Contracts code', contracts)).toHaveValue('Table: onboarding_step\n  id: INTEGER PRIMARY KEY');
    await expect(e.field('Empty/null inputs', e.group('Edge Cases to Handle'))).toHaveValue('An empty checklist shows the sample spec.');
  },
};

const inputSchema = '{\n  "repository": "string",\n  "pull_request": "number"\n}';

const productCase: TemplateCase = {
  template: product,
  async fill(e) {
    await e.titleInput.fill('Preview environments');
    const doc = e.documentFields;
    await e.fill('Date', '2025-01-08', doc);
    await e.fill('Author', 'Dana Ortiz', doc);
    await e.field('Status', doc).selectOption('Review');
    await e.fill('Version', '1.4.0', doc);

    const problem = e.section('Problem Statement');
    await e.writeProse(e.prose('Problem Statement', problem), ['Reviewers ', { bold: 'cannot' }, ' try a pull request before merging.'], 'toolbar');
    await e.fill('User Impact', 'Every reviewer, on every pull request.', problem);
    const goals = e.section('Goals');
    await e.writeProse(e.prose('Primary Goal', goals), ['Every pull request gets a ', { bold: 'live' }, ' preview.'], 'shortcut');
    await e.fill('Item 1', 'Fewer broken merges', e.group('Secondary Goals', goals));

    const alignment = e.section('Constitutional Alignment');
    await e.fill('Term 1', 'Least privilege', alignment);
    await e.fill('Term 1 description', 'Previews get a token scoped to one namespace.', alignment);

    const agent = e.section('As an Agent');
    await e.fill('Code', 'As an AI agent using the MCP server\nI want to open a preview\nSo that I can test my change', agent);
    const criteria = e.group('Acceptance Criteria', agent);
    await e.field('Item 1 done', criteria).check();
    await e.fill('Item 1', 'The preview URL is returned within 2 minutes', criteria);

    const first = e.section('Requirement 1: [Name]');
    await e.field('Priority', first).selectOption('Should Have');
    await e.fill('Description', 'Create a preview for each pull request.', first);
    await e.fill('Item 1', 'Pull request number', e.group('Inputs', first));
    await e.fill('Heading', 'Requirement 1: Create preview', first);

    await e.addGroupItemButton('requirement').click();
    await expect(e.section('Requirement 3: [Name]')).toBeVisible();
    await e.removeSectionButton('Requirement 2: [Name]').click();
    await expect(e.undoNotice).toContainText('Removed Requirement 2: [Name]');
    const added = e.section('Requirement 2: [Name]'); // the added one, renumbered
    await expect(e.group('Inputs', added)).toBeVisible();
    await e.fill('Description', 'Tear the preview down when the pull request closes.', added);
    await e.fill('Heading', 'Requirement 2: Tear down preview', added);

    const tool = e.section('Tool: tool_name');
    const schema = e.field('Input Schema code', tool);
    await schema.fill('{ "repository": ');
    await expect(schema).toHaveAccessibleDescription(/^Invalid JSON at line 1/);
    await schema.fill(inputSchema);
    await expect(schema).toHaveAccessibleDescription(/^Valid JSON/);

    const table = e.section('table_name');
    await e.fill('Row 1 Column', '`preview_id`', table);
    await table.getByRole('button', { name: 'Add row', exact: true }).click();
    await expect(e.field('Row 4 Column', table)).toBeFocused();
    await e.fill('Row 4 Column', '`expires_at`', table);
    await e.fill('Row 4 Type', 'TIMESTAMP', table);
    await table.getByRole('button', { name: 'Remove row 2', exact: true }).click();
    await expect(e.undoNotice).toContainText('Removed a row');

    const risks = e.section('Risks & Mitigations');
    await e.fill('Row 1 Risk', 'Previews leak secrets', risks);
    await e.field('Row 1 Probability', risks).selectOption('Low');
    await e.field('Row 1 Impact', risks).selectOption('High');
    await e.fill('Row 1 Mitigation', 'Scoped, short-lived tokens', risks);
    await risks.getByRole('button', { name: 'Add row', exact: true }).click();
    await e.fill('Row 2 Risk', 'Cluster runs out of capacity', risks);

    await e.includeSwitch(e.section('UI/UX Requirements')).uncheck();
    await e.field('Spec Status').selectOption('Approved');
    await e.fill('Last Updated', '2025-01-20');
  },
  async check(e) {
    await expect(e.title('Preview environments')).toBeVisible();
    const doc = e.documentFields;
    await expect(e.field('Date', doc)).toHaveValue('2025-01-08');
    await expect(e.field('Author', doc)).toHaveValue('Dana Ortiz');
    await expect(e.field('Status', doc)).toHaveValue('Review');
    await expect(e.field('Version', doc)).toHaveValue('1.4.0');

    const problem = e.section('Problem Statement');
    await expect(e.prose('Problem Statement', problem)).toHaveText('Reviewers cannot try a pull request before merging.');
    await expect(e.prose('Problem Statement', problem).locator('strong')).toHaveText('cannot');
    await expect(e.field('User Impact', problem)).toHaveValue('Every reviewer, on every pull request.');
    const goals = e.section('Goals');
    await expect(e.prose('Primary Goal', goals)).toHaveText('Every pull request gets a live preview.');
    await expect(e.prose('Primary Goal', goals).locator('strong')).toHaveText('live');
    await expect(e.field('Item 1', e.group('Secondary Goals', goals))).toHaveValue('Fewer broken merges');

    const alignment = e.section('Constitutional Alignment');
    await expect(e.field('Term 1', alignment)).toHaveValue('Least privilege');
    await expect(e.field('Term 1 description', alignment)).toHaveValue('Previews get a token scoped to one namespace.');

    const agent = e.section('As an Agent');
    await expect(e.field('Code', agent)).toHaveValue('As an AI agent using the MCP server\nI want to open a preview\nSo that I can test my change');
    const criteria = e.group('Acceptance Criteria', agent);
    await expect(e.field('Item 1 done', criteria)).toBeChecked();
    await expect(e.field('Item 1', criteria)).toHaveValue('The preview URL is returned within 2 minutes');

    const first = e.section('Requirement 1: Create preview');
    await expect(e.field('Priority', first)).toHaveValue('Should Have');
    await expect(e.field('Description', first)).toHaveValue('Create a preview for each pull request.');
    await expect(e.field('Item 1', e.group('Inputs', first))).toHaveValue('Pull request number');
    const added = e.section('Requirement 2: Tear down preview');
    await expect(e.field('Description', added)).toHaveValue('Tear the preview down when the pull request closes.');
    await expect(e.section('Requirement 2: [Name]')).toHaveCount(0);
    await expect(e.section('Requirement 3: [Name]')).toHaveCount(0);

    const schema = e.field('Input Schema code', e.section('Tool: tool_name'));
    await expect(schema).toHaveValue(inputSchema);
    await expect(schema).toHaveAccessibleDescription(/^Valid JSON/);

    const table = e.section('table_name');
    await expect(e.field('Row 1 Column', table)).toHaveValue('`preview_id`');
    await expect(e.field('Row 2 Column', table)).toHaveValue('`created_at`');
    await expect(e.field('Row 3 Column', table)).toHaveValue('`expires_at`');
    await expect(e.field('Row 3 Type', table)).toHaveValue('TIMESTAMP');
    await expect(e.field('Row 4 Column', table)).toHaveCount(0);

    const risks = e.section('Risks & Mitigations');
    await expect(e.field('Row 1 Risk', risks)).toHaveValue('Previews leak secrets');
    await expect(e.field('Row 1 Probability', risks)).toHaveValue('Low');
    await expect(e.field('Row 1 Impact', risks)).toHaveValue('High');
    await expect(e.field('Row 1 Mitigation', risks)).toHaveValue('Scoped, short-lived tokens');
    await expect(e.field('Row 2 Risk', risks)).toHaveValue('Cluster runs out of capacity');

    await expect(e.includeSwitch(e.section('UI/UX Requirements'))).not.toBeChecked();
    await expect(e.field('Spec Status')).toHaveValue('Approved');
    await expect(e.field('Last Updated')).toHaveValue('2025-01-20');
  },
};

test.describe('draft editor: every kind of field is kept', () => {
  for (const { template, fill, check } of [dataPlatformCase, gitopsCase, inferenceCase, opportunityCase, productCase]) {
    test(`${template}: what is typed is there after a reload`, async ({ editor }) => {
      await editor.startDraft(template);
      await fill(editor);
      await editor.waitUntilSaved();
      await editor.reload();
      await check(editor);
    });
  }
});

test.describe('draft editor: Undo notice', () => {
  // Regression: the notice once found the removed item by its text, and named
  // another item when two read the same.
  test('names the ID item that was removed, also when items read the same', async ({ editor }) => {
    await editor.startDraft(inference); // FR-001 and FR-002 both read "System MUST [specific capability]."
    const functional = editor.section('Functional Requirements');
    await functional.getByRole('button', { name: 'Remove FR-001', exact: true }).click();
    await expect(editor.undoNotice).toContainText('Removed FR-001');

    // Two new, empty requirements read the same too.
    await functional.getByRole('button', { name: 'Add FR', exact: true }).click();
    await functional.getByRole('button', { name: 'Add FR', exact: true }).click();
    await functional.getByRole('button', { name: 'Remove FR-005', exact: true }).click();
    await expect(editor.undoNotice).toContainText('Removed FR-005');
  });
});

test.describe('leaving the page', () => {
  // Regression: in Chromium an IndexedDB write begun during pagehide never
  // commits, so the last 400 ms of typing (the save delay) were lost. The page
  // now copies unsaved drafts to localStorage on pagehide and merges them back.
  test('an edit made just before a reload is kept', async ({ editor, page }) => {
    await blockWrites(page);
    await editor.startDraft(dataPlatform);
    await editor.waitUntilSaved();
    // From here no IndexedDB write lands: only the page's closing copy can keep this edit.
    await page.evaluate(() => ((window as { blockWrites?: boolean }).blockWrites = true));
    const fr1 = () => editor.field('FR-001', editor.section('Functional Requirements'));
    await fr1().fill('Typed just before the reload');
    await expect(editor.saveState).toHaveText('Not saved');
    await editor.page.reload();
    await expect(editor.saveState).toHaveText('Saved');
    await expect(fr1()).toHaveValue('Typed just before the reload');
  });
});

/** IndexedDB writes of the page fail while `window.blockWrites` is set, as in a page that is closing. */
async function blockWrites(page: Page) {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as { blockWrites?: boolean }).blockWrites) throw new DOMException('The page is going away.', 'AbortError');
      return put.apply(this, args);
    };
  });
}

test.describe('two tabs on one draft', () => {
  test('two tabs typing into the same ID’d list at once both end with every word, and no conflict copy', async ({ editor, page, context }) => {
    const fr = (e: EditorPage, n: number) => e.field(`FR-00${n}`, e.section('Functional Requirements'));
    const id = await editor.startDraft(gitops);
    await fr(editor, 1).fill('');
    await editor.waitUntilSaved();
    const otherPage = await context.newPage();
    const other = new EditorPage(otherPage);
    await other.goto(id);
    await expect(fr(other, 1)).toHaveValue('');

    // Word for word, the tabs in turn 200 ms apart at the end of FR-001 (the same item), while each also types into an item of its own.
    const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];
    for (const [k, word] of words.entries()) {
      const [tab, own] = k % 2 === 0 ? [editor, 2] : [other, 3];
      await Promise.all([
        (async () => {
          await fr(tab, 1).press('End');
          await fr(tab, 1).pressSequentially(` ${word}`);
        })(),
        (async () => {
          const otherTab = tab === editor ? other : editor;
          const otherOwn = own === 2 ? 3 : 2;
          await fr(otherTab, otherOwn).press('End');
          await fr(otherTab, otherOwn).pressSequentially(` ${word}`);
        })(),
      ]);
      await page.waitForTimeout(200);
    }
    await editor.waitUntilSaved();
    await other.waitUntilSaved();
    const missing = async (tab: EditorPage) => {
      const value = ` ${await fr(tab, 1).inputValue()} `;
      return words.filter((w) => !value.includes(` ${w} `));
    };
    for (const tab of [editor, other]) {
      await expect.poll(() => missing(tab)).toEqual([]);
      for (const word of words.filter((_, k) => k % 2 === 1)) await expect(fr(tab, 2)).toHaveValue(new RegExp(word));
      for (const word of words.filter((_, k) => k % 2 === 0)) await expect(fr(tab, 3)).toHaveValue(new RegExp(word));
    }
    await expect(fr(other, 1)).toHaveValue(await fr(editor, 1).inputValue());

    const library = new LibraryPage(page);
    await library.goto();
    expect(await library.titles()).toEqual([`Untitled ${gitops}`]);
    await library.openLink(`Untitled ${gitops}`).click();
    for (const word of words) await expect(fr(editor, 1)).toHaveValue(new RegExp(word));
  });
  test('two tabs typing into the same prose field at once both end with every word, and no conflict copy', async ({ editor, page, context }) => {
    const id = await editor.startDraft(gitops);
    await editor.waitUntilSaved();
    const otherPage = await context.newPage();
    const other = new EditorPage(otherPage);
    await other.goto(id);
    const story = (e: EditorPage) => e.prose('User Story 1 - [Brief Title] (Priority: P1)');
    // Each tab in the one live editor of its page, on the same field.
    for (const tab of [editor, other]) {
      await story(tab).click();
      await expect(story(tab)).toHaveAttribute('contenteditable', 'true');
      await tab.page.keyboard.press('ControlOrMeta+End');
    }
    const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];
    for (const [k, word] of words.entries()) {
      const tab = k % 2 === 0 ? editor : other;
      await story(tab).press('ControlOrMeta+End');
      await tab.page.keyboard.type(` ${word}`);
      await page.waitForTimeout(200);
    }
    for (const tab of [editor, other]) {
      for (const word of words) await expect(story(tab)).toContainText(word);
      await tab.page.keyboard.press('Escape');
    }
    await editor.waitUntilSaved();
    await other.waitUntilSaved();
    const library = new LibraryPage(page);
    await library.goto();
    expect(await library.titles()).toEqual([`Untitled ${gitops}`]);
    await library.openLink(`Untitled ${gitops}`).click();
    for (const word of words) await expect(story(editor)).toContainText(word);
  });
});

test.describe('deleting a draft that is open in another tab', () => {
  const untitled = `Untitled ${dataPlatform}`;
  const fr1 = (e: EditorPage) => e.field('FR-001', e.section('Functional Requirements'));

  test('closes it there; Undo brings it back there with its content', async ({ editor, context }) => {
    await editor.startDraft(dataPlatform);
    await fr1(editor).fill('Kept through delete and undo');
    await editor.waitUntilSaved();

    const libraryPage = await context.newPage();
    const library = new LibraryPage(libraryPage);
    await library.goto();
    await library.deleteButton(untitled).click();
    await expect(library.deletedToast).toBeVisible();
    await expect(editor.notFound).toBeVisible();

    await library.undoButton.click();
    await expect(library.draft(untitled)).toBeVisible();
    await expect(fr1(editor)).toHaveValue('Kept through delete and undo');
    await expect(editor.saveState).toHaveText('Saved');

    await libraryPage.reload();
    await library.waitForLoad();
    await library.openLink(untitled).click();
    await expect(fr1(new EditorPage(libraryPage))).toHaveValue('Kept through delete and undo');
  });

  test('edits not yet saved there are saved again, with a notice', async ({ editor, page, context }) => {
    await blockWrites(page);
    await editor.startDraft(dataPlatform);
    await editor.waitUntilSaved();
    const libraryPage = await context.newPage();
    const library = new LibraryPage(libraryPage);
    await library.goto();

    await page.evaluate(() => ((window as { blockWrites?: boolean }).blockWrites = true));
    await fr1(editor).fill('Typed while it was deleted elsewhere');
    await expect(editor.saveState).toHaveText('Not saved');
    await page.evaluate(() => ((window as { blockWrites?: boolean }).blockWrites = false));
    await library.deleteButton(untitled).click();
    await expect(editor.title(untitled)).toBeVisible(); // unsaved edits keep it open here

    await expect(page.getByRole('alert').filter({ hasText: `“${untitled}” was deleted in another tab` })).toContainText('so your version was saved again');
    await editor.waitUntilSaved();
    await expect(library.draft(untitled)).toBeVisible();

    await libraryPage.reload();
    await library.waitForLoad();
    await library.openLink(untitled).click();
    await expect(fr1(new EditorPage(libraryPage))).toHaveValue('Typed while it was deleted elsewhere');
  });
});

test.describe('stored drafts of older versions', () => {
  test('a version 1 draft opens after the upgrade, and is stored as a document once read', async ({ page, library, editor, draftDb }) => {
    const fixturePath = new URL('../src/core/draft/__fixtures__/draft-v1.json', import.meta.url);
    const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as Record<string, unknown> & { id: string; revision: number };
    expect(fixture).toMatchObject({ version: 1, title: 'Node rebuild automation' });
    // A page of the app's origin that does not run the app, so the database is made as version 1 made it.
    await page.goto('/favicon.svg');
    await draftDb.seedVersion1([fixture]);

    await library.goto();
    await expect(library.draft('Node rebuild automation')).toBeVisible();
    await library.openLink('Node rebuild automation').click();
    await expect(editor.title('Node rebuild automation')).toBeVisible();
    await expect(editor.field('Feature Branch', editor.documentFields)).toHaveValue('012-node-rebuild');
    await expect(editor.field('FR-001', editor.section('Functional Requirements'))).toHaveValue(
      'Automation MUST submit all cluster changes through GitOps with diff evidence attached.',
    );

    await editor.fill('Input', 'Checked after the upgrade', editor.documentFields);
    await editor.waitUntilSaved();
    // Read once, the record has moved to the draft's document (draft-updates): nothing is left to read twice.
    expect(await draftDb.get(fixture.id)).toBeUndefined();

    await editor.reload();
    await expect(editor.field('Input', editor.documentFields)).toHaveValue('Checked after the upgrade');
  });

  test('seeded version 2 records open with every word after the move to documents', async ({ page, library, editor, draftDb }) => {
    const v2 = JSON.parse(readFileSync(new URL('../src/core/draft/__fixtures__/draft-v2.json', import.meta.url), 'utf8')) as Record<string, unknown> & { id: string };
    const second = { ...v2, id: 'second-v2-draft', titleText: 'A second version 2 draft' };
    await page.goto('/favicon.svg');
    await draftDb.seedVersion1([v2, second]);
    await library.goto();
    await expect(library.draft('Pipeline run history and SLA alerts')).toBeVisible();
    await expect(library.draft('A second version 2 draft')).toBeVisible();
    for (let pass = 0; pass < 2; pass++) {
      await library.openLink('Pipeline run history and SLA alerts').click();
      const requirements = editor.section('Functional Requirements');
      await expect(editor.field('FR-001', requirements)).toHaveValue(/^System MUST store every run of every pipeline as a/);
      await expect(editor.field('FR-003', requirements)).toHaveValue(/^System MUST accept the same run event twice and ke/);
      await expect(editor.section('User Story 1 - Operators see every run of a pipeline (Priority: P1)')).toContainText('An operator opens a pipeline and sees its runs for the last');
      await expect(editor.field('Input', editor.documentFields)).toHaveValue(/Operators need to see every run of a pipeline/);
      expect(await draftDb.get(v2.id)).toBeUndefined();
      await page.reload();
      await library.goto();
    }
  });
});
