import type { Browser, CDPSession, Page } from '@playwright/test';
import { createDraft } from '../src/core/draft/create-draft';
import type { Draft } from '../src/core/draft/draft-schema';
import { parseTemplate } from '../src/core/template/parse-template';
import { bigTemplate } from './big-template';

export type EditorFigures = {
  sections: number;
  cpuThrottle: number;
  /** Navigation start to the first field taking input: the user can start typing (ms, median over runs). */
  firstEditableMs: number;
  /** Navigation start to every section being rendered (ms, median over runs). */
  allRenderedMs: number;
  /** Key press to the next painted frame while typing in a prose-free field (ms). */
  keystrokeP50Ms: number;
  keystrokeP95Ms: number;
  /** Section components rendered per keystroke (median over keystrokes). */
  sectionRendersPerKeystroke: number;
};

export function draftWithSections(sections: number, id: string): Draft {
  const { template } = parseTemplate(bigTemplate(sections), { id: `bench-${sections}` });
  return createDraft(template, { id, now: new Date() });
}

/** Puts a draft straight into the app's IndexedDB, as if saved in an earlier visit. */
export async function seedDraft(page: Page, draft: Draft): Promise<void> {
  await page.evaluate(async (record) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('specwright', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('drafts', { keyPath: 'id' });
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('drafts', 'readwrite');
        tx.objectStore('drafts').put(record);
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, draft as unknown as Record<string, unknown>);
}

export async function measureEditor(browser: Browser, baseUrl: string, sections: number, cpuThrottle: number, runs: number): Promise<EditorFigures> {
  const firstEditable: number[] = [];
  const allRendered: number[] = [];
  const keystrokes: number[] = [];
  const renders: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      (window as unknown as { __specwrightRenders: Record<string, number> }).__specwrightRenders = {};
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const draft = draftWithSections(sections, `bench-${sections}-${run}`);
    await seedDraft(page, draft);
    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });

    await page.goto(`${baseUrl}/drafts/${draft.id}`);
    // Cheap DOM checks polled each frame: a role query here would itself cost
    // hundreds of ms on a large page and be measured as the app's time.
    await page.waitForFunction(() => document.querySelector('.draft-section input') !== null, undefined, { polling: 'raf' });
    firstEditable.push(await page.evaluate(() => performance.now()));
    await page.waitForFunction((n) => document.querySelectorAll('.draft-section').length >= n, sections, { polling: 'raf' });
    allRendered.push(await page.evaluate(() => performance.now()));

    const field = page.getByRole('textbox', { name: 'Owner' }).nth(Math.floor(sections / 2));
    await field.scrollIntoViewIfNeeded();
    await field.click();
    await page.evaluate(() => {
      const w = window as unknown as { __latencies: number[] };
      w.__latencies = [];
      document.addEventListener('keydown', (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__latencies.push(performance.now() - start), 0));
      }, true);
    });
    const text = 'Platform team owns ingestion and replay';
    const rendersBefore = await page.evaluate(() => (window as unknown as { __specwrightRenders: Record<string, number> }).__specwrightRenders.section ?? 0);
    await page.keyboard.type(text, { delay: 40 });
    await page.waitForTimeout(300);
    keystrokes.push(...(await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies)));
    const rendersAfter = await page.evaluate(() => (window as unknown as { __specwrightRenders: Record<string, number> }).__specwrightRenders.section ?? 0);
    renders.push((rendersAfter - rendersBefore) / text.length);
    await context.close();
  }
  return {
    sections,
    cpuThrottle,
    firstEditableMs: Math.round(median(firstEditable)),
    allRenderedMs: Math.round(median(allRendered)),
    keystrokeP50Ms: round1(percentile(keystrokes, 0.5)),
    keystrokeP95Ms: round1(percentile(keystrokes, 0.95)),
    sectionRendersPerKeystroke: round1(median(renders)),
  };
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
