import { expect, test } from './fixtures';

const dataPlatform = 'Data platform feature spec';

test('mark v1, change a requirement, remove one, add a scenario: the compare lists exactly those; restore v1 keeps the current state in the history', async ({ editor, page }) => {
  await editor.startDraft(dataPlatform);
  const functional = editor.section('Functional Requirements');
  const original = await editor.field('FR-001', functional).inputValue();

  const historyButton = page.getByRole('button', { name: 'History', exact: true });
  const history = page.getByRole('dialog', { name: 'History' });
  await historyButton.click();
  await history.getByLabel('Name this version').fill('v1, sent for review');
  await history.getByRole('button', { name: 'Mark version' }).click();
  const versions = history.getByRole('list', { name: 'Versions' });
  await expect(versions.getByRole('listitem')).toHaveCount(1);
  await expect(versions.getByRole('listitem').first()).toContainText('v1, sent for review');
  await history.getByRole('button', { name: 'Close' }).click();

  await editor.fill('FR-001', 'System MUST store every run as its own event.', functional);
  await functional.getByRole('button', { name: 'Remove FR-005', exact: true }).click();
  const story = editor.section('User Story 1 - [Brief Title] (Priority: P1)');
  await story.getByRole('button', { name: 'Add scenario' }).click();
  await story.getByRole('textbox', { name: 'Scenario 3 Given' }).fill('a run reported twice');
  await editor.waitUntilSaved();

  await historyButton.click();
  const v1 = versions.getByRole('listitem').filter({ hasText: 'v1, sent for review' });
  await v1.getByRole('button', { name: 'Compare with now' }).click();
  const changes = history.getByRole('list', { name: 'Changes' });
  await expect(changes.getByRole('listitem')).toHaveCount(3);
  const summaries = await changes.locator('.change-summary').allTextContents();
  expect(summaries).toEqual(['Scenario 3 added', 'FR-001 changed', 'FR-005 removed']);
  expect((await changes.getByRole('listitem').nth(1).locator('ins').allTextContents()).join('')).toContain('own');
  // Side by side: the old and the new export.
  await expect(history.getByRole('article', { name: 'v1, sent for review' })).toContainText(original.slice(0, 20));
  await expect(history.getByRole('article', { name: 'now' })).toContainText('System MUST store every run as its own event.');

  await history.getByRole('button', { name: '← All versions' }).click();
  await v1.getByRole('button', { name: 'Restore' }).click();
  await expect(history.getByRole('status').first()).toContainText('Restored “v1, sent for review”');
  await expect(versions.getByRole('listitem')).toHaveCount(2);
  const kept = versions.getByRole('listitem').filter({ hasText: 'Before a restore' });
  await expect(kept).toHaveCount(1);
  await history.getByRole('button', { name: 'Close' }).click();
  await expect(editor.field('FR-001', functional)).toHaveValue(original);
  await expect(editor.field('FR-005', functional)).toHaveCount(1);

  // The state before the restore is in the history: opening it shows the words written after v1.
  await historyButton.click();
  await kept.getByRole('button', { name: 'Open' }).click();
  await expect(history.getByRole('article', { name: 'Version Before a restore' })).toContainText('System MUST store every run as its own event.');

  // And the history survives a reload.
  await history.getByRole('button', { name: 'Close' }).click();
  await editor.reload();
  await historyButton.click();
  await expect(versions.getByRole('listitem')).toHaveCount(2);
});

test('a download keeps a version, and the change note and OpenSpec delta copy from the compare', async ({ editor, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await editor.startDraft(dataPlatform);
  await editor.download(async () => {
    await editor.downloadButton.click();
    const confirm = editor.exportConfirm;
    if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'Download anyway' }).click();
  });
  const functional = editor.section('Functional Requirements');
  await functional.getByRole('button', { name: 'Add FR', exact: true }).click();
  await editor.fill('FR-006', 'System MUST page the on-call engineer when a run fails.', functional);
  await editor.waitUntilSaved();
  await page.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  const downloaded = history.getByRole('list', { name: 'Versions' }).getByRole('listitem').filter({ hasText: 'Downloaded' });
  await downloaded.getByRole('button', { name: 'Compare with now' }).click();
  await history.getByRole('button', { name: 'Copy OpenSpec delta' }).click();
  await expect(history.getByText('The OpenSpec delta copied.')).toBeVisible();
  const delta = await page.evaluate(() => navigator.clipboard.readText());
  expect(delta).toContain('## ADDED Requirements\n\n### Requirement: FR-006\n\nSystem MUST page the on-call engineer when a run fails.');
  await history.getByRole('button', { name: 'Copy “Changes since Downloaded”' }).click();
  const note = await page.evaluate(() => navigator.clipboard.readText());
  expect(note).toMatch(/^## Changes since Downloaded\n\n- FR-006 added \(Requirements[^)]*Functional Requirements\)\n {2}- System MUST page/);
});

test('compare a draft with a Markdown file (what is in the repository now)', async ({ editor, page }) => {
  await editor.startDraft(dataPlatform);
  const functional = editor.section('Functional Requirements');
  await editor.fill('FR-001', 'System MUST store every run.', functional);
  await editor.waitUntilSaved();
  const { text } = await editor.download(async () => {
    await editor.downloadButton.click();
    if (await editor.exportConfirm.isVisible()) await editor.exportConfirm.getByRole('button', { name: 'Download anyway' }).click();
  });
  await editor.fill('FR-001', 'System MUST store every run as an event.', functional);
  await editor.waitUntilSaved();
  await page.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  await history.getByLabel('Compare with a Markdown file…').setInputFiles({ name: 'spec.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
  const changes = history.getByRole('list', { name: 'Changes' });
  await expect(changes.locator('.change-summary')).toHaveText(['FR-001 changed']);
  await expect(history.getByRole('heading', { name: /spec\.md → now: 1 change/ })).toBeVisible();
});
