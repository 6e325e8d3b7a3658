import type { Page } from '@playwright/test';
import { headerPolicy, metaPolicy } from '../build/content-security-policy';
import { expect, test } from './fixtures';

const dataPlatform = 'Data platform feature spec';

/** Every CSP violation the page reports, as "directive blocked-uri", from before the app's first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`));
  });
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)), ...refused];
}

test.describe('Content Security Policy and framing', () => {
  test('the page carries the policy as a meta tag, and the server sends it with the framing and sniffing headers', async ({ page }) => {
    const response = await page.goto('/');
    const headers = response!.headers();
    expect(headers['content-security-policy']).toBe(headerPolicy());
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(meta).toHaveAttribute('content', metaPolicy());
    for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "worker-src 'self'", "connect-src 'self'"]) {
      expect(metaPolicy()).toContain(directive);
    }
    expect(metaPolicy()).not.toContain('unsafe-inline');
  });

  test('a page on another origin that frames the app gets no app in the frame', async ({ page, baseURL }) => {
    // The app at localhost, framed by a page at 127.0.0.1: another origin on the same server.
    const app = baseURL!.replace('127.0.0.1', 'localhost') + '/';
    expect(new URL(app).origin).not.toBe(new URL(baseURL!).origin);
    await page.goto('/framer');
    await page.setContent(`<!doctype html><title>Other site</title><iframe title="framed" src="${app}" width="800" height="600"></iframe>`);
    await expect.poll(() => page.frames().length).toBe(2);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    await frame!.waitForLoadState(); // the refusal page, or the app had it been allowed
    const appInFrame = await frame!.evaluate(() => `${document.title}|${document.querySelector('#root') !== null}`).catch((error: Error) => `unreadable: ${error.message}`);
    expect(appInFrame).not.toMatch(/\|true$/);
  });

  test('nothing the app does breaks the policy: start, fill, preview, export, split, source', async ({ page, editor }) => {
    const violations = await watchViolations(page);
    await editor.startDraft(dataPlatform);
    await editor.titleInput.fill('Run history');
    const story = 'User Story 1 - [Brief Title] (Priority: P1)';
    await editor.writeProse(editor.prose(story, editor.section(story)), ['Operators see ', { bold: 'every' }, ' run.']);
    await editor.fill('FR-001', 'System MUST store every run.', editor.section('Functional Requirements'));
    await editor.waitUntilSaved();
    await editor.viewButton('Preview').click();
    await expect(editor.preview).toContainText('Operators see every run.');
    const file = await editor.download(async () => {
      await editor.downloadButton.click();
      // The draft is far from done: the checks find errors, and export asks first.
      await editor.exportConfirm.getByRole('button', { name: 'Download anyway', exact: true }).click();
    });
    expect(file.text).toContain('System MUST store every run.');
    // Split, and the source mode's code editor (its styles are constructed stylesheets, not inline styles).
    await editor.viewButton('Split').click();
    await expect(editor.splitPane).toContainText('Operators see every run.');
    await editor.viewButton('Source').click();
    await expect(editor.sourceEditor).toBeFocused();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('Typed in the source.');
    await editor.viewButton('Edit').click();
    await editor.reload();
    expect(await violations()).toEqual([]);
  });
});
