import type { Browser, CDPSession, Page } from '@playwright/test';
import { draftWithSections, seedDraft } from './measure-editor';

/** The JS heap with a big draft open, and again after opening and closing other drafts in the same page. */
export type HeapFigures = {
  sections: number;
  /** Used JS heap after a garbage collection, with the big draft open and every section rendered (MB). */
  openMb: number;
  /** Drafts opened and closed (client-side navigation) before measuring again. */
  cycled: number;
  /** The same big draft open again after that (MB). */
  afterCyclingMb: number;
  /** afterCyclingMb / openMb. */
  growth: number;
};

export async function measureHeap(browser: Browser, baseUrl: string, sections: number, cycled: number): Promise<HeapFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // A first visit makes the database (the seeds below only put records into it).
  await page.goto(`${baseUrl}/`);
  await page.waitForFunction(() => document.querySelector('main button') !== null);
  const big = draftWithSections(sections, `heap-big-${sections}`);
  await seedDraft(page, big);
  const small = draftWithSections(60, 'heap-other');
  for (let k = 0; k < cycled; k++) await seedDraft(page, { ...small, id: `heap-other-${k}`, name: `Other draft ${k}` });
  const cdp = await context.newCDPSession(page);
  await page.goto(`${baseUrl}/drafts/${big.id}`);
  await allRendered(page, sections);
  const openMb = await usedHeapMb(cdp);
  for (let k = 0; k < cycled; k++) {
    await navigate(page, '/');
    await page.waitForFunction(() => document.querySelector('.draft-section') === null, undefined, { polling: 'raf' });
    await navigate(page, `/drafts/heap-other-${k}`);
    await allRendered(page, 60);
  }
  await navigate(page, '/');
  await navigate(page, `/drafts/${big.id}`);
  await allRendered(page, sections);
  const afterCyclingMb = await usedHeapMb(cdp);
  await context.close();
  return { sections, openMb, cycled, afterCyclingMb, growth: Math.round((afterCyclingMb / openMb) * 100) / 100 };
}

/** A link followed inside the app (the router reads popstate): the page, and its heap, stay. */
async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

async function allRendered(page: Page, sections: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('.draft-section').length >= n, sections, { polling: 'raf', timeout: 120_000 });
  // Let the deferred work (checks, preview, autosave) run before measuring.
  await page.waitForTimeout(2500);
}

async function usedHeapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  for (let k = 0; k < 3; k++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return Math.round((usedSize / 1024 / 1024) * 10) / 10;
}
