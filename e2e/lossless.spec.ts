import { changedLines } from '../src/core/lossless/__fixtures__/changed-lines';
import { foreignStyleSpec } from '../src/core/lossless/__fixtures__/foreign-style-spec';
import { expect, test } from './fixtures';

/**
 * The round-trip law in the browser: a long spec written in its own style,
 * imported, edited in one field and downloaded, differs from the file only
 * in that field's line (the file: foreignStyleSpec).
 */
const file = foreignStyleSpec;

test.describe('lossless import and export', () => {
  test('an imported spec downloads unchanged; one edited requirement is the only line that differs', async ({ importPage, editor, page }) => {
    await importPage.goto();
    await importPage.markdown.fill(file);
    await importPage.createButton.click();
    await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
    await editor.waitUntilSaved();

    const untouched = await editor.download(() => editor.downloadButton.click());
    expect(untouched.text).toBe(file);

    // Opening a prose field in the live editor and leaving it, without typing, changes nothing.
    const storyHeading = 'User Story 1 - Ingest run events from Airflow (Priority: P1)';
    await editor.prose(storyHeading, editor.section(storyHeading)).click();
    await expect(editor.toolbar).toBeVisible();
    await editor.titleInput.click();
    await editor.waitUntilSaved();
    const opened = await editor.download(() => editor.downloadButton.click());
    expect(opened.text).toBe(file);

    const functional = editor.section('Functional Requirements');
    await editor.field('FR-002', functional).fill('System MUST accept run events over `POST /runs/events` only.');
    await editor.waitUntilSaved();
    const edited = await editor.download(() => editor.downloadButton.click());
    expect(changedLines(file, edited.text)).toEqual({
      removed: [file.split('\n').find((line) => line.startsWith('* **FR-002**'))],
      added: ['* **FR-002**: System MUST accept run events over `POST /runs/events` only.'],
    });

    // After a reload the draft still knows its file.
    await page.reload();
    await editor.waitUntilSaved();
    const reloaded = await editor.download(() => editor.downloadButton.click());
    expect(reloaded.text).toBe(edited.text);
  });

  test('a template section the file lacks is shown as not in the document, and is written only once added', async ({ importPage, editor, page }) => {
    await importPage.goto();
    await importPage.markdown.fill(file);
    await importPage.createButton.click();
    await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
    await editor.waitUntilSaved();

    const entities = editor.section('Key Entities');
    await expect(entities).toContainText('Not in this document');
    await expect(editor.outline.getByRole('link', { name: /^Key Entities.*not in this document/ })).toBeVisible();
    const before = await editor.download(() => editor.downloadButton.click());
    expect(before.text).not.toContain('Key Entities');

    await entities.getByRole('button', { name: /^Add Key Entities.* to the document$/ }).click();
    await expect(entities).not.toContainText('Not in this document');
    await expect(editor.outline.getByRole('link', { name: /^Key Entities.*not in this document/ })).toHaveCount(0);
    await editor.waitUntilSaved();
    // Added and switched on, but empty: an empty conditional section is not written, so the file is still the file.
    const added = await editor.download(() => editor.downloadButton.click());
    expect(added.text).toBe(file);
  });
});
