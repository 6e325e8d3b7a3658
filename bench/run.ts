// npm run bench: builds the app, serves it, and measures it in Chromium.
// Writes bench/results.json and bench/RESULTS.md.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { measureEditor, type EditorFigures } from './measure-editor';
import { measureExport, type ExportFigures } from './measure-export';
import { measureShareLinks } from './measure-share';

const PORT = 4183;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

async function main() {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  try {
    await waitForServer(BASE);
    const browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const exportFigures = [30, 300].map((kb) => measureExport(kb, 15));
    for (const figures of exportFigures) console.log(JSON.stringify(figures));
    const share = measureShareLinks();
    console.log(JSON.stringify(share));
    const editor: EditorFigures[] = [];
    for (const throttle of [1, 4]) {
      for (const sections of [60, 200]) {
        const figures = await measureEditor(browser, BASE, sections, throttle, RUNS);
        console.log(JSON.stringify(figures));
        editor.push(figures);
      }
    }
    await browser.close();
    const results = { measuredAt: new Date().toISOString(), runs: RUNS, editor, export: exportFigures, share };
    writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(new URL('./RESULTS.md', import.meta.url), markdown(results));
  } finally {
    server.kill();
  }
}

type Results = { measuredAt: string; runs: number; editor: EditorFigures[]; export: ExportFigures[]; share: ReturnType<typeof measureShareLinks> };

function markdown(results: Results): string {
  const rows = results.editor.map(
    (f) => `| ${f.sections} | ${f.cpuThrottle}x | ${f.firstEditableMs} | ${f.allRenderedMs} | ${f.keystrokeP50Ms} | ${f.keystrokeP95Ms} |`,
  );
  return [
    '# Benchmark results',
    '',
    `Measured ${results.measuredAt} with \`npm run bench\` (median over ${results.runs} runs; Chromium, 2-core machine).`,
    '',
    '## Editor',
    '',
    'A draft seeded into IndexedDB, opened at /drafts/:id: time from navigation start until the first field takes input, and until every section is rendered; then key press to the next painted frame while typing in a field in the middle of the draft.',
    '',
    '| sections | CPU | first field editable (ms) | all sections rendered (ms) | keystroke p50 (ms) | keystroke p95 (ms) |',
    '|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    '## Export and validation',
    '',
    'exportMarkdown + validateDraft on a filled draft, against marked (GFM) lexing and parsing the exported Markdown to HTML; median of 15 runs in Node. Target: within 2x of marked.',
    '',
    '| Markdown size | export + validate (ms) | marked (ms) | ratio |',
    '|---:|---:|---:|---:|',
    ...results.export.map((f) => `| ${f.kb} KB | ${f.exportAndValidateMs} | ${f.markedMs} | ${f.ratio} |`),
    '',
    '## Share links',
    '',
    "Length of the share link's fragment for the five filled sample drafts, against lz-string's compressToEncodedURIComponent of the same draft's JSON (what the TypeScript playground uses). Target: shorter than lz-string.",
    '',
    '| sample | ours (chars) | lz-string (chars) | ratio |',
    '|---|---:|---:|---:|',
    ...results.share.map((s) => `| ${s.template} | ${s.ours} | ${s.lzString} | ${s.ratio} |`),
    '',
  ].join('\n');
}

async function waitForServer(url: string): Promise<void> {
  for (let k = 0; k < 100; k++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The preview server did not start at ${url}`);
}

await main();
