import { expect, test } from './fixtures';

// Issue #15, "Phone": at 390 px the outline is a menu, tables scroll with a visible affordance, the title is above the fold.

test.use({ viewport: { width: 390, height: 844 } });

test('at 390 px: the title above the fold, the outline behind a Sections menu, wide tables scroll inside their box and say so', async ({ editor, page }) => {
  await editor.startDraft('Product feature spec with API and data model');
  const title = editor.title('Untitled Product feature spec with API and data model');
  const box = await title.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(844);
  // Nothing makes the page itself scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const menu = page.getByRole('button', { name: 'Sections', exact: true });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(editor.outline).toBeHidden();
  await menu.click();
  await expect(editor.outline).toBeVisible();
  await editor.outlineLink('Risks & Mitigations').click();
  await expect(editor.outline).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Risks & Mitigations' })).toBeFocused();

  const risks = editor.section('Risks & Mitigations');
  const scroller = risks.locator('.table-field-scroll');
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expect(risks.getByText('Scroll sideways for more columns')).toBeVisible();
  await editor.field('Row 1 Mitigation', risks).focus();
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});
