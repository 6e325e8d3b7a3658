import { inflateRawSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { makeRealLink, pack, unpack, type Section } from './share-links';

/** Every prose block of a link's draft, subsections included. */
function proseBlocks(sections: Section[]): Section['blocks'] {
  return sections.flatMap((section) => [...section.blocks.filter((block) => block.kind === 'prose'), ...proseBlocks(section.children)]);
}

test('a ~21 KB link that unpacks to 3.9 MB of prose is refused with a message, with no long task and nothing stored', async ({ browser, baseURL, page, sharedPage, draftDb }) => {
  // A real link, its prose fields filled with one sentence over and over: it packs very small.
  const envelope = unpack(await makeRealLink(browser, baseURL));
  const prose = proseBlocks(envelope.draft.sections);
  expect(prose.length).toBeGreaterThan(0);
  const sentence = 'The system MUST keep every run for audit purposes and show it to operators on request. ';
  const perField = Math.floor(3_900_000 / prose.length);
  for (const block of prose) block.markdown = sentence.repeat(Math.ceil(perField / sentence.length)).slice(0, perField);
  const heavy = pack(envelope);
  expect(heavy.length).toBeGreaterThan(15_000);
  expect(heavy.length).toBeLessThan(30_000);
  expect(inflateRawSync(Buffer.from(heavy.slice(3), 'base64url')).length).toBeGreaterThan(3_800_000);

  // Main-thread tasks over 100 ms, recorded from before the app's first script.
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.duration > 100) tasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  // The app loads first (its own start-up is not what is measured), then the link is pasted into the tab.
  await sharedPage.goto('/shared');
  await expect(sharedPage.error).toBeVisible();
  await page.waitForTimeout(500);
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
  await page.evaluate((fragment) => (window.location.hash = fragment), heavy);

  await expect(sharedPage.errorMessage).toHaveText(/^This (draft is too big to open quickly|link unpacks to far more data than any draft), so it was not opened\./);
  await expect(sharedPage.nothingSaved).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)).toEqual([]);
  expect(await draftDb.countWithoutCreating()).toBe(0);
});

test.describe('Markdown import over the caps', () => {
  const spec = (body: string) => `# Feature Specification: Run history\n\n## User Scenarios & Testing *(mandatory)*\n\n${body}\n\n## Requirements *(mandatory)*\n\n- **FR-001**: System MUST store every run.\n`;

  test('a prose field of 300,000 characters is refused with a message, and no draft is made', async ({ importPage, page, draftDb }) => {
    await importPage.goto();
    await importPage.markdown.fill(spec('Operators see every run. '.repeat(12_000)));
    await expect(page.getByRole('alert')).toHaveText(/^This spec is too big to import\. A prose field in “.+” holds 3\d\d,\d{3} characters; a prose field may hold at most 200,000\.$/);
    await expect(importPage.createButton).toBeDisabled();
    expect(await draftDb.countWithoutCreating()).toBe(0);
  });

  test('Markdown longer than a draft may be is refused before it is matched to a template', async ({ importPage, page }) => {
    await importPage.goto();
    await importPage.markdown.fill(spec('Operators see every run. '.repeat(42_000)));
    await expect(page.getByRole('alert')).toHaveText(/^This spec is too big to import\. This Markdown holds 1,\d{3},\d{3} characters; a draft may hold at most 1,000,000\.$/);
    await expect(importPage.template).toHaveCount(0);
    await expect(importPage.createButton).toHaveCount(0);
  });
});

test('a custom template with more sections than a draft may have shows the error and cannot be saved', async ({ addTemplate, customTemplates, page }) => {
  const template = (n: number) => '# Spec: [NAME]\n\n' + Array.from({ length: n }, (_, k) => `## Section ${k + 1}\n\n[What goes here]\n`).join('\n');
  await addTemplate.goto();
  await addTemplate.paste(template(501));
  // Section 501's heading: 4 lines per section after the 2-line title.
  await expect(addTemplate.problems).toContainText('Error Line 2003: The template has 501 sections; a template may have at most 500.');
  await expect(addTemplate.saveButton).toBeDisabled();
  await addTemplate.paste(template(500));
  await expect(addTemplate.saveButton).toBeEnabled();
  await page.goto('/');
  expect(await customTemplates.storedCount()).toBe(0);
});
