import { createDraft } from '../src/core/draft/create-draft';
import type { Draft } from '../src/core/draft/draft-schema';
import { parseTemplate } from '../src/core/template/parse-template';
import { bigTemplate } from '../bench/big-template';
import { expect, test, type DraftDatabase, type EditorPage } from './fixtures';

// Issue #16, "Fast on a phone, with a big draft": a 200-section draft opens a screenful at a time (the
// rest as placeholders, then rendered after each paint) and its prose fields at rest, with the live
// editor's code loaded apart. Finding, jumping and tabbing must not notice.

const SECTIONS = 200;

function bigDraft(id: string): Draft {
  const { template } = parseTemplate(bigTemplate(SECTIONS), { id: 'big-200' });
  const draft = createDraft(template, { id, now: new Date() });
  const far = draft.sections[189];
  const prose = far?.blocks.find((block) => block.kind === 'prose');
  if (prose?.kind === 'prose') prose.markdown = 'The zebra ledger migrates nightly.';
  return { ...draft, name: 'Big draft' };
}

/** Stores the big draft as an earlier version of the app kept it, and opens it. */
async function openBigDraft(editor: EditorPage, draftDb: DraftDatabase, id: string) {
  await editor.page.goto('/');
  await draftDb.put(bigDraft(id) as unknown as Record<string, unknown>);
  await editor.page.goto(`/drafts/${id}`);
  await expect(editor.page.locator('.draft-section input').first()).toBeVisible();
}

test('find in page finds words in a far section not rendered yet, and brings them into view in the real section', async ({ editor, draftDb, page }) => {
  await openBigDraft(editor, draftDb, 'big-find');
  // Straight after opening: Area 190 is not rendered yet.
  expect(await page.locator('.draft-section').count()).toBeLessThan(SECTIONS);
  await expect(editor.section('Area 190')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { find: (text: string) => boolean }).find('zebra ledger'))).toBe(true);
  const area = editor.section('Area 190');
  await expect(area).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => String(document.getSelection()))).toBe('zebra ledger');
  const selected = () => page.evaluate(() => {
    const node = document.getSelection()?.anchorNode;
    const element = node instanceof Element ? node : node?.parentElement;
    const box = element?.getBoundingClientRect();
    return { section: element?.closest('.draft-section')?.getAttribute('aria-labelledby') ?? null, inView: !!box && box.bottom > 0 && box.top < window.innerHeight };
  });
  await expect.poll(selected).toEqual({ section: 'section-area-190', inView: true });
  await expect(editor.prose('Area 190', area)).toBeInViewport();
});

test('the outline jumps to a far section: its heading focused and in view, its fields usable', async ({ editor, draftDb, page }) => {
  await openBigDraft(editor, draftDb, 'big-outline');
  await editor.outlineLink('Area 195').click();
  const heading = page.getByRole('heading', { name: 'Area 195', exact: true });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  const area = editor.section('Area 195');
  await editor.fill('Owner', 'Zebra team', area);
  await expect(editor.field('Owner', area)).toHaveValue('Zebra team');
  const prose = editor.prose('Area 195', area);
  await prose.click();
  await expect(prose).toHaveAttribute('contenteditable', 'true');
  await page.keyboard.type('Far words');
  await expect(prose).toHaveText('Far words');
});

test('a finding in Checks about a far field focuses it, in view, and typing goes there', async ({ editor, draftDb, page }) => {
  await openBigDraft(editor, draftDb, 'big-checks');
  await editor.checksButton.click();
  const finding = editor.checksPanel.getByRole('button', { name: /capability 190\b/ });
  await finding.first().click();
  const field = editor.section('Area 190').getByRole('textbox', { name: /RI-001/ });
  await expect(field).toBeFocused();
  await expect(field).toBeInViewport();
  await page.keyboard.type('record each zebra');
  await expect(field).toHaveValue(/record each zebra/);
});

test('Tab from the last field of a section goes to the next section’s first field, and on to its prose at rest, where typing starts the editor', async ({ editor, draftDb, page }) => {
  await openBigDraft(editor, draftDb, 'big-tab');
  // Near the top (rendered with the first paint) and far down (rendered later), the same order.
  for (const [from, to] of [
    ['Area 2', 'Area 3'],
    ['Area 150', 'Area 151'],
  ] as const) {
    const stops = (section: string) => editor.section(section).locator('input, select, textarea, button, a[href], [tabindex="0"]').filter({ visible: true });
    await stops(from).last().focus();
    await page.keyboard.press('Tab');
    const first = stops(to).first();
    await expect(first).toBeFocused();
    await expect(first).toBeInViewport();
    const prose = editor.prose(to, editor.section(to));
    for (let k = 0; k < 4 && !(await prose.evaluate((el) => el === document.activeElement)); k++) await page.keyboard.press('Tab');
    await expect(prose).toBeFocused();
    await page.keyboard.type('Typed after Tab');
    await expect(prose).toHaveAttribute('contenteditable', 'true');
    await expect(prose).toHaveText('Typed after Tab');
    await page.keyboard.press('Escape');
  }
});
