import { expect, test } from './fixtures';

// Issue #15, "Keyboard": a skip link to the form; a finding pressed in Checks selects the placeholder it names.

test('from "Skip to content", the next stop past any notice is "Skip to the form", which goes to the first field past the outline', async ({ editor, page }) => {
  await editor.startDraft('Inference service feature spec');
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  await page.keyboard.press('Enter');
  const skip = page.getByRole('link', { name: 'Skip to the form' });
  // Past a notice's button or two (the storage warning), if the page shows any.
  for (let k = 0; k < 4 && !(await skip.evaluate((el) => el === document.activeElement)); k++) await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(editor.titleInput).toBeFocused();
});

test('a finding pressed in Checks selects the placeholder it names, so typing replaces it', async ({ editor, page }) => {
  await editor.startDraft('Inference service feature spec');
  await editor.checksButton.click();
  const finding = editor.finding('Error', /SC-004 still has the placeholder/);
  await finding.focus();
  await page.keyboard.press('Enter');
  const field = editor.field('SC-004', editor.section('Measurable Outcomes'));
  await expect(field).toBeFocused();
  await page.keyboard.type('Every failed task logs its cause and status');
  await expect(field).toHaveValue('Every failed task logs its cause and status.');
});
