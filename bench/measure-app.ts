import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { draftToUpdate } from '../src/core/draft-doc/draft-to-doc';
import { summarizeDraft } from '../src/core/draft-summary/draft-summary';
import { toBase64url } from '../src/core/share/base64url';
import { storeDrafts, type StoredDraft } from '../e2e/draft-database';
import { draftWithSections, seedDraft, typeAndMeasure } from './measure-editor';
import { withinTime } from './within-time';

export type BundleFigures = { firstScreenKb: number; editorKb: number; sourceModeKb?: number; budgetKb: number; files: { first: string[]; editor: string[]; sourceMode?: string[] } };
export type LibraryFigures = {
  drafts: number;
  cpuThrottle: number;
  /** Navigation start to the library listing its drafts (the count said, the first page of drafts shown), on a repeat visit (ms, median over runs). */
  shownMs: number;
  /** Navigation start to the whole first page of 50 drafts in the list (the first screenful comes first; ms, median over runs); absent before it was measured. */
  pageMs?: number;
  /** Key press in the library's search box to the next painted frame, over every typed key of every run (ms). */
  searchP50Ms?: number;
  searchP95Ms?: number;
  searchKeys?: number;
  /** Key press to the painted frame whose list shows the matches of what is typed so far (the count and the drafts said for that text), over the same keys (ms). */
  searchAnswerP50Ms?: number;
  searchAnswerP95Ms?: number;
};
export type AutosaveFigures = { sections: number; putMedianMs: number; putMaxMs: number; saves: number };

const dist = new URL('../dist/', import.meta.url);
const gzipKb = (file: string) => gzipSync(readFileSync(new URL(file.replace(/^\//, ''), dist))).length / 1024;

/** JavaScript and CSS the first screen loads, and what opening the editor adds (gzip KB of the built files). */
export async function measureBundles(browser: Browser, baseUrl: string): Promise<BundleFigures> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const loaded: string[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (/\.(js|css)$/.test(path)) loaded.push(path);
  });
  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const first = [...new Set(loaded)];
  await page.getByRole('button', { name: /^Start draft from / }).first().click();
  await page.waitForURL(/\/drafts\//);
  await page.waitForFunction(() => document.querySelector('.draft-section input') !== null);
  const editor = [...new Set(loaded)].filter((f) => !first.includes(f));
  // The Markdown source mode's code editor (CodeMirror) loads when the Source view is first opened.
  await page.getByRole('group', { name: 'View', exact: true }).getByRole('button', { name: 'Source', exact: true }).click();
  // CodeMirror runs inside a shadow root (its styles are a constructed sheet the CSP allows).
  await page.waitForFunction(() => Array.from(document.querySelectorAll('*')).some((e) => e.shadowRoot?.querySelector('.cm-content')));
  const sourceMode = [...new Set(loaded)].filter((f) => !first.includes(f) && !editor.includes(f));
  await context.close();
  const all = readdirSync(new URL('assets/', dist));
  if (all.length === 0) throw new Error('No build in dist/');
  const sum = (files: string[]) => Math.round(files.reduce((kb, f) => kb + gzipKb(f), 0) * 10) / 10;
  return { firstScreenKb: sum(first), editorKb: sum(editor), sourceModeKb: sum(sourceMode), budgetKb: 200, files: { first, editor, sourceMode } };
}

/** What is typed into the library's search box, key by key: a word every draft has, then one draft's number. */
const SEARCHED = 'number 1234';

/**
 * Time until the library lists `count` stored drafts, and (when `search`) how
 * long each key typed into its search box takes to show the matches. The
 * drafts are stored as the app stores them: each draft's Yjs update in
 * `draft-updates` and its summary in `summaries`, in the database the app
 * itself made on a first visit.
 */
export async function measureLibrary(browser: Browser, baseUrl: string, count: number, cpuThrottle: number, runs: number, { search = false } = {}): Promise<LibraryFigures> {
  const times: number[] = [];
  const keys: number[] = [];
  const answers: number[] = [];
  const pages: number[] = [];
  const base = draftWithSections(6, 'library-0');
  const stored: StoredDraft[] = [];
  for (let k = 0; k < count; k++) {
    const draft = { ...base, id: `library-${k}`, name: `Draft number ${k}`, updatedAt: new Date(Date.parse(base.updatedAt) - k * 60_000).toISOString() };
    stored.push({ id: draft.id, update: toBase64url(draftToUpdate(draft)), summary: summarizeDraft(draft) });
  }
  const countText = `${count.toLocaleString('en')} drafts`;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await withinTime(`library of ${count} drafts at ${cpuThrottle}x, run ${run + 1}`, 600_000, async (phase) => {
      const page = await context.newPage();
      phase('first visit');
      // A first visit makes the database (and caches the app, as the first screen's baseline has it).
      await page.goto(`${baseUrl}/`);
      await page.waitForFunction(() => document.querySelector('main button') !== null);
      await page.goto(`${baseUrl}/favicon.svg`);
      phase('storing the drafts');
      for (let k = 0; k < stored.length; k += 500) await storeDrafts(page, stored.slice(k, k + 500));
      phase('listing');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
      await page.goto(`${baseUrl}/`);
      await page.waitForFunction(
        (text) => document.querySelector('.drafts-library-count')?.textContent?.startsWith(text) === true && document.querySelector('.draft-item') !== null,
        countText,
        { polling: 'raf', timeout: 120_000 },
      );
      times.push(await page.evaluate(() => performance.now()));
      await page.waitForFunction((n) => document.querySelectorAll('.draft-item').length >= n, Math.min(count, 50), { polling: 'raf', timeout: 120_000 });
      pages.push(await page.evaluate(() => performance.now()));
      if (search) {
        phase('searching');
        await page.getByRole('searchbox', { name: 'Search drafts' }).focus();
        await watchAnswers(page);
        keys.push(...(await typeAndMeasure(page, SEARCHED)));
        await page.waitForFunction(() => document.querySelectorAll('.draft-item').length === 1);
        answers.push(...(await page.evaluate(() => (window as unknown as { __answers: number[] }).__answers)));
      }
    }).finally(() => context.close());
  }
  const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
  const at = (list: number[], q: number) => Math.round((sorted(list)[Math.min(list.length - 1, Math.floor(list.length * q))] ?? NaN) * 10) / 10;
  return {
    drafts: count,
    cpuThrottle,
    shownMs: Math.round(at(times, 0.5)),
    pageMs: Math.round(at(pages, 0.5)),
    ...(search ? { searchP50Ms: at(keys, 0.5), searchP95Ms: at(keys, 0.95), searchKeys: keys.length, searchAnswerP50Ms: at(answers, 0.5), searchAnswerP95Ms: at(answers, 0.95) } : {}),
  };
}

/**
 * From each key typed into the search box to the painted frame whose list
 * answers it: the status says the matches of the text typed so far (or of a
 * longer text typed since, which answers this key too). Checked in every
 * frame; the time is taken in a task after the frame, so its paint counts.
 * A list that lags behind the box (a deferred render) counts its lag here.
 */
async function watchAnswers(page: Page): Promise<void> {
  // A string, not a function: the benchmark's transpiler would name its inner functions with a helper the page lacks.
  await page.evaluate(`(() => {
    const answers = (window.__answers = []);
    const waiting = [];
    let start = 0;
    document.addEventListener('keydown', (event) => (start = event.timeStamp), true);
    document.addEventListener('input', (event) => waiting.push({ start, text: event.target.value.trim() }), true);
    const check = () => {
      const said = Array.from(document.querySelectorAll('.drafts-library [role="status"]'), (e) => /“(.*)”/.exec(e.textContent || '')?.[1]).find((t) => t !== undefined);
      const answered = said === undefined ? [] : waiting.filter((key) => said.startsWith(key.text));
      if (answered.length > 0) {
        waiting.splice(0, waiting.length, ...waiting.filter((key) => !answered.includes(key)));
        setTimeout(() => {
          const now = performance.now();
          for (const key of answered) answers.push(now - key.start);
        }, 0);
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })()`);
}

/**
 * The main-thread part of one autosave: IndexedDB's put() copies the draft
 * (structured clone) synchronously before the write goes on in the background.
 * Measured by timing put() itself while typing in a draft of `sections` sections.
 */
export async function measureAutosave(browser: Browser, baseUrl: string, sections: number): Promise<AutosaveFigures> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const puts: number[] = [];
    (window as unknown as { __puts: number[] }).__puts = puts;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const start = performance.now();
      try {
        return put.apply(this, args);
      } finally {
        puts.push(performance.now() - start);
      }
    };
  });
  const page = await context.newPage();
  // A first visit makes the database (the seed below only puts a record into it).
  await page.goto(`${baseUrl}/`);
  await page.waitForFunction(() => document.querySelector('main button') !== null);
  const draft = draftWithSections(sections, 'autosave');
  await seedDraft(page, draft);
  await page.goto(`${baseUrl}/drafts/autosave`);
  await page.waitForFunction(() => document.querySelector('.draft-section input') !== null);
  await page.evaluate(() => ((window as unknown as { __puts: number[] }).__puts.length = 0));
  const field = page.getByRole('textbox', { name: 'Owner' }).first();
  for (let k = 0; k < 5; k++) {
    await field.fill(`Team ${k}`);
    await page.waitForTimeout(700); // past the save delay: one autosave each
  }
  const puts = await page.evaluate(() => (window as unknown as { __puts: number[] }).__puts);
  await context.close();
  const sorted = [...puts].sort((a, b) => a - b);
  return {
    sections,
    putMedianMs: Math.round((sorted[Math.floor(sorted.length / 2)] ?? NaN) * 100) / 100,
    putMaxMs: Math.round((sorted.at(-1) ?? NaN) * 100) / 100,
    saves: puts.length,
  };
}
