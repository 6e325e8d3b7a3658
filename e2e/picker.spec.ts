import { expect, test } from './fixtures';
import { builtInTemplateFiles } from './template-files';

const templates = builtInTemplateFiles();
const dataPlatform = 'Data platform feature spec';

test.describe('template picker', () => {
  test('shows one card per built-in template, sorted by name', async ({ picker }) => {
    // Five ship today; a template added to templates/ must appear with no code change.
    expect(templates.length).toBeGreaterThanOrEqual(5);
    await picker.goto();

    await expect(picker.cards).toHaveCount(templates.length);
    const expected = templates.map((t) => t.name).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    expect(await picker.cardNames()).toEqual(expected);
    for (const { name } of templates) {
      await expect(picker.previewLink(name)).toBeVisible();
    }
  });

  test('a card summarises its template and offers to start a draft from it', async ({ picker, page }) => {
    await picker.goto();
    const card = picker.card(dataPlatform);

    await expect(card.getByText(/user stories plus data-integrity/)).toBeVisible();
    const size = card.getByRole('list', { name: 'Template size' });
    await expect(size.getByRole('listitem')).toHaveText([/^\d+ sections$/, /^\d+ mandatory$/, /^\d+ conditional$/, '1 repeatable group']);

    const start = picker.startDraftButton(dataPlatform);
    await expect(start).toBeVisible();
    await expect(start).toBeEnabled();
    await start.click();
    await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
  });

  test('Preview outline opens the section outline, and Back returns', async ({ picker, outlinePage, page }) => {
    await picker.goto();
    await picker.openOutline(dataPlatform);

    await expect(page).toHaveURL(/\/templates\/data-platform-feature-spec$/);
    await expect(outlinePage.title(dataPlatform)).toBeVisible();
    await expect(page).toHaveTitle(`${dataPlatform} · Specwright`);
    await expect(outlinePage.outline).toBeVisible();

    await outlinePage.backLink.click();
    await expect(picker.heading).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe('template outline', () => {
  test('marks sections mandatory and conditional, and folds numbered stories into a repeatable group', async ({ outlinePage }) => {
    await outlinePage.goto('data-platform-feature-spec');
    await expect(outlinePage.title(dataPlatform)).toBeVisible();

    const scenarios = outlinePage.section('User Scenarios & Testing');
    await expect(scenarios).toBeVisible();
    await expect(scenarios.getByText('Mandatory', { exact: true })).toBeVisible();

    const entities = outlinePage.section('Key Entities');
    await expect(entities.getByText('Conditional', { exact: true })).toBeVisible();
    await expect(outlinePage.sectionItem('Key Entities')).toContainText('Include if feature involves data');

    // Nested sections sit inside their parent's item.
    await expect(outlinePage.sectionItem('Requirements')).toContainText('Functional Requirements');

    const stories = outlinePage.repeatableGroup('User Story');
    await expect(stories).toBeVisible();
    await expect(stories).toContainText('×3, repeatable');
    for (const n of [1, 2, 3]) {
      await expect(outlinePage.outline.getByRole('heading', { name: new RegExp(`^User Story ${n} - \\[Brief Title\\]`) })).toBeVisible();
    }
  });

  test('guidance is folded away until asked for', async ({ outlinePage }) => {
    await outlinePage.goto('data-platform-feature-spec');
    const item = outlinePage.sectionItem('User Scenarios & Testing');
    const fullText = item.getByText('Deployed independently');

    await expect(fullText).toBeHidden();
    await outlinePage.guidanceToggle('User Scenarios & Testing').click();
    await expect(fullText).toBeVisible();
  });

  test('every built-in template has an outline at its own address', async ({ outlinePage }) => {
    for (const { id, name } of templates) {
      await outlinePage.goto(id);
      await expect(outlinePage.title(name)).toBeVisible();
      await expect(outlinePage.outline.getByRole('heading').first()).toBeVisible();
      await expect(outlinePage.startDraftButton).toBeEnabled();
    }
  });

  test('Start draft on an outline makes a draft from that template', async ({ outlinePage, draftPage, page }) => {
    await outlinePage.goto('data-platform-feature-spec');
    await outlinePage.startDraftButton.click();
    await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
    await expect(draftPage.title(`Untitled ${dataPlatform}`)).toBeVisible();
  });

  test('an unknown template or address says so and links home', async ({ page }) => {
    await page.goto('/templates/no-such-template');
    await expect(page.getByRole('heading', { level: 1, name: 'Template not found' })).toBeVisible();
    await expect(page.getByText('no-such-template')).toBeVisible();

    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the templates' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Start from a template' })).toBeVisible();
  });
});

test.describe('layout', () => {
  test('at phone width the picker is one column and nothing scrolls sideways', async ({ picker, outlinePage, page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await picker.goto();
    await expect(picker.cards).toHaveCount(templates.length);

    const lefts = new Set<number>();
    for (const card of await picker.cards.all()) {
      const box = await card.boundingBox();
      if (box) lefts.add(Math.round(box.x));
    }
    expect(lefts.size).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await outlinePage.goto('data-platform-feature-spec');
    await outlinePage.guidanceToggle('User Scenarios & Testing').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await outlinePage.goto('product-feature-spec-api-data-model');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('follows the system colour scheme', async ({ picker, page }) => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await picker.goto();
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await background();
    expect(dark).not.toBe(light);
  });

  test('keyboard focus is visible', async ({ picker, page }) => {
    await picker.goto();
    const link = picker.previewLink(dataPlatform);
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
