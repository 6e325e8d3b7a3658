import { expect, test } from './fixtures';

// Issue #15, "A quiet start": a new draft shows how far it is, not a red error beside every section.

const dataPlatform = 'Data platform feature spec';

test.describe('a quiet start', () => {
  test('a new draft shows its progress, and findings only where the writer has been, or all once Checks is opened', async ({ editor, page }) => {
    await editor.startDraft(dataPlatform);
    const progress = page.getByText(/^\d+ of \d+ mandatory sections filled in$/);
    await expect(progress).toHaveText(/^0 of \d+ mandatory sections filled in$/);
    const sectionChecks = page.getByRole('list', { name: 'Checks for this section' });
    // The checks have run (the button counts errors), and none is shown beside a section.
    expect((await editor.problemCounts()).errors).toBeGreaterThan(0);
    await expect(sectionChecks).toHaveCount(0);
    await expect(editor.outline.getByRole('link', { name: /has problems/ })).toHaveCount(0);

    // Into a section and out again: its findings show (and those of the section it is in), no other's.
    const edgeCases = editor.section('Edge Cases');
    await editor.field('Item 1', edgeCases).focus();
    await expect(sectionChecks).toHaveCount(0);
    await editor.titleInput.focus();
    await expect(edgeCases.getByRole('list', { name: 'Checks for this section' })).toBeVisible();
    await expect(editor.section('Functional Requirements').getByRole('list', { name: 'Checks for this section' })).toHaveCount(0);
    await expect(editor.section('Success Criteria').getByRole('list', { name: 'Checks for this section' })).toHaveCount(0);

    // Filling a mandatory section moves the progress on.
    await editor.fill('FR-001', 'System MUST store every run as an event.', editor.section('Functional Requirements'));
    await expect(progress).toHaveText(/^[1-9]\d* of \d+ mandatory sections filled in$/);

    // Opening Checks shows every section's findings.
    await editor.checksButton.click();
    await expect.poll(() => sectionChecks.count()).toBeGreaterThan(3);
    await expect(editor.outline.getByRole('link', { name: /has problems/ }).first()).toBeVisible();
  });

  test('an export checks everything and shows what it found beside each section', async ({ editor, page }) => {
    await editor.startDraft(dataPlatform);
    const sectionChecks = page.getByRole('list', { name: 'Checks for this section' });
    await expect(sectionChecks).toHaveCount(0);
    await editor.downloadButton.click();
    // Export still validates fully: the errors are counted and asked about before anything is written.
    await expect(editor.exportConfirm).toBeVisible();
    await editor.exportConfirm.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => sectionChecks.count()).toBeGreaterThan(3);
  });

  test('the checks are worked out in a worker that stays up, off the page that takes the keystrokes', async ({ editor, page }) => {
    await editor.startDraft(dataPlatform);
    const before = await editor.problemCounts();
    await editor.fill('FR-001', 'System MUST store every run as an event.', editor.section('Functional Requirements'));
    await expect.poll(() => editor.problemCounts()).not.toEqual(before);
    // A worker that failed to start (a DOM-only dependency, a blocked script) closes, and the checks go back to the page.
    const reviewer = page.workers().find((w) => w.url().includes('review-worker'));
    expect(reviewer, 'a review worker is running').toBeDefined();
    expect(await reviewer!.evaluate(() => typeof self.onmessage)).toBe('function');
  });
});
