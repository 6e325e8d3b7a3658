import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, BrowserType, LaunchOptions } from '@playwright/test';
import { EditorPage, LibraryPage, expect, test } from './fixtures';

const dataPlatform = 'Data platform feature spec';
const fr1 = (e: EditorPage) => e.field('FR-001', e.section('Functional Requirements'));
const fr2 = (e: EditorPage) => e.field('FR-002', e.section('Functional Requirements'));

/** Every process of the browser that runs on this profile, killed with no chance to save anything. */
function killBrowser(profile: string) {
  let pids: string[] = [];
  try {
    pids = execFileSync('pgrep', ['-f', '--', `--user-data-dir=${profile}`], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    // pgrep exits 1 when nothing matches
  }
  expect(pids.length).toBeGreaterThan(0);
  for (const pid of pids) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // already gone with its parent
    }
  }
}

type Launch = () => Promise<BrowserContext>;

/** A browser on its own profile folder (so IndexedDB is on disk), started again with `launch` after it quits or is killed. */
async function withProfile(
  playwright: { chromium: BrowserType },
  options: LaunchOptions & { baseURL?: string | undefined },
  body: (launch: Launch, profile: string) => Promise<void>,
) {
  const profile = mkdtempSync(join(tmpdir(), 'specwright-profile-'));
  try {
    await body(() => playwright.chromium.launchPersistentContext(profile, options), profile);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** A new draft open in the editor of `context`, its FR-001 emptied and saved. */
async function emptyDraft(context: BrowserContext): Promise<EditorPage> {
  const editor = new EditorPage(context.pages()[0] ?? (await context.newPage()));
  await editor.startDraft(dataPlatform);
  await fr1(editor).fill('');
  await editor.waitUntilSaved();
  return editor;
}

/** FR-001 of the draft after the browser started again. */
async function reopenedValue(context: BrowserContext): Promise<string> {
  const library = new LibraryPage(context.pages()[0] ?? (await context.newPage()));
  await library.goto();
  await library.openLink(`Untitled ${dataPlatform}`).click();
  const reopened = new EditorPage(library.page);
  await expect(reopened.saveState).toBeVisible();
  return fr1(reopened).inputValue();
}

test.describe('nothing typed is lost', () => {
  test('a browser that is killed loses nothing typed more than 100 ms before the kill', async ({ playwright, launchOptions, baseURL }) => {
    test.skip(process.platform === 'win32', 'needs pgrep and SIGKILL');
    await withProfile(playwright, { ...launchOptions, baseURL }, async (launch, profile) => {
      const editor = await emptyDraft(await launch());

      // Word after word for 5 s, noting when each was typed.
      const typed: { at: number; text: string }[] = [];
      let text = '';
      const start = Date.now();
      for (let n = 1; Date.now() - start < 5000; n++) {
        const word = `w${n} `;
        await editor.page.keyboard.type(word, { delay: 30 });
        text += word;
        typed.push({ at: Date.now(), text });
      }
      const killedAt = Date.now();
      killBrowser(profile);

      // Everything typed up to 100 ms before the kill must be there.
      const promised = [...typed].reverse().find((t) => t.at <= killedAt - 100)?.text ?? '';
      expect(promised.split(' ').length).toBeGreaterThan(5);
      const second = await launch();
      const kept = await reopenedValue(second);
      await second.close();
      expect(kept.startsWith(promised.trimEnd()), `kept “${kept}”, typed by 100 ms before the kill “${promised}”`).toBe(true);
    });
  });

  test('a browser that quits loses nothing', async ({ playwright, launchOptions, baseURL }) => {
    for (const pause of [0, 150]) {
      await withProfile(playwright, { ...launchOptions, baseURL }, async (launch) => {
        const first = await launch();
        const editor = await emptyDraft(first);
        await editor.page.keyboard.type('the last words before quitting', { delay: 20 });
        await new Promise((resolve) => setTimeout(resolve, pause));
        await first.close();

        const second = await launch();
        const kept = await reopenedValue(second);
        await second.close();
        expect(kept, `closed ${pause} ms after typing`).toBe('the last words before quitting');
      });
    }
  });

  test('two tabs closing at once both keep their words', async ({ editor, context, page }) => {
    // As in a closing browser, IndexedDB writes started now never land: only the tabs' closing copies can keep the words.
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as { closing?: boolean }).closing) throw new DOMException('The page is going away.', 'AbortError');
        return put.apply(this, args);
      };
    });
    const id = await editor.startDraft(dataPlatform);
    await editor.waitUntilSaved();
    const otherPage = await context.newPage();
    const other = new EditorPage(otherPage);
    await other.goto(id);
    await other.waitUntilSaved();
    // From here no write lands: only what the closing pages keep can save these words.
    for (const tab of [page, otherPage]) await tab.evaluate(() => ((window as { closing?: boolean }).closing = true));
    await fr1(editor).fill('Words typed in the first tab');
    await fr2(other).fill('Words typed in the second tab');
    await expect(editor.saveState).toHaveText('Not saved');
    await expect(other.saveState).toHaveText('Not saved');
    await Promise.all([page.close(), otherPage.close()]);

    const next = await context.newPage();
    const library = new LibraryPage(next);
    await library.goto();
    // One draft: the two tabs' edits merged, no conflict copy.
    await expect(library.drafts).toHaveCount(1);
    await library.openLink(`Untitled ${dataPlatform}`).click();
    const reopened = new EditorPage(next);
    await expect(fr1(reopened)).toHaveValue('Words typed in the first tab');
    await expect(fr2(reopened)).toHaveValue('Words typed in the second tab');
  });
});

test.describe('a write never replaces what it did not read', () => {
  test('a record of a future version with the same revision as an open draft is never overwritten', async ({ editor, draftDb }) => {
    const id = await editor.startDraft(dataPlatform);
    await fr1(editor).fill('Before the newer app wrote');
    await editor.waitUntilSaved();
    // A newer app in another tab stores its own format under the same id and revision, without telling this tab.
    const future = { kind: 'specwright/draft', version: 99, id, revision: 0, storedByTheFuture: { fields: ['kept'] } };
    await draftDb.put(future);

    await fr1(editor).fill('Typed after the newer app wrote');
    await editor.waitUntilSaved();
    expect(await draftDb.get(id)).toEqual(future);

    await editor.page.reload();
    const unreadable = editor.page.getByRole('alert').filter({ hasText: '1 stored draft could not be read.' });
    await expect(unreadable).toBeVisible();
    await unreadable.getByText('1 stored draft could not be read.').click();
    await expect(unreadable).toContainText('saved by a newer version of Specwright');
    await expect(fr1(editor)).toHaveValue('Typed after the newer app wrote');
    await fr1(editor).fill('Typed after the reload');
    await editor.waitUntilSaved();
    expect(await draftDb.get(id)).toEqual(future);
  });
});

test.describe('a record that does not load is kept', () => {
  test('its raw data downloads whole, under a file name of at most 100 characters', async ({ page, library, draftDb }) => {
    await library.goto();
    const id = `draft-${'x'.repeat(330)}`;
    // Values only structured clone keeps (JSON cannot hold them), made in the page.
    await page.evaluate((key) => {
      (window as unknown as Record<string, unknown>).unreadableRecord = {
        id: key,
        kind: 'specwright/draft',
        version: 2,
        notes: new Map([['owner', 'Ada']]),
        size: 12345678901234567890n,
        attachment: new Blob(['the words'], { type: 'text/plain' }),
      };
    }, id);
    await draftDb.putFromWindow('unreadableRecord');
    await page.reload();
    const unreadable = page.getByRole('alert').filter({ hasText: '1 stored draft could not be read.' });
    await unreadable.getByText('1 stored draft could not be read.').click();
    const [download] = await Promise.all([page.waitForEvent('download'), unreadable.getByRole('button', { name: 'Download its data' }).click()]);
    expect(download.suggestedFilename().length).toBeLessThanOrEqual(100);
    expect(download.suggestedFilename()).toMatch(/^specwright-draft-draft-x+\.json$/);
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(await download.path(), 'utf8');
    expect(text).not.toContain('[object Object]');
    expect(JSON.parse(text)).toMatchObject({
      id,
      notes: { $map: [['owner', 'Ada']] },
      size: { $bigint: '12345678901234567890' },
      attachment: { $blob: { type: 'text/plain', base64: Buffer.from('the words').toString('base64') } },
    });
  });
});

test.describe('storage that fails says so and loses nothing', () => {
  test('a database that does not answer within 3 seconds: the app says so and keeps the drafts in the tab', async ({ page, editor }) => {
    await page.addInitScript(() => {
      // A request that never fires success, error or blocked.
      IDBFactory.prototype.open = function open() {
        return {} as IDBOpenDBRequest;
      };
    });
    await page.goto('/');
    const banner = page.getByRole('alert').filter({ hasText: 'Drafts can’t be saved in this browser.' });
    await expect(banner).toContainText('did not answer within 3 seconds', { timeout: 5000 });
    // Counted from the start of the navigation.
    expect(await page.evaluate(() => performance.now())).toBeLessThan(5000);
    await expect(page.getByText('Loading your drafts')).toHaveCount(0);

    await page.getByRole('button', { name: `Start draft from ${dataPlatform}`, exact: true }).click();
    await fr1(editor).fill('Kept in this tab');
    await expect(editor.saveState).toHaveText('Not saved');
    const file = await editor.download(() => editor.page.getByRole('button', { name: 'Download a copy' }).click());
    expect(file.text).toContain('Kept in this tab');
  });

  test('a full disk: the status says "Not saved" and a download of the draft is offered at once', async ({ page, editor }) => {
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as { diskFull?: boolean }).diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await editor.startDraft(dataPlatform);
    await page.evaluate(() => ((window as { diskFull?: boolean }).diskFull = true));
    await fr1(editor).fill('Typed on a full disk');
    await expect(editor.saveState).toHaveText('Not saved');
    const banner = page.getByRole('alert').filter({ hasText: 'Some changes are not saved.' });
    await expect(banner).toContainText('storage for this site is full');
    const file = await editor.download(() => banner.getByRole('button', { name: `Download “Untitled ${dataPlatform}”` }).click());
    expect(file.text).toContain('Typed on a full disk');
    const fromStatus = await editor.download(() => page.getByRole('button', { name: 'Download a copy' }).click());
    expect(fromStatus.text).toBe(file.text);

    // Room again: the next change is saved, and the warning goes.
    await page.evaluate(() => ((window as { diskFull?: boolean }).diskFull = false));
    await fr1(editor).fill('Typed on a full disk, then saved');
    await editor.waitUntilSaved();
    await expect(banner).toHaveCount(0);
  });
});
