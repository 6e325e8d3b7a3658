import type { Page } from '@playwright/test';
import { EditorPage, SharedDraftPage, expect, test } from './fixtures';
import { makeRealLink, pack, unpack, type Section } from './share-links';

const story = 'User Story 1 - [Brief Title] (Priority: P1)';
/** A 1×1 transparent PNG, so an allowed image really loads. */
const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** Every request to tracker.example, answered with a pixel: the sender's server learning who opened the link. */
async function watchTracker(page: Page): Promise<string[]> {
  const requests: string[] = [];
  await page.route('https://tracker.example/**', (route) => {
    requests.push(route.request().url());
    return route.fulfill({ contentType: 'image/png', body: pixel });
  });
  return requests;
}

/** A real link whose user story prose has `extra` appended to it. */
async function linkWithProse(makeLink: () => Promise<string>, extra: string): Promise<string> {
  const envelope = unpack(await makeLink());
  const prose = (function find(sections: Section[]): Section['blocks'][number] | undefined {
    for (const section of sections) {
      const block = section.blocks.find((b) => b.markdown?.includes('Operators see every run.'));
      if (block) return block;
      const inner = find(section.children);
      if (inner) return inner;
    }
    return undefined;
  })(envelope.draft.sections);
  expect(prose).toBeDefined();
  prose!.markdown = `${prose!.markdown}\n\n${extra}`;
  return `/shared#${pack(envelope)}`;
}

/** Lets any request already started arrive before a count of none is believed. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
}

test.describe('remote images load only when allowed', () => {
  test('a tracking image in a share link is not fetched when opened, saved, edited or previewed, until “Load 1 remote image”', async ({ browser, baseURL, page, sharedPage }) => {
    const requests = await watchTracker(page);
    const link = await linkWithProse(() => makeRealLink(browser, baseURL), 'Seen by ![pixel](https://tracker.example/p.png?who=recipient).');

    await sharedPage.goto(link);
    await expect(sharedPage.content).toContainText('Seen by');
    await settle(page);
    expect(requests).toEqual([]);
    await expect(sharedPage.content.getByRole('img', { name: 'Remote image not loaded: pixel (tracker.example)', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Load 1 remote image', exact: true })).toBeVisible();
    expect(await page.locator('img[src*="tracker"]').count()).toBe(0);

    await sharedPage.saveButton.click();
    const editor = new EditorPage(page);
    await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
    await editor.waitUntilSaved();
    const field = editor.prose(story, editor.section(story));
    await expect(field.getByRole('img', { name: 'Remote image not loaded: pixel (tracker.example)', exact: true })).toBeVisible();
    const load = page.getByRole('button', { name: 'Load 1 remote image', exact: true });
    await expect(load).toBeVisible();
    // The live editor too: pressed, then left without a change.
    await field.click();
    await expect(field).toHaveAttribute('contenteditable', 'true');
    await page.keyboard.press('Escape');
    await expect(field).not.toHaveAttribute('contenteditable', 'true');
    await editor.viewButton('Preview').click();
    await expect(editor.preview.getByRole('img', { name: 'Remote image not loaded: pixel (tracker.example)', exact: true })).toBeVisible();
    await settle(page);
    expect(requests).toEqual([]);

    await load.click();
    await expect(load).toHaveCount(0);
    await expect.poll(() => requests.length).toBeGreaterThan(0);
    expect(requests[0]).toBe('https://tracker.example/p.png?who=recipient');
    await expect(editor.preview.locator('img[src="https://tracker.example/p.png?who=recipient"]')).toBeVisible();
    await editor.viewButton('Edit').click();
    await expect(field.locator('img[src="https://tracker.example/p.png?who=recipient"]')).toBeVisible();
  });

  test('raw HTML images and srcset are held back too, counted with the Markdown ones; local images load', async ({ browser, baseURL, page }) => {
    const requests = await watchTracker(page);
    const extra = [
      '<img alt="raw" src="https://tracker.example/raw.png" srcset="https://tracker.example/raw-2x.png 2x">',
      '',
      '![by reference][ref] and ![same origin](/favicon.svg) and ![inline](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=)',
      '',
      '[ref]: https://tracker.example/ref.png',
      '',
      'And <img src=https://tracker.example/inline.png alt=inline-html> inline.',
    ].join('\n');
    const shared = new SharedDraftPage(page);
    await shared.goto(await linkWithProse(() => makeRealLink(browser, baseURL), extra));
    await expect(shared.content).toContainText('inline.');
    await settle(page);
    expect(requests).toEqual([]);
    const load = page.getByRole('button', { name: 'Load 3 remote images', exact: true });
    await expect(load).toBeVisible();
    await expect(shared.content.getByRole('img', { name: /^Remote image not loaded/ })).toHaveCount(3);
    await expect(shared.content.getByRole('img', { name: 'Remote image not loaded: raw (tracker.example)', exact: true })).toBeVisible();
    await expect(shared.content.locator('img[src="/favicon.svg"]')).toBeVisible();
    expect(await page.locator('img[srcset], img[src*="tracker"]').count()).toBe(0);

    await load.click();
    await expect.poll(() => new Set(requests.map((url) => new URL(url).pathname)).size).toBe(3);
    expect(await page.locator('img[srcset]').count()).toBe(0); // srcset never survives sanitising; src does the loading
  });
});
