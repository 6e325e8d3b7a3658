import { readFileSync } from 'node:fs';
import { createDraft } from '../src/core/draft/create-draft';
import { draftToUpdate } from '../src/core/draft-doc/draft-to-doc';
import { summarizeDraft } from '../src/core/draft-summary/draft-summary';
import { toBase64url } from '../src/core/share/base64url';
import { parseTemplate } from '../src/core/template/parse-template';
import { storeDrafts, type StoredDraft } from './draft-database';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { EditorPage } from './pages/editor-page';
import type { LibraryPage } from './pages/library-page';

const { template } = parseTemplate(readFileSync(new URL('../templates/data-platform-feature-spec.md', import.meta.url), 'utf8'), { id: 'data-platform-feature-spec' });

/** `count` drafts as the app stores them, "Draft number 0" the most recently edited. */
function manyDrafts(count: number): StoredDraft[] {
  return Array.from({ length: count }, (_, k) => {
    const draft = { ...createDraft(template, { id: `many-${k}`, now: new Date(Date.UTC(2026, 0, 1) - k * 60_000) }), name: `Draft number ${k}` };
    return { id: draft.id, update: toBase64url(draftToUpdate(draft)), summary: summarizeDraft(draft) };
  });
}

/** Searches the library for "Draft number `n`", finds it alone, and opens it. */
async function findAndOpen({ page, library, editor }: { page: Page; library: LibraryPage; editor: EditorPage }, n: number) {
  await library.search.fill(`number ${n}`);
  await expect(library.drafts).toHaveCount(1);
  await expect(library.region.getByRole('status').filter({ hasText: `1 draft match “number ${n}”.` })).toBeVisible();
  await library.openLink(`Draft number ${n}`).click();
  await expect(page).toHaveURL(new RegExp(`/drafts/many-${n}$`));
  await expect(editor.title(`Draft number ${n}`)).toBeVisible();
}

test.describe('a library of many drafts', () => {
  test('lists them a page at a time with the count said, finds one not shown, and opens it', async ({ page, library, editor }) => {
    await library.goto();
    await page.goto('/favicon.svg');
    await storeDrafts(page, manyDrafts(300));
    await library.goto();

    const list = library.region.getByRole('list', { name: 'Drafts' });
    await expect(library.region.getByRole('status').filter({ hasText: '300 drafts; showing the first 50.' })).toBeVisible();
    await expect(library.drafts).toHaveCount(50);
    await expect(list.getByRole('listitem').first()).toContainText('Draft number 0');

    // The next page, from the keyboard.
    const more = library.region.getByRole('button', { name: 'Show 50 more drafts' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(library.drafts).toHaveCount(100);
    await expect(library.draft('Draft number 99')).toBeVisible();

    // Search looks through every draft, shown or not.
    await findAndOpen({ page, library, editor }, 287);
  });

  test('a summary damaged in storage is built again from the draft, never listed wrong', async ({ page, library, draftDb }) => {
    await library.goto();
    await page.goto('/favicon.svg');
    await storeDrafts(page, manyDrafts(3));
    await draftDb.putSummary({ id: 'many-1', kind: 'specwright/draft-summary', version: 1, title: 42 });
    await library.goto();

    await expect(library.drafts).toHaveCount(3);
    await expect(library.draft('Draft number 1')).toContainText('Data platform feature spec');
    await expect.poll(() => draftDb.summary('many-1')).toMatchObject({ id: 'many-1', title: 'Draft number 1', templateId: 'data-platform-feature-spec' });
    await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0);
  });

  test('in a big library, a draft whose summary is missing or damaged is still listed, found and opened', async ({ page, library, editor, draftDb }) => {
    await library.goto();
    await page.goto('/favicon.svg');
    await storeDrafts(page, manyDrafts(300));
    await draftDb.deleteSummary('many-250');
    await draftDb.putSummary({ id: 'many-260', kind: 'specwright/draft-summary', version: 1, filled: -1 });
    await library.goto();

    await expect(library.region.getByRole('status').filter({ hasText: '300 drafts; showing the first 50.' })).toBeVisible();
    await expect.poll(() => draftDb.summary('many-250')).toMatchObject({ id: 'many-250', title: 'Draft number 250' });
    await expect.poll(() => draftDb.summary('many-260')).toMatchObject({ id: 'many-260', title: 'Draft number 260', templateId: 'data-platform-feature-spec' });
    await library.search.fill('number 260');
    await expect(library.drafts).toHaveCount(1);
    await expect(library.draft('Draft number 260')).toContainText('Data platform feature spec');
    await findAndOpen({ page, library, editor }, 250);
  });

  test('a draft found by search is deleted, the count says so, and Undo puts it back', async ({ page, library, draftDb }) => {
    await library.goto();
    await page.goto('/favicon.svg');
    await storeDrafts(page, manyDrafts(300));
    await library.goto();

    // Typed key by key, as a person does: the list follows the box.
    await library.search.pressSequentially('number 123', { delay: 20 });
    await expect(library.region.getByRole('status').filter({ hasText: '1 draft match “number 123”.' })).toBeVisible();
    await expect(library.drafts).toHaveCount(1);
    await library.region.getByRole('button', { name: 'Delete Draft number 123', exact: true }).click();
    await expect(library.region.getByRole('status').filter({ hasText: 'No drafts match “number 123”.' })).toBeVisible();
    await expect.poll(() => draftDb.summary('many-123')).toBeUndefined();
    await library.search.fill('');
    await expect(library.region.getByRole('status').filter({ hasText: '299 drafts; showing the first 50.' })).toBeVisible();

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(library.region.getByRole('status').filter({ hasText: '300 drafts; showing the first 50.' })).toBeVisible();
    await expect.poll(() => draftDb.summary('many-123')).toMatchObject({ id: 'many-123', title: 'Draft number 123' });
    await library.goto();
    await library.search.fill('number 123');
    await expect(library.draft('Draft number 123')).toBeVisible();
  });
});
