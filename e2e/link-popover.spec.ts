import { expect, test } from './fixtures';

// Issue #15, "Link editing in a small popover (text, URL, remove)", never the browser's prompt().

test('the toolbar’s Link opens a popover: add a link to the selection, edit its address and text, remove it', async ({ editor, page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`A browser dialog opened: ${dialog.message()}`);
  });
  await editor.startDraft('Product feature spec with API and data model');
  const prose = editor.prose('Problem Statement', editor.section('Problem Statement'));
  await prose.click();
  await expect(prose).toHaveAttribute('contenteditable', 'true');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type('Read the runbook');
  for (let k = 0; k < 'runbook'.length; k++) await page.keyboard.press('Shift+ArrowLeft');

  const linkButton = editor.toolbar.getByRole('button', { name: 'Link', exact: true });
  await linkButton.click();
  const popover = page.getByRole('dialog', { name: 'Add link' });
  await expect(popover.getByLabel('Text')).toHaveValue('runbook');
  await expect(popover.getByLabel('Address')).toBeFocused();
  // An address that cannot be a link is refused with a message, and nothing changes.
  await popover.getByLabel('Address').fill('javascript:alert(1)');
  await popover.getByLabel('Address').press('Enter');
  await expect(popover.getByRole('alert')).toContainText('cannot be used as a link');
  await popover.getByLabel('Address').fill('https://example.com/runbook');
  await popover.getByLabel('Address').press('Enter');
  await expect(popover).toHaveCount(0);
  await expect(prose).toBeFocused();
  await expect(prose.getByRole('link', { name: 'runbook' })).toHaveAttribute('href', 'https://example.com/runbook');

  // The caret in the link: the popover edits the whole link.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await linkButton.click();
  const edit = page.getByRole('dialog', { name: 'Edit link' });
  await expect(edit.getByLabel('Text')).toHaveValue('runbook');
  await expect(edit.getByLabel('Address')).toHaveValue('https://example.com/runbook');
  await edit.getByLabel('Text').fill('operations runbook');
  await edit.getByLabel('Address').fill('https://example.com/ops');
  await edit.getByRole('button', { name: 'Save link' }).click();
  await expect(prose.getByRole('link', { name: 'operations runbook' })).toHaveAttribute('href', 'https://example.com/ops');
  await expect(prose).toContainText('Read the operations runbook');

  // Escape closes it and changes nothing.
  await page.keyboard.press('ArrowLeft');
  await linkButton.click();
  await page.keyboard.press('Escape');
  await expect(edit).toHaveCount(0);
  await expect(prose).toBeFocused();
  await expect(prose.getByRole('link', { name: 'operations runbook' })).toBeVisible();

  await linkButton.click();
  await edit.getByRole('button', { name: 'Remove link' }).click();
  await expect(prose.getByRole('link')).toHaveCount(0);
  await expect(prose).toContainText('Read the operations runbook');
  await page.keyboard.press('Escape');
  await editor.waitUntilSaved();
});
