import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { syncUrl } from './sync-server';
import { hasReferenceTemplates, referenceTemplatesDir } from '../src/core/__fixtures__/reference-templates-dir';

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`no serious accessibility violations, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('picker, library and outline', async ({ editor, page }) => {
      await editor.startDraft('Data platform feature spec');
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto('/templates/product-feature-spec-api-data-model');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('editor, checks, preview and share dialog', async ({ editor, page }) => {
      test.setTimeout(120_000); // four axe runs over the largest template's editor
      await editor.startDraft('Product feature spec with API and data model');
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('.checks-toggle').click();
      await expect(page.getByRole('heading', { name: 'Checks' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      await expect(page.getByRole('article', { name: 'Preview of the exported Markdown' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Share', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Share this draft' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('split view, source mode (with a problem shown) and the action bar on a phone', async ({ editor, page }) => {
      test.setTimeout(120_000);
      await editor.startDraft('Data platform feature spec');
      await editor.viewButton('Split').click();
      await expect(editor.splitPane.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await editor.viewButton('Source').click();
      await expect(editor.sourceEditor).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await editor.viewButton('Edit').click();
      await expect(editor.sourceProblem).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.keyboard.press('Control+Z');
      await editor.viewButton('Edit').click();
      await expect(editor.actionBar).toBeInViewport();
      await editor.checksButton.click();
      await expect(editor.checksPanel).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('#15 views: the phone editor with its Sections menu open, the link popover, the Undo notice, title parts', async ({ editor, page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 390, height: 844 });
      await editor.startDraft('Data platform feature spec');
      await page.getByRole('button', { name: 'Sections', exact: true }).click();
      await expect(editor.outline).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });
      const story = editor.section('User Story 1 - [Brief Title] (Priority: P1)');
      await editor.prose('User Story 1 - [Brief Title] (Priority: P1)', story).click();
      await page.keyboard.type('Read the runbook');
      await editor.toolbar.getByRole('button', { name: 'Link', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'Add link' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await editor.removeSectionButton('User Story 3 - [Brief Title] (Priority: P3)').click();
      await expect(editor.undoNotice).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('shared view and import screen', async ({ editor, page }) => {
      await editor.startDraft('Opportunity solution spec');
      await page.getByRole('button', { name: 'Share', exact: true }).click();
      const link = await page.getByRole('textbox', { name: /^Link/ }).inputValue();
      await page.goto(link);
      await expect(page.getByRole('button', { name: 'Save as my draft' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto('/import');
      await page.getByLabel('Markdown', { exact: true }).fill('# Feature Specification: X\n\n## Requirements *(mandatory)*\n\n### Functional Requirements\n\n- **FR-001**: System MUST work.\n');
      await expect(page.getByRole('button', { name: 'Create draft' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('team: the Work on this together dialog, the team bar with someone else in a section, the join screen', async ({ editor, page, browser }) => {
      await editor.startDraft('Opportunity solution spec');
      await page.getByRole('button', { name: 'Work on this together' }).click();
      await expect(page.getByRole('heading', { name: 'Work on this together' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByLabel('Sync server').fill(syncUrl);
      await page.getByLabel('Your name').fill('Ana');
      await page.getByRole('button', { name: 'Start working together' }).click();
      const link = await page.getByLabel('Invitation link').inputValue();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Close' }).click();
      const other = await browser.newContext({ colorScheme });
      const ben = await other.newPage();
      await ben.goto(link);
      await expect(ben.getByRole('button', { name: 'Join' })).toBeVisible();
      expect(await seriousViolations(ben)).toEqual([]);
      await ben.getByLabel('Your name').fill('Ben');
      await ben.getByRole('button', { name: 'Join' }).click();
      await ben.getByRole('navigation', { name: 'Sections' }).getByRole('link').first().click();
      await ben.keyboard.press('Tab');
      await expect(page.getByRole('region', { name: 'Team' })).toContainText('Ben');
      expect(await seriousViolations(page)).toEqual([]);
      await other.close();
    });

    test('template import screen: empty, a preview, a problem by line, a file refused', async ({ addTemplate, page }) => {
      test.skip(!hasReferenceTemplates, '../shared/reference-templates is not beside this checkout');
      await addTemplate.goto();
      expect(await seriousViolations(page)).toEqual([]);
      // A real template: the preview shows its outline, fields and placeholders.
      const source = await readFile(new URL('rust-rfc-template.md', referenceTemplatesDir), 'utf8');
      await addTemplate.paste(source);
      await expect(addTemplate.outline).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      // The same with a code block never closed: the problem, by line.
      await addTemplate.paste(`${source}\n\n## Notes\n\n\`\`\`yaml\nnever: closed\n`);
      await expect(addTemplate.problems).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await addTemplate.upload('picture.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
      await expect(addTemplate.refusal).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

/** Presses Tab until the focused element has this accessible name (or gives up). */
async function tabTo(page: Page, name: RegExp, limit = 150): Promise<void> {
  for (let k = 0; k < limit; k++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.getAttribute('aria-labelledby');
      const byId = labelled ? labelled.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '';
      const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
      return [el.getAttribute('aria-label'), byId, label, el.textContent, el.getAttribute('placeholder'), el.getAttribute('aria-placeholder')].filter(Boolean).join(' | ');
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test('keyboard only: create, fill and export a draft', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await tabTo(page, /Start draft from GitOps operations feature spec/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/drafts\//);

  await tabTo(page, /FEATURE NAME/);
  await page.keyboard.type('Rebuild nodes from blank media');
  // A rich-text field (the first story's description): Enter starts editing it, Escape leaves it.
  await tabTo(page, /Describe this user journey in plain language/);
  await page.keyboard.press('Enter');
  await page.keyboard.type('An operator rebuilds a failed node from blank media without manual steps.');
  await page.keyboard.press('Escape');
  // The next section, by shortcut.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('.draft-section-title:focus')).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+Shift+E');
  // The draft still has errors: the confirmation takes the keyboard too.
  await expect(page.getByRole('heading', { name: /Export with \d+ errors?\?/ })).toBeVisible();
  await tabTo(page, /Download anyway/);
  await page.keyboard.press('Enter');
  const text = await readFile(await (await download).path(), 'utf8');
  expect(text).toContain('# Feature Specification: Rebuild nodes from blank media');
  expect(text).toContain('An operator rebuilds a failed node from blank media without manual steps.');
});

test('the shortcuts help opens with ? and lists the shortcuts', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Shift+Slash');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByText('Next section')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});
