import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

// Issue #15, "Bugs found": one test per bug, each written to fail before its fix.

const inference = 'Inference service feature spec';
const product = 'Product feature spec with API and data model';
const dataPlatform = 'Data platform feature spec';

/** True when the element's box lies inside the viewport. */
async function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  });
}

test.describe('issue 15 bugs', () => {
  test('1. a finding pressed in Checks near the end of a long draft scrolls its field into view', async ({ editor, page }) => {
    await editor.startDraft(inference);
    await editor.checksButton.click();
    await editor.finding('Error', /SC-004 still has the placeholder/).click();
    const field = editor.field('SC-004', editor.section('Measurable Outcomes'));
    await expect(field).toBeFocused();
    await expect.poll(() => inViewport(field)).toBe(true);
    // And it stays there once the sections around it have rendered.
    await page.waitForTimeout(300);
    expect(await inViewport(field)).toBe(true);
  });

  test('2. a draft opened from a scrolled library lands at the top, with focus on its heading', async ({ editor, library, page }) => {
    await editor.startDraft(dataPlatform);
    await library.goto();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    const start = page.getByRole('button', { name: `Start draft from ${inference}`, exact: true });
    await start.scrollIntoViewIfNeeded();
    await start.click();
    await expect(editor.title(`Untitled ${inference}`)).toBeVisible();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(editor.title(`Untitled ${inference}`)).toBeFocused();

    await library.goto();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const open = library.openLink(`Untitled ${dataPlatform}`);
    await open.scrollIntoViewIfNeeded();
    await open.click();
    await expect(editor.title(`Untitled ${dataPlatform}`)).toBeVisible();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(editor.title(`Untitled ${dataPlatform}`)).toBeFocused();
  });

  test('3. a heading with code and no placeholder can be renamed, and a check says while it is still the template’s name', async ({ editor }) => {
    await editor.startDraft(product);
    await editor.checksButton.click();
    await expect(editor.finding('Warning', /The heading "Tool: tool_name" is still the template.s sample name/)).toBeVisible();
    const tool = editor.section('Tool: tool_name');
    await editor.fill('Heading', 'Tool: `search_specs`', tool);
    await expect(editor.section('Tool: search_specs')).toBeVisible();
    await expect(editor.finding('Warning', /The heading "Tool: tool_name" is still the template.s sample name/)).toHaveCount(0);
  });

  test('4. prose headings export at the level they are shown: # and ### typed, and the toolbar’s headings', async ({ editor, page }) => {
    await editor.startDraft(product);
    const section = editor.section('Problem Statement');
    const prose = editor.prose('Problem Statement', section);
    await editor.clearProse(prose);
    await page.keyboard.type('# Top\nText one.\n### Deeper\nText two.\n');
    const subheading = editor.toolbar.getByRole('button', { name: 'Heading 4', exact: true });
    await subheading.click();
    await page.keyboard.type('From the toolbar\n');
    await page.keyboard.press('Escape');
    await editor.waitUntilSaved();
    const { text } = await editor.download(() => editor.downloadButton.click().then(() => page.getByRole('button', { name: 'Download anyway' }).click()));
    const part = text.slice(text.indexOf('## Problem Statement'));
    expect(part).toContain('\n### Top\n');
    expect(part).toContain('\n### Deeper\n');
    expect(part).toContain('\n#### From the toolbar\n');
    expect(part).not.toContain('#####');
  });

  test('5. the Undo toast has a close button, goes away by itself, and never offers an older removal', async ({ editor }) => {
    await editor.startDraft(inference);
    const functional = editor.section('Functional Requirements');
    await functional.getByRole('button', { name: 'Remove FR-001', exact: true }).click();
    await functional.getByRole('button', { name: 'Remove FR-002', exact: true }).click();
    await expect(editor.undoNotice).toContainText('Removed FR-002');
    await editor.undoButton.click();
    await expect(editor.undoNotice).toHaveCount(0);
    await expect(functional.getByRole('button', { name: 'Remove FR-002', exact: true })).toBeVisible();

    await functional.getByRole('button', { name: 'Remove FR-003', exact: true }).click();
    await expect(editor.undoNotice).toContainText('Removed FR-003');
    await editor.undoNotice.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(editor.undoNotice).toHaveCount(0);

    // The removal itself first (the IDs renumber, so count the rows), so a failure says which half went wrong: the edit, or its notice.
    const rows = functional.getByRole('button', { name: /^Remove FR-\d+$/ });
    const before = await rows.count();
    await functional.getByRole('button', { name: 'Remove FR-002', exact: true }).click();
    await expect(rows).toHaveCount(before - 1);
    await expect(editor.undoNotice).toContainText('Removed FR-002');
    await expect(editor.undoNotice).toHaveCount(0, { timeout: 15_000 });
  });

  test('6. "+ Add user story" continues the number-like labels, as the ID does', async ({ editor }) => {
    await editor.startDraft(dataPlatform);
    await editor.addGroupItemButton('user story').click();
    await expect(editor.section('User Story 4 - [Brief Title] (Priority: P4)')).toBeVisible();
  });

  test('7. the storage warning stays dismissed after a reload, and is one compact line on a phone', async ({ editor, page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'storage', { value: { persist: async () => false, persisted: async () => false, estimate: async () => ({}) } });
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await editor.startDraft(dataPlatform);
    const warning = page.getByRole('status').filter({ hasText: /may clear drafts/ });
    await expect(warning).toBeVisible();
    const height = await warning.evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(90);
    await warning.getByRole('button', { name: 'Dismiss' }).click();
    await expect(warning).toHaveCount(0);
    await editor.reload();
    await expect(editor.title(`Untitled ${dataPlatform}`)).toBeVisible();
    await expect(warning).toHaveCount(0);
  });

  test('8. the template outline says which numbered items are examples the draft leaves out', async ({ outlinePage, page }) => {
    await outlinePage.goto('data-platform-feature-spec');
    const item = outlinePage.sectionItem('Functional Requirements');
    await expect(item).toContainText('5 numbered items FR-001–FR-005');
    await expect(item).toContainText('2 more (FR-006, FR-007) are examples');
    void page;
  });

  test('9. "Save as template" turns the filled titles back into placeholders', async ({ addTemplate, editor, page }) => {
    await editor.startDraft(dataPlatform);
    await editor.fill('Heading', 'User Story 1 - Operator sees every run (Priority: P1)', editor.section('User Story 1 - [Brief Title] (Priority: P1)'));
    await editor.waitUntilSaved();
    await page.getByRole('button', { name: 'Save this draft’s structure as a template', exact: true }).click();
    await expect(addTemplate.heading).toHaveText('Add your own template');
    await expect(addTemplate.markdown).not.toHaveValue(/Operator sees every run/);
    await expect(addTemplate.markdown).toHaveValue(/### User Story 1 - \[Brief Title\] \(Priority: P1\)/);
  });

  test('10. [text](url) typed in prose becomes a link, and exports as one', async ({ editor, page }) => {
    await editor.startDraft(product);
    const section = editor.section('Problem Statement');
    const prose = editor.prose('Problem Statement', section);
    await editor.clearProse(prose);
    await page.keyboard.type('See [the runbook](https://example.com/runbook) first.');
    await expect(prose.getByRole('link', { name: 'the runbook' })).toHaveAttribute('href', 'https://example.com/runbook');
    await page.keyboard.press('Escape');
    await editor.waitUntilSaved();
    const { text } = await editor.download(() => editor.downloadButton.click().then(() => page.getByRole('button', { name: 'Download anyway' }).click()));
    expect(text).toContain('See [the runbook](https://example.com/runbook) first.');
  });
});
