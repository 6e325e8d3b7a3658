import { expect, test } from './fixtures';

test('Open on GitHub carries the exact Markdown; Issues from tasks makes a prefilled issue link per picked item', async ({ editor, page }) => {
  await editor.startDraft('Data platform feature spec');
  const functional = editor.section('Functional Requirements');
  await editor.fill('FR-001', 'System MUST store each run as its own event & never “overwrite” one (100%).', functional);
  await editor.waitUntilSaved();
  const { text: exported } = await editor.download(async () => {
    await editor.downloadButton.click();
    if (await editor.exportConfirm.isVisible()) await editor.exportConfirm.getByRole('button', { name: 'Download anyway' }).click();
  });

  await page.getByRole('button', { name: 'GitHub', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Hand off to GitHub' });
  await panel.getByLabel('Repository').fill('specs');
  await expect(panel.getByRole('alert')).toContainText('owner/name');
  await panel.getByLabel('Repository').fill('octo-org/specs');
  await panel.getByLabel('Path').fill('specs/run-history.md');
  const open = panel.getByRole('link', { name: 'Open on GitHub' });
  const href = await open.getAttribute('href');
  const url = new URL(href!);
  expect(url.origin + url.pathname).toBe('https://github.com/octo-org/specs/new/main');
  expect(url.searchParams.get('filename')).toBe('specs/run-history.md');
  expect(url.searchParams.get('value')).toBe(exported);
  await expect(open).toHaveAttribute('target', '_blank');

  await panel.getByRole('checkbox', { name: /FR-001/ }).check();
  const issue = panel.getByRole('list', { name: 'New issue links' }).getByRole('link');
  await expect(issue).toHaveCount(1);
  const issueUrl = new URL((await issue.getAttribute('href'))!);
  expect(issueUrl.pathname).toBe('/octo-org/specs/issues/new');
  expect(issueUrl.searchParams.get('title')).toBe('FR-001: System MUST store each run as its own event & never “overwrite” one (100%).');

  // The target is kept with the draft.
  await panel.getByRole('button', { name: 'Close' }).click();
  await editor.reload();
  await page.getByRole('button', { name: 'GitHub', exact: true }).click();
  await expect(panel.getByLabel('Repository')).toHaveValue('octo-org/specs');
  await expect(panel.getByLabel('Path')).toHaveValue('specs/run-history.md');
});
