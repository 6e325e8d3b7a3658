import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

// After the first visit the app loads and works with the network off: the
// service worker serves the app shell and its files, drafts live in IndexedDB,
// and export needs no server.
test('offline after the first visit: reload, edit a draft, export it', async ({ editor, page, context }) => {
  const id = await editor.startDraft('GitOps operations feature spec');
  // The worker installs on the first visit and takes control of the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });

  await context.setOffline(true);
  await page.reload();
  await expect(editor.title('Untitled GitOps operations feature spec')).toBeVisible();
  await editor.titleInput.fill('Rebuild nodes offline');
  await editor.waitUntilSaved();

  // Another route, loaded with no network at all.
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Rebuild nodes offline/ }).first()).toBeVisible();
  await editor.goto(id);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .md', exact: true }).click();
  await page.getByRole('button', { name: 'Download anyway', exact: true }).click();
  const file = await (await download).path();
  expect(await readFile(file, 'utf8')).toContain('# Feature Specification: Rebuild nodes offline');
});
