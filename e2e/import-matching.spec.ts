import { expect, test } from './fixtures';

const freeForm = 'No template (free-form document)';

/** A spec-kit spec for the data-platform template that leaves out three of its requirement sections. */
const partialSpec = `# Feature Specification: Table ownership

**Feature Branch**: \`061-table-ownership\`  
**Created**: 2026-06-20  
**Status**: Draft  
**Input**: User description: "every warehouse table needs an owner"

## User Scenarios & Testing *(mandatory)*

### User Story 1 - Claim a table (Priority: P1)

A data engineer claims a table in the catalog and becomes its owner.

**Why this priority**: Alerts about stale tables have nowhere to go today.

**Independent Test**: Claim a table and check that the catalog names the claimant as its owner.

**Acceptance Scenarios**:

1. **Given** a table with no owner, **When** an engineer claims it, **Then** the catalog shows the engineer as its owner

---

### Edge Cases

- What happens when the owner leaves the company? The table goes back to having no owner, and the team lead is told.

## Requirements *(mandatory)*

### Functional Requirements

- **FR-001**: System MUST let any engineer claim a table that has no owner.

### Key Entities *(include if feature involves data)*

- **Table Owner**: A person or a team responsible for a warehouse table.

### Data Integrity & Invariants *(mandatory for data changes)*

- **DI-001**: A table has at most one owner at a time.

## Success Criteria *(mandatory)*

### Measurable Outcomes

- **SC-001**: 95% of tables have an owner within a month.
`;

/** A Nygard-style ADR: a structure none of the app's templates has. */
const adr = `ADR 12: Use event sourcing for the billing ledger
=============================================

Date: 2025-06-20

Status
------

Accepted.

Context
-------

The billing ledger is a mutable table of balances, and support cannot explain a balance.

Decision
--------

We will store the ledger as an append-only stream of events per account.

\`\`\`sql
-- # this line is code, not a heading
create table ledger_events (account_id uuid, seq bigint);
\`\`\`

Consequences
------------

* Every balance can be explained entry by entry.
* Projections must be rebuilt when their code changes.
`;

test.describe('import: the template choice', () => {
  test('the best matches are listed with their scores and what they found, and the sections of the template that the file lacks', async ({ importPage }) => {
    await importPage.goto();
    await importPage.markdown.fill(partialSpec);

    await expect(importPage.bestMatches).toBeVisible();
    const items = importPage.bestMatches.getByRole('listitem');
    await expect(items).toHaveCount(3);
    await expect(items.first()).toHaveText(/^Data platform feature spec — \d{2,3}% match: 9 of 14 sections, 7 labels, the title$/);
    const scores = (await items.allTextContents()).map((t) => Number(/ — (\d+)% match/.exec(t)?.[1]));
    expect(scores.every((s) => s > 0 && s <= 100)).toBe(true);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    // It fits well, so it is chosen; the choice includes no template at all.
    await expect(importPage.chosenTemplate).toHaveText(/^Data platform feature spec — 9 of 14 headings match$/);
    await expect(importPage.freeFormNote).toHaveCount(0);
    expect(await importPage.templateOptions()).toContain(freeForm);

    await expect(importPage.report).toContainText('Sections found: User Scenarios & Testing, User Story 1 - Claim a table (Priority: P1), Edge Cases');
    await expect(importPage.notInDocument).toBeVisible();
    const missing = await importPage.notInDocument.getByRole('listitem').allTextContents();
    expect(missing).toEqual(expect.arrayContaining(['API Contracts & Query Patterns', 'Observability & BI Outputs', 'Security & Environment Scope']));
    expect(missing).not.toContain('Functional Requirements');
    expect(missing).not.toContain('Data Integrity & Invariants');
  });

  test('a document that fits no template is imported free-form by default, each heading a section, and downloads as it was', async ({ importPage, editor, page }) => {
    await importPage.goto();
    await importPage.markdown.fill(adr);

    await expect(importPage.freeFormNote).toBeVisible();
    await expect(importPage.chosenTemplate).toHaveText(freeForm);
    await expect(importPage.report).toContainText('No template: every heading of the file (5) becomes a section of prose, at its own level.');
    await expect(importPage.report).toContainText('Sections found: ADR 12: Use event sourcing for the billing ledger, Status, Context, Decision, Consequences');
    await expect(importPage.notInDocument).toHaveCount(0);

    await importPage.createButton.click();
    await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
    for (const heading of ['Status', 'Context', 'Decision', 'Consequences']) await expect(editor.section(heading)).toBeVisible();
    await expect(editor.section('Decision')).toContainText('We will store the ledger as an append-only stream of events per account.');
    await editor.waitUntilSaved();
    const file = await editor.download(async () => {
      await editor.downloadButton.click();
      const { errors } = await editor.problemCounts();
      if (errors > 0) await editor.exportConfirm.getByRole('button', { name: 'Download anyway', exact: true }).click();
    });
    const content = (markdown: string) => markdown.split('\n').map((l) => l.trimEnd()).filter((l) => l !== '' && !/^[=-]+$/.test(l));
    // The export writes ATX headings today; the words and their order are the file's.
    expect(content(file.text).map((l) => l.replace(/^#+ /, ''))).toEqual(content(adr));
  });

  test('choosing no template for a spec that fits one: the report follows, nothing is missing, and the draft has the file\'s sections', async ({ importPage, editor, page }) => {
    await importPage.goto();
    await importPage.markdown.fill(partialSpec);
    await expect(importPage.notInDocument).toBeVisible();

    await importPage.template.selectOption({ label: freeForm });
    await expect(importPage.chosenTemplate).toHaveText(freeForm);
    await expect(importPage.report).toContainText('No template: every heading of the file (10) becomes a section of prose');
    await expect(importPage.notInDocument).toHaveCount(0);
    // The scores stay, so the choice can be undone.
    await expect(importPage.bestMatches.getByRole('listitem').first()).toHaveText(/^Data platform feature spec — /);

    await importPage.createButton.click();
    await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
    await expect(editor.section('User Story 1 - Claim a table (Priority: P1)')).toContainText('A data engineer claims a table in the catalog and becomes its owner.');
    await expect(editor.section('Functional Requirements')).toContainText('System MUST let any engineer claim a table that has no owner.');
  });
});
