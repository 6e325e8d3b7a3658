import { expect, test } from './fixtures';

// The README's screenshots of the editor, 1280 px and 390 px wide, light and
// dark. Not part of `npm test` (pictures are for reading, not asserting):
//   SCREENSHOTS=1 npx playwright test e2e/screenshots.spec.ts
// writes docs/screenshots/editor-<width>-<theme>.png.

const sizes = [
  { width: 1280, height: 800, view: 'Split' as const },
  { width: 390, height: 844, view: 'Edit' as const },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const size of sizes) {
    test(`editor at ${size.width} px, ${colorScheme}`, async ({ editor, page }) => {
      test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to write docs/screenshots/');
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: size.width, height: size.height });
      await editor.startDraft('Data platform feature spec');
      await editor.titleInput.fill('Run history for scheduled pipelines');
      await editor.field('Feature Branch').fill('042-run-history');
      await editor.viewButton(size.view).click();
      if (size.view === 'Split') await expect(editor.splitPane.getByRole('heading', { level: 1 })).toHaveText('Feature Specification: Run history for scheduled pipelines');
      await page.evaluate(() => window.scrollTo(0, 0));
      await editor.waitUntilSaved();
      await page.screenshot({ path: `docs/screenshots/editor-${size.width}-${colorScheme}.png` });
    });
  }
}
