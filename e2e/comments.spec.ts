import type { Browser, Locator, Page } from '@playwright/test';
import { EditorPage, expect, test } from './fixtures';
import { syncUrl } from './sync-server';

// Review comments on a draft, stored in its Yjs document (real IndexedDB), and on a team draft through the real sync server.
const dataPlatform = 'Data platform feature spec';
const story1 = 'User Story 1 - [Brief Title] (Priority: P1)';

const panel = (page: Page) => page.getByRole('region', { name: 'Comments', exact: true });
const proseOf = (editor: EditorPage) => editor.prose(story1, editor.section(story1));
const marks = (field: Locator) => field.locator('mark.comment-range');

/** Writes `text` into the story's field, selects its last `chars` characters before the final full stop and comments on them. */
async function commentOnWords(editor: EditorPage, page: Page, text: string, chars: number, comment: string) {
  const field = proseOf(editor);
  await editor.clearProse(field);
  await page.keyboard.type(text);
  await page.keyboard.press('ArrowLeft');
  for (let k = 0; k < chars; k++) await page.keyboard.press('Shift+ArrowLeft');
  await editor.toolbar.getByRole('button', { name: 'Comment on the selection' }).click();
  await panel(page).getByLabel('New comment').fill(comment);
  await panel(page).getByRole('button', { name: 'Add comment' }).click();
  await expect(panel(page).getByRole('status')).toHaveText('Comment added.');
}

test('a comment on a prose range stays on its words after edits before it', async ({ editor, page }) => {
  await editor.startDraft(dataPlatform);
  await commentOnWords(editor, page, 'Nightly loads finish by six.', 3, 'Which time zone?');
  const field = proseOf(editor);
  await expect(marks(field)).toHaveText(['six']);

  // Text typed before the words (at the start of the field, and just before them).
  await field.click();
  await expect(field).toHaveAttribute('contenteditable', 'true');
  await expect(field).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.type('Every day, ');
  await expect(field.locator('.comment-range')).toHaveText(['six']);
  await page.keyboard.press('End');
  for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('half past ');
  await page.keyboard.press('Escape');
  await expect(field).toHaveText('Every day, Nightly loads finish by half past six.');
  await expect(marks(field)).toHaveText(['six']);

  await editor.waitUntilSaved();
  await editor.reload();
  await expect(marks(proseOf(editor))).toHaveText(['six']);
  await page.getByRole('button', { name: /^Comments/ }).click();
  await expect(panel(page).getByRole('article')).toHaveCount(1);
  await expect(panel(page).getByText('On “six”')).toBeVisible();
  await expect(panel(page).getByText('Which time zone?')).toBeVisible();
  await expect(editor.outlineLink(story1)).toHaveAccessibleName(/1 open comment/);

  // Jump to: the words are highlighted as the current comment.
  await panel(page).getByRole('button', { name: 'Jump to' }).click();
  await expect(proseOf(editor).locator('mark.comment-range.is-current')).toHaveText('six');

  // Deleting the words keeps the comment, shown as on deleted text.
  await editor.clearProse(proseOf(editor));
  await page.keyboard.type('Something else.');
  await page.keyboard.press('Escape');
  await expect(marks(proseOf(editor))).toHaveCount(0);
  await expect(panel(page).getByText('On deleted text “six”')).toBeVisible();
});

test('replies, resolve and reopen, delete own; the spec export never has comments and the review summary has them', async ({ editor, page }) => {
  await editor.startDraft(dataPlatform);
  await commentOnWords(editor, page, 'Loads finish by six.', 3, 'Which time zone?');
  const section = editor.section(story1);
  await section.getByRole('button', { name: `Comment on ${story1} (1 open)`, exact: true }).click();
  await panel(page).getByLabel('New comment').fill('Needs an owner.');
  await panel(page).getByRole('button', { name: 'Add comment' }).click();
  await expect(panel(page).getByRole('article')).toHaveCount(2);

  const first = panel(page).getByRole('article').filter({ hasText: 'Which time zone?' });
  await first.getByRole('button', { name: 'Reply' }).click();
  await first.getByLabel('Reply').fill('UTC, every day.');
  await first.getByRole('button', { name: 'Add reply' }).click();
  await expect(first.getByRole('list', { name: 'Replies' })).toContainText('UTC, every day.');

  const second = panel(page).getByRole('article').filter({ hasText: 'Needs an owner.' });
  await second.getByRole('button', { name: 'Resolve' }).click();
  await expect(panel(page).getByRole('article')).toHaveCount(1);
  await panel(page).getByRole('button', { name: 'Resolved (1)' }).click();
  await expect(panel(page).getByRole('article')).toHaveText(/Needs an owner\./);
  await panel(page).getByRole('button', { name: 'Reopen' }).click();
  await expect(panel(page).getByRole('article')).toHaveCount(0);
  await panel(page).getByRole('button', { name: 'Open (2)' }).click();
  await expect(panel(page).getByRole('article')).toHaveCount(2);
  await second.getByRole('button', { name: 'Resolve' }).click();

  const spec = await editor.downloadExport();
  expect(spec.text).toContain('Loads finish by six.');
  for (const word of ['Which time zone', 'UTC, every day', 'Needs an owner']) expect(spec.text).not.toContain(word);

  const summary = await editor.download(() => panel(page).getByRole('button', { name: 'Export review summary' }).click());
  expect(summary.name).toMatch(/-review\.md$/);
  expect(summary.text).toContain('**Open**, on “six”: Guest');
  expect(summary.text).toContain('Which time zone?');
  expect(summary.text).toContain('  - Reply: Guest');
  expect(summary.text).toContain('UTC, every day.');
  expect(summary.text).toContain('**Resolved**, on the section: Guest');

  await panel(page).getByRole('button', { name: 'Resolved (1)' }).click();
  await second.getByRole('button', { name: 'Delete' }).click();
  await expect(panel(page).getByRole('article')).toHaveCount(0);
  await expect(panel(page).getByRole('button', { name: 'Resolved (0)' })).toBeVisible();
});

async function person(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { page, editor: new EditorPage(page), close: () => context.close() };
}

test('on a team draft the other person sees a comment live', async ({ browser }) => {
  const ana = await person(browser);
  const ben = await person(browser);
  await ana.editor.startDraft(dataPlatform);
  await ana.page.getByRole('button', { name: 'Work on this together' }).click();
  await ana.page.getByLabel('Sync server').fill(syncUrl);
  await ana.page.getByLabel('Your name').fill('Ana');
  await ana.page.getByRole('button', { name: 'Start working together' }).click();
  const link = await ana.page.getByLabel('Invitation link').inputValue();
  await ana.page.getByRole('button', { name: 'Close' }).click();
  await ben.page.goto(link);
  await ben.page.getByLabel('Your name').fill('Ben');
  await ben.page.getByRole('button', { name: 'Join' }).click();
  await expect(ben.page.getByRole('region', { name: 'Team' }).getByRole('status')).toHaveText('Connected');

  await ben.page.getByRole('button', { name: /^Comments/ }).click();
  await commentOnWords(ana.editor, ana.page, 'Loads finish by six.', 3, 'Which time zone?');
  await expect(panel(ben.page).getByRole('article')).toHaveCount(1);
  await expect(panel(ben.page).getByRole('article')).toContainText('Ana');
  await expect(panel(ben.page).getByText('On “six”')).toBeVisible();
  await expect(marks(proseOf(ben.editor))).toHaveText(['six']);

  const thread = panel(ben.page).getByRole('article');
  await thread.getByRole('button', { name: 'Reply' }).click();
  await thread.getByLabel('Reply').fill('UTC.');
  await thread.getByRole('button', { name: 'Add reply' }).click();
  await expect(panel(ana.page).getByRole('list', { name: 'Replies' })).toContainText('UTC.');
  await ana.close();
  await ben.close();
});
