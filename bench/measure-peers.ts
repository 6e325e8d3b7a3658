import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from '@playwright/test';
import { build } from 'vite';
import { exportMarkdown } from '../src/core/markdown/export-markdown';
import { draftWithSections, focus, median, percentile, round1, typeAndMeasure } from './measure-editor';

/** A plain editor holding the same spec as Markdown: what Specwright's form is read against. */
export type PeerFigures = {
  peer: 'tiptap' | 'textarea';
  sections: number;
  cpuThrottle: number;
  /** Markdown the peer holds (KB). */
  markdownKb: number;
  /** Navigation start to the editor taking input (ms, median over runs). */
  firstEditableMs: number;
  keystrokeP50Ms: number;
  keystrokeP95Ms: number;
};

const PEER_ORIGIN = 'http://peer.bench.invalid';
const peersDir = fileURLToPath(new URL('./peers/', import.meta.url));
const outDir = fileURLToPath(new URL('../node_modules/.cache/specwright-bench-peers/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Builds the TipTap peer page (bench/peers) with Vite, the way the app is built. */
export async function buildPeers(): Promise<void> {
  await build({ root: peersDir, configFile: false, logLevel: 'warn', base: './', build: { outDir, emptyOutDir: true } });
}

/** Serves the built TipTap peer and a textarea page holding `markdown`, under an address nothing else answers. */
async function servePeers(context: BrowserContext, markdown: string): Promise<void> {
  const textarea = `<!doctype html><html lang="en"><title>Peer: a textarea</title><label>Markdown <textarea rows="40" cols="100">${escapeHtml(markdown)}</textarea></label></html>`;
  await context.route(`${PEER_ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/+/, '') || 'index.html';
    if (path === 'textarea.html') return route.fulfill({ body: textarea, contentType: 'text/html' });
    try {
      const body = await readFile(join(outDir, path));
      await route.fulfill({ body, contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
}

export async function measurePeer(browser: Browser, peer: PeerFigures['peer'], sections: number, cpuThrottle: number, runs: number): Promise<PeerFigures> {
  const markdown = exportMarkdown(draftWithSections(sections, `peer-${sections}`));
  const firstEditable: number[] = [];
  const keystrokes: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await servePeers(context, markdown);
    await context.addInitScript((text) => {
      (window as unknown as { __peerMarkdown: string }).__peerMarkdown = text;
    }, markdown);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    if (peer === 'tiptap') {
      await page.goto(`${PEER_ORIGIN}/index.html`);
      await page.waitForFunction(() => (document.querySelector('.ProseMirror')?.childElementCount ?? 0) > 0, undefined, { polling: 'raf' });
    } else {
      await page.goto(`${PEER_ORIGIN}/textarea.html`);
      await page.waitForFunction(() => (document.querySelector('textarea')?.value.length ?? 0) > 0, undefined, { polling: 'raf' });
    }
    firstEditable.push(await page.evaluate(() => performance.now()));
    if (peer === 'tiptap') {
      // The middle of the spec, as the form's figure types into its middle section.
      const paragraphs = page.locator('.ProseMirror p');
      await focus(paragraphs.nth(Math.floor((await paragraphs.count()) / 2)));
      await page.keyboard.press('End');
    } else {
      await page.evaluate(() => {
        const area = document.querySelector('textarea')!;
        area.focus();
        area.setSelectionRange(area.value.length >> 1, area.value.length >> 1);
      });
    }
    keystrokes.push(...(await typeAndMeasure(page)));
    await context.close();
  }
  return {
    peer,
    sections,
    cpuThrottle,
    markdownKb: round1(markdown.length / 1024),
    firstEditableMs: Math.round(median(firstEditable)),
    keystrokeP50Ms: round1(percentile(keystrokes, 0.5)),
    keystrokeP95Ms: round1(percentile(keystrokes, 0.95)),
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
