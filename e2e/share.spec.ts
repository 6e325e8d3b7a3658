import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { DraftDatabase, EditorPage, LibraryPage, SharedDraftPage, expect, test } from './fixtures';
import { unsafeMarkup } from './unsafe-markup';
import { makeRealLink, newContext, pack, unpack, type Section } from './share-links';

const dataPlatform = 'Data platform feature spec';
const product = 'Product feature spec with API and data model';

/** The codec's messages (src/core/share/share-error.ts), as the person who opened the link reads them. */
const messages = {
  notOurs: 'This link does not contain a Specwright draft.',
  noFragment: 'This address has no shared draft in it. Shared links end in #s1. followed by the draft.',
  badCompression: 'This link was cut off or changed: its data could not be unpacked. Ask for the link again, and copy all of it.',
  tooLarge: 'This link unpacks to far more data than any draft, so it was not opened.',
  futureVersion: 'This link was made by a newer version of Specwright. Reload the page to update the app, then open the link again.',
};

/** Records anything that would show a script ran: alert/confirm/prompt dialogs and `window.__pwned`. */
function watchForScript(page: Page): { dialogs: string[]; pwned: () => Promise<unknown> } {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { dialogs, pwned: () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned) };
}

async function localStorageKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage));
}

test.describe('share: a link opened in another browser', () => {
  test('opens read-only with the same content; Save as my draft adds a draft and leaves the recipient’s own alone; each save is a new draft', async ({ browser, baseURL, editor, page, context }) => {
    test.setTimeout(60_000); // two browsers, two drafts filled, three saves
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // The sender fills a draft with a title, a requirement and table cells.
    await editor.startDraft(product);
    await editor.titleInput.fill('Preview environments');
    await expect(editor.title('Preview environments')).toBeVisible();
    await editor.fill('Description', 'Create a preview for each pull request.', editor.section('Requirement 1: [Name]'));
    const risks = editor.section('Risks & Mitigations');
    await editor.fill('Row 1 Risk', 'Previews leak secrets', risks);
    await editor.fill('Row 1 Mitigation', 'Scoped, short-lived tokens', risks);
    await editor.waitUntilSaved();
    await editor.downloadButton.click();
    const sent = await editor.download(() => editor.exportConfirm.getByRole('button', { name: 'Download anyway', exact: true }).click());

    const link = await editor.shareLinkUrl();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/shared#s1\.[A-Za-z0-9_-]+$/);
    await expect(editor.shareLink).toHaveAccessibleName(`Link (${link.length.toLocaleString('en')} characters)`);
    await editor.shareDialog.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(editor.shareDialog.getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    // The link carries content, and nothing that belongs to the sender's copy (its id, times, revision).
    const envelope = unpack(link);
    expect(envelope).toMatchObject({ kind: 'specwright/share', version: 1, draft: { titleText: 'Preview environments' } });
    for (const key of ['id', 'createdAt', 'updatedAt', 'revision']) expect(envelope.draft).not.toHaveProperty(key);
    await editor.shareDialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(editor.shareDialog).toBeHidden();

    // The recipient: another browser, with a draft of its own.
    const recipient = await newContext(browser, baseURL);
    const own = new EditorPage(recipient.page);
    const ownId = await own.startDraft(dataPlatform);
    const ownFr1 = () => own.field('FR-001', own.section('Functional Requirements'));
    await ownFr1().fill('Recipient’s own requirement, typed before the link arrived.');
    await own.waitUntilSaved();
    const db = new DraftDatabase(recipient.page);
    const ownRecord = await db.get(ownId);

    const shared = new SharedDraftPage(recipient.page);
    await shared.goto(link);
    await expect(shared.badge).toBeVisible();
    await expect(shared.title('Preview environments')).toBeVisible();
    await expect(recipient.page).toHaveTitle('Preview environments (shared) · Specwright');
    await expect(shared.content).toContainText('Create a preview for each pull request.');
    await expect(shared.content.getByRole('cell', { name: 'Previews leak secrets', exact: true })).toBeVisible();
    await expect(shared.content.getByRole('cell', { name: 'Scoped, short-lived tokens', exact: true })).toBeVisible();
    expect(recipient.page.url()).not.toContain('#');
    expect(recipient.page.url()).toMatch(/\/shared$/);
    expect(await db.count()).toBe(1); // opening stores nothing

    await shared.saveButton.click();
    await expect(recipient.page).toHaveURL(/\/drafts\/[^/]+$/);
    const firstCopyId = own.draftId();
    expect(firstCopyId).not.toBe(ownId);
    await expect(own.title('Preview environments')).toBeVisible();
    await own.waitUntilSaved();
    await expect(own.titleInput).toHaveValue('Preview environments');
    await expect(own.field('Description', own.section('Requirement 1: [Name]'))).toHaveValue('Create a preview for each pull request.');
    await expect(own.field('Row 1 Risk', own.section('Risks & Mitigations'))).toHaveValue('Previews leak secrets');
    // The copy exports exactly what the sender exported.
    await own.downloadButton.click();
    const received = await own.download(() => own.exportConfirm.getByRole('button', { name: 'Download anyway', exact: true }).click());
    expect(received).toEqual(sent);

    // The same link again, saved again: another new draft, never a replacement.
    await shared.goto(link);
    await expect(shared.title('Preview environments')).toBeVisible();
    await shared.saveButton.click();
    await expect(recipient.page).toHaveURL(/\/drafts\/[^/]+$/);
    const secondCopyId = own.draftId();
    expect([ownId, firstCopyId]).not.toContain(secondCopyId);
    await own.waitUntilSaved();

    const library = new LibraryPage(recipient.page);
    await library.goto();
    expect((await library.titles()).sort()).toEqual(['Preview environments', 'Preview environments', `Untitled ${dataPlatform}`]);
    expect(await db.count()).toBe(3);
    expect(await db.get(ownId)).toEqual(ownRecord);
    await library.openLink(`Untitled ${dataPlatform}`).click();
    await expect(ownFr1()).toHaveValue('Recipient’s own requirement, typed before the link arrived.');

    // The sender's draft is as it was.
    await editor.reload();
    await expect(editor.title('Preview environments')).toBeVisible();
    await recipient.context.close();
  });
});

test.describe('share: a tab already on /shared', () => {
  // Known bug: SharedDraftView reads the fragment once, in a useState
  // initializer. A link pasted into a tab already on /shared changes only the
  // fragment, so the page does not reload: the old error (or the old draft)
  // stays on screen and the new payload stays in the address bar.
  test('a good link pasted into the tab that showed a cut-off one opens the draft', async ({ editor, page, sharedPage: shared }) => {
    await editor.startDraft(dataPlatform);
    await editor.titleInput.fill('Run history');
    await editor.waitUntilSaved();
    const link = await editor.shareLinkUrl();

    await shared.goto(link.slice(0, -40));
    await expect(shared.errorMessage).toHaveText(messages.badCompression);
    await page.goto(link); // as typed into the address bar: same path, new fragment
    await expect(shared.title('Run history')).toBeVisible();
    await expect(shared.saveButton).toBeVisible();
    expect(page.url()).not.toContain('#');
  });
});

test.describe('share: links that cannot be opened', () => {
  /** Opens the link in this test's fresh context and checks the page says why, ran nothing and stored nothing. */
  async function expectRefused(page: Page, fragment: string | null, message: string) {
    const script = watchForScript(page);
    const shared = new SharedDraftPage(page);
    await shared.goto(fragment === null ? '/shared' : `/shared#${fragment}`);
    await expect(shared.error).toBeVisible();
    await expect(shared.errorMessage).toHaveText(message);
    await expect(shared.nothingSaved).toBeVisible();
    await expect(shared.saveButton).toHaveCount(0);
    await expect(page).toHaveTitle('Link cannot be opened · Specwright');
    expect(page.url()).not.toContain('#');
    expect(await unsafeMarkup(page)).toEqual([]);
    expect(await script.pwned()).toBeUndefined();
    expect(script.dialogs).toEqual([]);
    expect(await new DraftDatabase(page).countWithoutCreating()).toBe(0);
    expect(await localStorageKeys(page)).toEqual([]);
    await shared.homeLink.click();
    await expect(new LibraryPage(page).empty).toBeVisible();
  }

  /** A real link, made by the app: the base of the damaged ones. */
  let realLink = '';
  test.beforeAll(async ({ browser }, testInfo) => {
    realLink = await makeRealLink(browser, testInfo.project.use.baseURL);
  });

  test('a link cut short (40 characters off the end)', async ({ page }) => {
    const fragment = new URL(realLink).hash.slice(1);
    await expectRefused(page, fragment.slice(0, -40), messages.badCompression);
  });

  test('valid base64url that is not deflate', async ({ page }) => {
    // Fixed bytes, so the test is the same every run; Node's zlib agrees they are not a deflate stream.
    const bytes = Buffer.from('f7c3a91e5d0b8e62f4a7193cd5e08b2a6f1d9c47e3b5a8027d6c1f94b3e5a7d8', 'hex');
    expect(() => inflateRawSync(bytes)).toThrow();
    await expectRefused(page, `s1.${bytes.toString('base64url')}`, messages.badCompression);
  });

  test('a deflate bomb: 40 MB of zeros in a link under the length cap', async ({ page }) => {
    const body = deflateRawSync(Buffer.alloc(40 * 1024 * 1024), { level: 9 }).toString('base64url');
    expect(body.length).toBeLessThan(65_536);
    const started = Date.now();
    await expectRefused(page, `s1.${body}`, messages.tooLarge);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  test('a link from a newer link format (s2.)', async ({ page }) => {
    const fragment = new URL(realLink).hash.slice(1);
    await expectRefused(page, `s2.${fragment.slice(3)}`, messages.futureVersion);
  });

  test('an envelope of version 99', async ({ page }) => {
    await expectRefused(page, pack({ ...unpack(realLink), version: 99 }), messages.futureVersion);
  });

  test('a draft of a format newer than this app reads', async ({ page }) => {
    const envelope = unpack(realLink);
    await expectRefused(page, pack({ ...envelope, draft: { ...envelope.draft, version: 99 } }), messages.futureVersion);
  });

  test('a fragment that is not a share link, and no fragment at all', async ({ page }) => {
    await expectRefused(page, 'intro', messages.notOurs);
    await expectRefused(page, null, messages.noFragment);
  });
});

test.describe('share: a link whose content is hostile', () => {
  /** A real link, made by the app: the base of the hostile one. */
  let realLink = '';
  test.beforeAll(async ({ browser }, testInfo) => {
    realLink = await makeRealLink(browser, testInfo.project.use.baseURL);
  });

  test('script in the title, a heading, a metadata field, prose and a requirement is shown as text and never runs, and nothing is stored until Save', async ({ page, draftDb }) => {
    const envelope = unpack(realLink);
    const title = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
    const prose = 'Prose <img src=x onerror="window.__pwned=3"> <script>window.__pwned=4</script> [click](javascript:window.__pwned=5)';
    const requirement = 'System MUST <svg onload="window.__pwned=6"></svg> <a href="javascript:window.__pwned=7">link</a>';
    envelope.draft.titleText = title;
    envelope.draft.metadata['feature-branch'] = '"><img src=x onerror="window.__pwned=8">';
    let proseBlocks = 0;
    let idLists = 0;
    const visit = (sections: Section[]) => {
      for (const section of sections) {
        if (section.title.startsWith('User Story 1')) section.title = 'User Story 1 - <img src=x onerror="window.__pwned=9"> (Priority: P1)';
        for (const block of section.blocks) {
          if (block.kind === 'prose') {
            block.markdown = prose;
            proseBlocks++;
          }
          if (block.kind === 'idList' && block.items?.[0]) {
            block.items[0].text = requirement;
            idLists++;
          }
        }
        visit(section.children);
      }
    };
    visit(envelope.draft.sections);
    expect(proseBlocks).toBeGreaterThan(0);
    expect(idLists).toBeGreaterThan(0);

    const script = watchForScript(page);
    const shared = new SharedDraftPage(page);
    await shared.goto(`/shared#${pack(envelope)}`);
    await expect(shared.badge).toBeVisible();
    await expect(shared.title(title)).toBeVisible(); // the title is text
    await expect(shared.content).toContainText('Prose');
    await expect(shared.content).toContainText('System MUST');
    expect(await unsafeMarkup(page)).toEqual([]);
    await expect(shared.content.locator('script, svg, iframe, img[onerror], a[href^="javascript:" i]')).toHaveCount(0);
    expect(await script.pwned()).toBeUndefined();
    expect(script.dialogs).toEqual([]);
    expect(await draftDb.countWithoutCreating()).toBe(0);
    expect(await localStorageKeys(page)).toEqual([]);

    // Saved and opened in the editor, it stays inert there too.
    await shared.saveButton.click();
    const editor = new EditorPage(page);
    await expect(editor.title(title)).toBeVisible();
    await editor.waitUntilSaved();
    await expect(editor.field('FR-001', editor.section('Functional Requirements'))).toHaveValue(requirement);
    expect(await unsafeMarkup(page)).toEqual([]);
    // The prose, opened in the live editor, parses the raw HTML of the link: still nothing runs.
    const storyProse = page.getByRole('textbox', { name: /^User Story 1 - / });
    await storyProse.click();
    await expect(storyProse).toHaveAttribute('contenteditable', 'true');
    await expect(storyProse).toContainText('Prose');
    expect(await unsafeMarkup(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await editor.viewButton('Preview').click();
    await expect(editor.preview).toContainText('System MUST');
    expect(await unsafeMarkup(page)).toEqual([]);
    expect(await script.pwned()).toBeUndefined();
    expect(script.dialogs).toEqual([]);
    expect(await draftDb.count()).toBe(1);
  });
});
