import { EditorPage, LibraryPage, expect, test, type ImportPage } from './fixtures';

const dataPlatform = 'Data platform feature spec';

/**
 * A data-platform spec as a team writes it with spec-kit: metadata lines held
 * together by trailing double spaces, two user stories, every requirement
 * list, and a section of its own that the template does not have.
 */
const spec = `# Feature Specification: Alert rules for failing pipelines

**Feature Branch**: \`007-pipeline-alert-rules\`  
**Created**: 2026-02-09  
**Status**: Draft  
**Input**: User description: "Tell client success managers when a pipeline keeps failing"

## User Scenarios & Testing *(mandatory)*

### User Story 1 - Alert after repeated failures (Priority: P1)

A client success manager sets a rule on a pipeline: when three runs in a row fail, the team channel gets one message naming the pipeline and the client.

**Why this priority**: Managers check the dashboards by hand every morning today, and missed two outages last quarter.

**Independent Test**: Create a rule for 3 failures in a row, post 3 failed runs, and check that exactly one alert is sent.

**Acceptance Scenarios**:

1. **Given** a rule of 3 failures in a row on pipeline P, **When** the third failed run in a row is stored, **Then** one alert goes to the rule's channel
2. **Given** an alert already sent for pipeline P, **When** a fourth run fails, **Then** no second alert is sent until a run succeeds

---

### User Story 2 - Mute a rule during maintenance (Priority: P2)

An on-call engineer mutes a rule for a planned maintenance window so that expected failures do not page anyone.

**Why this priority**: Without it, teams delete rules before maintenance and forget to add them back.

**Independent Test**: Mute a rule for one hour, post 3 failed runs inside the hour, and check that no alert is sent.

**Acceptance Scenarios**:

1. **Given** a rule muted until 14:00, **When** three runs fail at 13:30, **Then** no alert is sent and the rule shows "muted until 14:00"

---

### Edge Cases

- What happens when a rule is changed while a failure streak is in progress? The streak is counted again from the change.
- How does the system handle a run event that arrives a day late? It counts toward the streak of its own time, not the arrival time.

## Requirements *(mandatory)*

### Functional Requirements

- **FR-001**: System MUST evaluate every alert rule of a pipeline each time one of its runs is stored.
- **FR-002**: System MUST send at most one alert per failure streak and rule.
- **FR-003**: System MUST let a rule be muted until a given time, and unmute it then.

### Key Entities *(include if feature involves data)*

- **Alert Rule**: A condition on a pipeline's recent runs, such as 3 failures in a row, and the channel to notify.
- **Alert**: One message sent for one rule and one failure streak, with the runs that made it.

### Data Integrity & Invariants *(mandatory for data changes)*

- **DI-001**: An alert is unique on \`alert_rule_id + streak_started_at\`.
- **DI-002**: Deleting a pipeline deletes its alert rules; alerts already sent are kept.

### API Contracts & Query Patterns *(mandatory for endpoint changes)*

- **AC-001**: \`POST /pipelines/{id}/alert-rules\` validates the threshold (1 to 50) and answers 422 naming the field otherwise.

### Observability & BI Outputs *(mandatory for reporting-impacting work)*

- **OB-001**: An \`alerts_sent\` time series per client for the Grafana on-call board.

### Security & Environment Scope *(mandatory)*

- **SE-001**: Channel webhook URLs are stored encrypted and never returned by the API.

## Success Criteria *(mandatory)*

### Measurable Outcomes

- **SC-001**: 0 duplicate alerts across 1,000 replayed failure streaks.
- **SC-002**: An alert arrives within 60 seconds of the run that completes the streak.

## Rollout Plan

Ship behind the \`alert_rules\` flag to two pilot clients for two weeks, then to everyone.

- Week 1: dev and stage, with synthetic failures.
- Week 3: the two pilot clients in prod.
- Week 5: all clients; the morning dashboard check is retired.
`;

/** Non-empty lines with their trailing spaces cut: Markdown compared modulo blank lines and line-break spaces. */
function contentLines(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '');
}

async function expectDataPlatformMatchedFirst(importPage: ImportPage) {
  await expect(importPage.template).toBeVisible();
  const options = await importPage.templateOptions();
  expect(options[0]).toMatch(new RegExp(`^${dataPlatform} — \\d+ of \\d+ headings match$`));
  await expect(importPage.template.locator('option:checked')).toHaveText(options[0]!);
}

test.describe('import: a pasted spec-kit spec', () => {
  test('matches its template, reports the extra section, becomes a draft, and downloads as the same Markdown', async ({ importPage, editor, page }) => {
    await importPage.goto();
    await expect(importPage.template).toHaveCount(0);
    await importPage.markdown.fill(spec);

    await expectDataPlatformMatchedFirst(importPage);
    await expect(importPage.report).toBeVisible();
    // Every heading but the extra one: the 13 the template has, its third user story aside.
    await expect(importPage.report).toContainText('13 sections match the template.');
    await expect(importPage.report).toContainText('5 document fields are filled.'); // the title and the four lines under it
    await expect(importPage.report).not.toContainText('will start empty');
    await expect(importPage.report).toContainText('1 section is not in the template and will be kept as extra sections: Rollout Plan.');

    await importPage.createButton.click();
    await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
    await expect(editor.title('Alert rules for failing pipelines')).toBeVisible();
    await editor.waitUntilSaved();
    await expect(editor.titleInput).toHaveValue('Alert rules for failing pipelines');
    await expect(editor.field('Feature Branch', editor.documentFields)).toHaveValue('007-pipeline-alert-rules');
    await expect(editor.field('Created', editor.documentFields)).toHaveValue('2026-02-09');
    const functional = editor.section('Functional Requirements');
    await expect(editor.field('FR-001', functional)).toHaveValue('System MUST evaluate every alert rule of a pipeline each time one of its runs is stored.');
    await expect(editor.field('FR-003', functional)).toHaveValue('System MUST let a rule be muted until a given time, and unmute it then.');
    const story2 = editor.section('User Story 2 - Mute a rule during maintenance (Priority: P2)');
    await expect(editor.field('Scenario 1 Given', story2)).toHaveValue('a rule muted until 14:00');
    const rollout = editor.section('Rollout Plan');
    await expect(rollout.getByRole('heading', { level: 2, name: 'Rollout Plan' })).toBeVisible();
    await expect(editor.outlineLink('Rollout Plan')).toBeVisible();

    // Nothing in the spec is a problem, so the download is one click.
    await expect(editor.checksButton).toHaveText('No problems');
    const file = await editor.download(() => editor.downloadButton.click());
    expect(file.name).toBe('007-pipeline-alert-rules-spec.md');
    expect(contentLines(file.text)).toEqual(contentLines(spec));

    // And the draft is in the library.
    const library = new LibraryPage(page);
    await library.goto();
    await expect(library.draft('Alert rules for failing pipelines')).toBeVisible();
  });

  // Regression: at 8d034dc the editor rendered only the blocks its template
  // section has, so the body of an extra section (and any `extra:<n>` prose
  // kept from an import) was stored and exported but never shown, nor editable.
  test('the text of the extra section is shown in the editor, where it can be changed', async ({ importPage, editor, page }) => {
    await importPage.goto();
    await importPage.markdown.fill(spec);
    await expectDataPlatformMatchedFirst(importPage);
    await importPage.createButton.click();
    await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
    const rollout = editor.section('Rollout Plan');
    await expect(rollout.getByRole('heading', { level: 2, name: 'Rollout Plan' })).toBeVisible();
    await expect(rollout).toContainText('Ship behind the alert_rules flag to two pilot clients for two weeks, then to everyone.');
    await expect(rollout).toContainText('Week 3: the two pilot clients in prod.');
    await expect(rollout.getByRole('textbox')).toHaveCount(1);

    await editor.writeProse(rollout.getByRole('textbox'), ['Ship to every client at once.']);
    await expect(editor.checksButton).toHaveText('No problems');
    await editor.waitUntilSaved();
    const file = await editor.download(() => editor.downloadButton.click());
    expect(file.text).toMatch(/\n## Rollout Plan\n\nShip to every client at once\.\n$/);
  });

  test('another template can be chosen; the report and the draft follow the choice', async ({ importPage, editor, page }) => {
    await importPage.goto();
    await importPage.markdown.fill(spec);
    await expectDataPlatformMatchedFirst(importPage);
    const options = await importPage.templateOptions();
    const gitops = options.find((o) => o.startsWith('GitOps operations feature spec — '));
    expect(gitops).toBeDefined();
    const matched = await importPage.report.textContent();
    await importPage.template.selectOption({ label: gitops! });
    await expect(importPage.template.locator('option:checked')).toHaveText(gitops!);
    await expect(importPage.report).not.toHaveText(matched!);
    await expect(importPage.report).toContainText('Rollout Plan');
    await importPage.createButton.click();
    await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
    await expect(page.getByRole('paragraph').filter({ hasText: /^GitOps operations feature spec/ })).toBeVisible();
    await expect(editor.title('Alert rules for failing pipelines')).toBeVisible();
  });
});

test.describe('import: a file', () => {
  test('a chosen .md file fills the text and is imported like a pasted one', async ({ importPage, editor, page }) => {
    await importPage.goto();
    await importPage.fileInput.setInputFiles({ name: '007-pipeline-alert-rules-spec.md', mimeType: 'text/markdown', buffer: Buffer.from(spec, 'utf8') });
    await expect(importPage.fileMessage).toHaveText('Read “007-pipeline-alert-rules-spec.md”.');
    await expect(importPage.markdown).toHaveValue(spec);
    await expectDataPlatformMatchedFirst(importPage);
    await expect(importPage.report).toContainText('will be kept as extra sections: Rollout Plan.');
    await importPage.createButton.click();
    await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
    await expect(editor.title('Alert rules for failing pipelines')).toBeVisible();
    await expect(editor.field('FR-002', editor.section('Functional Requirements'))).toHaveValue('System MUST send at most one alert per failure streak and rule.');
  });

  test('a file too big, an empty file and a binary file are refused with a plain message, and nothing else changes', async ({ importPage, draftDb }) => {
    await importPage.goto();
    await importPage.markdown.fill(spec);
    await expectDataPlatformMatchedFirst(importPage);

    await importPage.fileInput.setInputFiles({ name: 'huge.md', mimeType: 'text/markdown', buffer: Buffer.alloc(3 * 1024 * 1024, '# a\n') });
    await expect(importPage.fileMessage).toHaveText('“huge.md” is 3.0 MB; a Markdown spec to import can be at most 2 MB.');
    await expect(importPage.markdown).toHaveValue(spec);

    await importPage.fileInput.setInputFiles({ name: 'empty.md', mimeType: 'text/markdown', buffer: Buffer.alloc(0) });
    await expect(importPage.fileMessage).toHaveText('“empty.md” is empty.');
    await expect(importPage.markdown).toHaveValue(spec);

    await importPage.fileInput.setInputFiles({ name: 'blank.md', mimeType: 'text/markdown', buffer: Buffer.from('  \n\n\t\n') });
    await expect(importPage.fileMessage).toHaveText('“blank.md” is empty.');

    await importPage.fileInput.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) });
    await expect(importPage.fileMessage).toHaveText('“logo.png” is not a text file, so it cannot be a Markdown spec.');
    await expect(importPage.markdown).toHaveValue(spec);

    // Refusing a file makes no draft.
    expect(await draftDb.countWithoutCreating()).toBe(0);
  });

  test('a refused file on an empty screen offers nothing to create', async ({ importPage, page }) => {
    await importPage.goto();
    await importPage.fileInput.setInputFiles({ name: 'empty.md', mimeType: 'text/markdown', buffer: Buffer.alloc(0) });
    await expect(importPage.fileMessage).toHaveText('“empty.md” is empty.');
    await expect(importPage.markdown).toHaveValue('');
    await expect(importPage.template).toHaveCount(0);
    await expect(importPage.createButton).toHaveCount(0);
    await expect(page).toHaveURL(/\/import$/);
  });
});

test.describe('import: an export comes back as it went', () => {
  test('a draft made here, downloaded and imported, downloads again as the same file', async ({ editor, importPage }) => {
    await editor.startDraft(dataPlatform);
    await editor.titleInput.fill('Round trip');
    await editor.fill('Feature Branch', '010-round-trip', editor.documentFields);
    await editor.fill('FR-001', 'System MUST keep what it is given.', editor.section('Functional Requirements'));
    await editor.fill('DI-001', 'Every row has an `id`.', editor.section('Data Integrity & Invariants'));
    await editor.waitUntilSaved();
    const download = async (e: EditorPage) => {
      await e.downloadButton.click();
      return e.download(() => e.exportConfirm.getByRole('button', { name: 'Download anyway', exact: true }).click());
    };
    const first = await download(editor);

    await importPage.goto();
    await importPage.markdown.fill(first.text);
    await expectDataPlatformMatchedFirst(importPage);
    await importPage.createButton.click();
    await expect(editor.title('Round trip')).toBeVisible();
    await editor.waitUntilSaved();
    const second = await download(editor);
    expect(second.name).toBe('010-round-trip-spec.md');
    expect(second.text).toBe(first.text);
  });
});
