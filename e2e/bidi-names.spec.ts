import { expect, test } from './fixtures';

/*
 * A name with a direction-control character (U+202E RIGHT-TO-LEFT OVERRIDE
 * shows `Spec ‮txt.exe` as `Spec exe.txt`) is shown with the character
 * visible, isolated from the text around it, and flagged.
 */

const name = 'Spec \u202Etxt.exe';
const shown = 'Spec ⟨U+202E⟩txt.exe';
const flag = 'This name contains direction-control characters';

test('a template and a draft named with U+202E show the character as ⟨U+202E⟩, flagged', async ({ addTemplate, editor, library, page }) => {
  await addTemplate.goto();
  await addTemplate.paste('# Spec: [NAME]\n\n## Summary\n\n- First item\n');
  await addTemplate.save(name);

  const card = page.getByRole('list', { name: 'Templates' }).getByRole('article').filter({ hasText: shown });
  const cardHeading = card.getByRole('heading', { level: 2 });
  await expect(cardHeading.locator('bdi')).toHaveText(shown);
  await expect(cardHeading.locator('bdi')).toHaveAttribute('title', new RegExp(`^${flag}`));
  await expect(cardHeading.getByText('direction controls', { exact: true })).toBeVisible();

  await card.getByRole('button', { name: /^Start draft from / }).click();
  await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
  await editor.waitUntilSaved();
  await library.goto();
  await library.renameButton(`Untitled ${name}`).click();
  await library.renameInput(`Untitled ${name}`).fill(name);
  await library.renameInput(`Untitled ${name}`).press('Enter');

  const item = library.region.getByRole('list', { name: 'Drafts' }).getByRole('article').filter({ hasText: shown });
  const itemHeading = item.getByRole('heading', { level: 3 });
  await expect(itemHeading.locator('bdi')).toHaveText(shown);
  await expect(itemHeading.locator('bdi')).toHaveAttribute('title', new RegExp(`^${flag}`));
  await expect(itemHeading.getByText('direction controls', { exact: true })).toBeVisible();
  // The template's name beside it too.
  await expect(item.locator('bdi').filter({ hasText: shown })).toHaveCount(2);
});
