import { expect, test } from './fixtures';

const dataPlatform = 'Data platform feature spec';
const gitops = 'GitOps operations feature spec';
const untitled = (template: string) => `Untitled ${template}`;

test.describe('drafts library', () => {
  test('a draft started from a template is listed on the first screen, and is still there after a reload', async ({ picker, library, draftPage, page }) => {
    await library.goto();
    await expect(library.empty).toBeVisible();

    await picker.startDraftButton(dataPlatform).click();
    await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
    const draftUrl = page.url();
    await expect(draftPage.title(untitled(dataPlatform))).toBeVisible();

    await page.goBack();
    await library.waitForLoad();
    const item = library.draft(untitled(dataPlatform));
    await expect(item).toBeVisible();
    await expect(item).toContainText(dataPlatform);
    await expect(item.getByText('just now')).toHaveAttribute('title', /\d{4}/); // exact time on hover
    await expect(item).toContainText(/\d+ of \d+ filled/);
    await expect(library.empty).toHaveCount(0);

    await page.reload();
    await library.waitForLoad();
    await expect(library.drafts).toHaveCount(1);
    await library.openLink(untitled(dataPlatform)).click();
    await expect(page).toHaveURL(draftUrl);
    await expect(draftPage.title(untitled(dataPlatform))).toBeVisible();
  });

  test('rename, duplicate, delete and undo, all kept across a reload', async ({ picker, library, page }) => {
    await library.goto();
    await picker.startDraftButton(dataPlatform).click();
    await expect(page).toHaveURL(/\/drafts\//);
    await library.goto();

    // Rename: Enter saves, Escape cancels.
    await library.rename(untitled(dataPlatform), 'Checkout revamp');
    await library.renameButton('Checkout revamp').click();
    await expect(library.renameInput('Checkout revamp')).toBeFocused();
    await library.renameInput('Checkout revamp').fill('Not this');
    await library.renameInput('Checkout revamp').press('Escape');
    await expect(library.draft('Checkout revamp')).toBeVisible();
    await expect(library.renameButton('Checkout revamp')).toBeFocused();

    await library.duplicateButton('Checkout revamp').click();
    await expect(library.draft('Checkout revamp (copy)')).toBeVisible();
    await expect(library.drafts).toHaveCount(2);

    // Delete has no confirmation; Undo brings the draft back.
    await library.deleteButton('Checkout revamp (copy)').click();
    await expect(library.draft('Checkout revamp (copy)')).toHaveCount(0);
    await expect(library.deletedToast).toContainText('Draft deleted — Checkout revamp (copy)');
    await library.undoButton.click();
    await expect(library.draft('Checkout revamp (copy)')).toBeVisible();
    await expect(library.deletedToast).toHaveCount(0);

    await page.reload();
    await library.waitForLoad();
    expect((await library.titles()).sort()).toEqual(['Checkout revamp', 'Checkout revamp (copy)']);

    await library.deleteButton('Checkout revamp (copy)').click();
    await expect(library.deletedToast).toBeVisible();
    await page.reload();
    await library.waitForLoad();
    expect(await library.titles()).toEqual(['Checkout revamp']);
  });

  test('search by title or template, and sort', async ({ picker, library, page }) => {
    await library.goto();
    for (const template of [dataPlatform, gitops]) {
      await picker.startDraftButton(template).click();
      await expect(page).toHaveURL(/\/drafts\//);
      await library.goto();
    }
    // Made first, edited last.
    await library.rename(untitled(dataPlatform), 'Zulu spec');

    expect(await library.titles()).toEqual(['Zulu spec', untitled(gitops)]);
    await library.sort.selectOption('Created');
    expect(await library.titles()).toEqual([untitled(gitops), 'Zulu spec']);
    await library.sort.selectOption('Last edited');
    expect(await library.titles()).toEqual(['Zulu spec', untitled(gitops)]);
    await library.sort.selectOption('Title');
    expect(await library.titles()).toEqual([untitled(gitops), 'Zulu spec']);

    await library.search.fill('gitops');
    expect(await library.titles()).toEqual([untitled(gitops)]);
    await library.search.fill('data platform');
    expect(await library.titles()).toEqual(['Zulu spec']);
    await library.search.fill('zulu');
    expect(await library.titles()).toEqual(['Zulu spec']);
    await library.search.fill('nothing like this');
    await expect(library.region.getByText('No drafts match “nothing like this”.')).toBeVisible();
  });

  test('a stored record that cannot be read is reported on every page, downloadable, and left in storage', async ({ library, draftDb, page }) => {
    await library.goto(); // the app creates its database
    const corrupt = { id: 'corrupt-1', kind: 'specwright/draft', version: 2, name: 42, sections: 'not a list' };
    await draftDb.put(corrupt);

    await page.reload();
    await library.waitForLoad();
    const notice = page.getByRole('alert').filter({ hasText: '1 stored draft could not be read.' });
    await expect(notice).toBeVisible();
    await notice.getByText('1 stored draft could not be read.').click(); // opens the details
    await expect(notice).toContainText('corrupt-1');
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download its data' }).click();
    expect((await download).suggestedFilename()).toBe('specwright-draft-corrupt-1.json');

    await page.goto('/templates/data-platform-feature-spec');
    await expect(page.getByText('1 stored draft could not be read.')).toBeVisible();

    expect(await draftDb.get('corrupt-1')).toEqual(corrupt);
  });

  test('a rename in one tab shows in another', async ({ picker, library, page, context }) => {
    await library.goto();
    await picker.startDraftButton(dataPlatform).click();
    await expect(page).toHaveURL(/\/drafts\//);
    await library.goto();

    const other = await context.newPage();
    await other.goto('/');
    await expect(other.getByRole('article', { name: untitled(dataPlatform), exact: true })).toBeVisible();

    await library.rename(untitled(dataPlatform), 'Renamed elsewhere');
    await expect(other.getByRole('article', { name: 'Renamed elsewhere', exact: true })).toBeVisible();
    await other.close();
  });
});
