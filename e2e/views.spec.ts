import type { Locator, Page } from '@playwright/test';
import { expect, test, type EditorPage } from './fixtures';

// The editor's views: Split (the form beside the live preview, scrolled
// together), the Markdown source mode (the whole document in a code editor,
// read back losslessly), and the action bar that stays in reach.

const PRODUCT = 'Product feature spec with API and data model'; // 34 sections
const DATA = 'Data platform feature spec';

/** How far the top of `element` is below the top of `box` (the viewport when null), in CSS pixels. */
async function offsetIn(element: Locator, box: Locator | null): Promise<number> {
  const top = (await element.boundingBox())?.y ?? Number.NaN;
  const boxTop = box ? ((await box.boundingBox())?.y ?? Number.NaN) : 0;
  return top - boxTop;
}

/** Whether `element` is shown inside the visible part of `box` (a scrolling pane). */
async function shownIn(element: Locator, box: Locator): Promise<boolean> {
  const [e, b] = [await element.boundingBox(), await box.boundingBox()];
  return !!e && !!b && e.y >= b.y - 1 && e.y < b.y + b.height - 10;
}

async function scrollWindowTo(page: Page, element: Locator): Promise<void> {
  // Where a person would stop scrolling: the section's heading just below the action bar. Sections off screen
  // are laid out as they come into view (content-visibility), so the heading moves; scroll again until it stays.
  const dock = await page.locator('.action-dock').evaluate((el) => el.getBoundingClientRect().height);
  await expect
    .poll(async () => {
      const top = await element.evaluate((el) => el.getBoundingClientRect().top);
      if (Math.abs(top - dock - 20) <= 2) return true;
      await page.evaluate((by) => window.scrollBy(0, by), top - dock - 20);
      return false;
    })
    .toBe(true);
}

test.describe('Split view: the form beside the live preview', () => {
  test('scrolls together both ways, and a click in the preview goes to its field', async ({ editor, page }) => {
    await editor.startDraft(PRODUCT);
    await editor.viewButton('Split').click();
    await expect(editor.viewButton('Split')).toHaveAttribute('aria-pressed', 'true');
    const pane = editor.splitPane;
    await expect(pane.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(editor.section('Problem Statement')).toBeVisible();

    // The form scrolled far down: the preview follows to the same section.
    const testing = editor.section('Testing Requirements');
    await scrollWindowTo(page, testing.getByRole('heading', { name: 'Testing Requirements', exact: true }));
    const testingInPreview = pane.getByRole('heading', { name: 'Testing Requirements', exact: true });
    await expect.poll(() => shownIn(testingInPreview, pane)).toBe(true);
    await expect(pane.getByRole('heading', { name: 'Problem Statement', exact: true })).not.toBeInViewport();

    // The preview scrolled back up by the user: the form follows.
    const goalsInPreview = pane.getByRole('heading', { name: 'Goals', exact: true });
    await goalsInPreview.evaluate((heading) => {
      const scroller = heading.closest('.split-preview')!;
      scroller.scrollTop = heading.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop - 4;
    });
    const goalsHeading = editor.section('Goals').getByRole('heading', { name: 'Goals', exact: true });
    await expect(goalsHeading).toBeInViewport();
    await expect.poll(() => offsetIn(goalsHeading, null)).toBeLessThan(300);
    await expect(testing.getByRole('heading', { name: 'Testing Requirements', exact: true })).not.toBeInViewport();

    // Editing a field far below brings its section into the preview.
    const risks = editor.section('Risks & Mitigations');
    const firstField = risks.getByRole('textbox').first();
    await firstField.scrollIntoViewIfNeeded();
    await firstField.click();
    await expect.poll(() => shownIn(pane.getByRole('heading', { name: 'Risks & Mitigations', exact: true }), pane)).toBe(true);

    // A click on the preview's text of a section jumps to that section's first field, focused.
    const dataModelInPreview = pane.getByRole('heading', { name: 'Data Model', exact: true });
    await dataModelInPreview.scrollIntoViewIfNeeded();
    await dataModelInPreview.click();
    const dataModel = editor.section('Data Model');
    await expect(dataModel.getByRole('textbox').first().or(dataModel.locator('input, textarea, [role="textbox"]').first())).toBeFocused();
    await expect(page.locator(':focus')).toBeInViewport();
  });

  test('is offered on wide screens only; a phone has Edit and Preview as before', async ({ editor, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await editor.startDraft(DATA);
    await expect(editor.viewButton('Edit')).toBeVisible();
    await expect(editor.viewButton('Preview')).toBeVisible();
    await expect(editor.viewButton('Split')).toHaveCount(0);
    await editor.viewButton('Preview').click();
    await expect(editor.preview).toBeVisible();
  });
});

async function openSource(editor: EditorPage): Promise<void> {
  await editor.viewButton('Source').click();
  await expect(editor.sourceEditor).toBeVisible();
  await expect(editor.sourceEditor).toBeFocused();
}

test.describe('Markdown source mode', () => {
  test('edit in source, back to the form: the fields have the edits, and the export is the source byte for byte', async ({ editor, page }) => {
    await editor.startDraft(DATA);
    await editor.titleInput.fill('Run history');
    const before = (await editor.downloadExport()).text;
    expect(before.split('\n')[0]).toContain('Run history');

    await openSource(editor);
    // The title line gets a word, and a new section goes at the end, typed as a person would in a code editor.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    await page.keyboard.insertText(' ledger');
    // The export ends with a line break, so the end of the document is the start of an empty last line.
    expect(before.endsWith('\n')).toBe(true);
    await page.keyboard.press('Control+End');
    const added = '\n## Notes from the source\n\nWritten as *Markdown*, kept as typed.\n';
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(added.slice(1));
    const lines = before.split('\n');
    lines[0] = `${lines[0]} ledger`;
    const typed = lines.join('\n') + added;

    await editor.viewButton('Edit').click();
    await expect(editor.viewButton('Edit')).toHaveAttribute('aria-pressed', 'true');
    await expect(editor.titleInput).toHaveValue('Run history ledger');
    await expect(editor.section('Notes from the source')).toContainText('Written as Markdown, kept as typed.');
    expect((await editor.downloadExport()).text).toBe(typed);

    // Saved as it is: after a reload the export is still the source.
    await editor.waitUntilSaved();
    await editor.reload();
    expect((await editor.downloadExport()).text).toBe(typed);

    // Back in source with no edit, and out again: the draft is not touched.
    await openSource(editor);
    await editor.viewButton('Preview').click();
    await expect(editor.preview.getByRole('heading', { name: 'Notes from the source' })).toBeVisible();
    expect((await editor.downloadExport()).text).toBe(typed);
  });

  test('a Download straight after typing in the source has the last keystroke', async ({ editor, page }) => {
    await editor.startDraft(DATA);
    await openSource(editor);
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('Last words.');
    expect((await editor.downloadExport()).text.endsWith('Last words.')).toBe(true);
  });

  test('Markdown the draft cannot hold gets a clear message, and the text stays', async ({ editor, page }) => {
    await editor.startDraft(DATA);
    await openSource(editor);
    await page.keyboard.press('Control+A');
    const tooMany = Array.from({ length: 520 }, (_, k) => `## Part ${k + 1}\n`).join('\n');
    await page.keyboard.insertText(`# Too big\n\n${tooMany}`);
    await editor.viewButton('Edit').click();
    await expect(editor.sourceProblem).toContainText('at most 500');
    await expect(editor.viewButton('Source')).toHaveAttribute('aria-pressed', 'true');
    // The end of the text typed is where the editor still is.
    await expect(editor.sourceEditor).toContainText('## Part 520');

    // Undo in the editor brings the document back, and the form takes it.
    await editor.sourceEditor.click();
    await page.keyboard.press('Control+Z');
    await expect(editor.sourceEditor).not.toContainText('## Part 520');
    await editor.viewButton('Edit').click();
    await expect(editor.viewButton('Edit')).toHaveAttribute('aria-pressed', 'true');
    await expect(editor.section('User Scenarios & Testing')).toBeVisible();
  });
});

for (const size of [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`the action bar is visible and usable at the bottom of a 34-section draft (${size.name})`, async ({ editor, page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await editor.startDraft(PRODUCT);
    await expect(page.locator('.draft-section')).toHaveCount(34, { timeout: 15_000 });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(editor.section('Open Questions')).toBeInViewport();
    const bar = editor.actionBar;
    await expect(bar).toBeInViewport({ ratio: 1 });
    for (const name of ['Edit', 'Preview', 'Source']) await expect(editor.viewButton(name as 'Edit')).toBeInViewport();
    for (const button of [editor.checksButton, editor.downloadButton, editor.copyButton, editor.shareButton]) await expect(button).toBeInViewport({ ratio: 1 });

    // Checks open beside where the user is, not at the top of the page.
    await editor.checksButton.click();
    await expect(editor.checksPanel).toBeInViewport();
    await expect(editor.section('Open Questions')).toBeInViewport();
    await editor.checksButton.click();

    // Download works from here.
    const file = await editor.downloadExport();
    expect(file.text).toContain('## Open Questions');

    // Share opens its dialog.
    await editor.shareButton.click();
    await expect(page.getByRole('heading', { name: 'Share this draft' })).toBeVisible();
    await page.keyboard.press('Escape');

    // The bar never covers the last field: it can be scrolled clear of it.
    const last = editor.section('Open Questions').locator('input, textarea, [role="textbox"]').last();
    const [fieldBox, barBox] = [await last.boundingBox(), await bar.boundingBox()];
    expect(fieldBox && barBox && (fieldBox.y + fieldBox.height <= barBox.y || fieldBox.y >= barBox.y + barBox.height)).toBe(true);
  });
}

test('the help panel lists the Preview and Checks shortcuts, and they work', async ({ editor, page }) => {
  await editor.startDraft(DATA);
  await page.keyboard.press('Shift+Slash');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('row', { name: /Alt \+ Shift \+ P.*Preview/ })).toBeVisible();
  await expect(help.getByRole('row', { name: /Alt \+ Shift \+ C.*Checks/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+Shift+P');
  await expect(editor.preview).toBeVisible();
  await page.keyboard.press('Alt+Shift+P');
  await expect(editor.viewButton('Edit')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Alt+Shift+C');
  await expect(editor.checksPanel).toBeVisible();
  await page.keyboard.press('Alt+Shift+C');
  await expect(editor.checksPanel).toBeHidden();
});
