// npm run bench: builds the app (see package.json), serves the build, and
// measures it in Chromium and in Node. Writes bench/results.json and
// bench/RESULTS.md. Not part of npm test: figures are for reading, not asserting.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { measureAutosave, measureBundles, measureLibrary, type AutosaveFigures, type BundleFigures, type LibraryFigures } from './measure-app';
import { measureEditor, type EditorFigures } from './measure-editor';
import { measureExport, type ExportFigures } from './measure-export';
import { measureShareLinks } from './measure-share';

const PORT = 4183;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

type Results = {
  measuredAt: string;
  runs: number;
  bundles: BundleFigures;
  editor: EditorFigures[];
  library: LibraryFigures[];
  autosave: AutosaveFigures;
  export: ExportFigures[];
  share: ReturnType<typeof measureShareLinks>;
};

async function main() {
  const exportFigures = [30, 300].map((kb) => measureExport(kb, 15));
  const share = measureShareLinks();
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  try {
    await waitForServer(BASE);
    const browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const bundles = await measureBundles(browser, BASE);
    log(bundles);
    const editor: EditorFigures[] = [];
    for (const throttle of [1, 4]) {
      for (const sections of [60, 200]) editor.push(log(await measureEditor(browser, BASE, sections, throttle, RUNS)));
    }
    const library = [log(await measureLibrary(browser, BASE, 500, 1, RUNS)), log(await measureLibrary(browser, BASE, 500, 4, 1))];
    const autosave = log(await measureAutosave(browser, BASE, 60));
    await browser.close();
    const results: Results = { measuredAt: new Date().toISOString(), runs: RUNS, bundles, editor, library, autosave, export: exportFigures, share };
    writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(new URL('./RESULTS.md', import.meta.url), markdown(results));
    console.log('Wrote bench/results.json and bench/RESULTS.md');
  } finally {
    server.kill();
  }
}

function log<T>(figures: T): T {
  console.log(JSON.stringify(figures));
  return figures;
}

function markdown(r: Results): string {
  const at = (sections: number, cpu: number) => r.editor.find((f) => f.sections === sections && f.cpuThrottle === cpu);
  const e60 = at(60, 1);
  const e60x4 = at(60, 4);
  const verdict = (ok: boolean | undefined) => (ok ? 'met' : 'missed');
  const targets = [
    `| First screen JS+CSS under 260 KB gzip | ${r.bundles.firstScreenKb} KB | ${verdict(r.bundles.firstScreenKb < 260)} |`,
    `| 60 sections editable under 300 ms at 4x CPU | ${e60x4?.firstEditableMs} ms | ${verdict((e60x4?.firstEditableMs ?? Infinity) < 300)} |`,
    `| Keystroke p95 under 20 ms (60 sections) | ${e60?.keystrokeP95Ms} ms | ${verdict((e60?.keystrokeP95Ms ?? Infinity) < 20)} |`,
    `| Keystroke p95 under 35 ms at 4x CPU | ${e60x4?.keystrokeP95Ms} ms | ${verdict((e60x4?.keystrokeP95Ms ?? Infinity) < 35)} |`,
    `| At most one section re-rendered per keystroke | ${e60?.sectionRendersPerKeystroke} | ${verdict((e60?.sectionRendersPerKeystroke ?? Infinity) <= 1)} |`,
    ...r.export.map((f) => `| Export + validation within 2x of marked (${f.kb} KB) | ${f.ratio}x | ${verdict(f.ratio <= 2)} |`),
    `| Share links shorter than lz-string's | ${Math.max(...r.share.map((s) => s.ratio))}x at worst | ${verdict(r.share.every((s) => s.ratio < 1))} |`,
  ];
  return [
    '# Benchmark results',
    '',
    `Measured ${r.measuredAt} with \`npm run bench\` on a 2-core machine (medians over ${r.runs} runs unless said; "4x" is Chromium's CPU throttled 4x, a stand-in for a mid-range phone).`,
    '',
    '## Targets',
    '',
    '| target | measured | |',
    '|---|---:|---|',
    ...targets,
    '',
    '## JavaScript shipped',
    '',
    'Gzip size of the built files the first screen loads, and of what opening the editor adds.',
    '',
    `| first screen | editor adds | budget (first screen) |`,
    '|---:|---:|---:|',
    `| ${r.bundles.firstScreenKb} KB | ${r.bundles.editorKb} KB | ${r.bundles.budgetKb} KB |`,
    '',
    '## Editor',
    '',
    'A draft seeded into IndexedDB, opened at /drafts/:id: time from navigation start until the first field takes input, and until every section is rendered; then key press to the next painted frame while typing in a field in the middle of the draft, and section components rendered per keystroke.',
    '',
    '| sections | CPU | first field editable (ms) | all sections rendered (ms) | keystroke p50 (ms) | keystroke p95 (ms) | section renders / keystroke |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...r.editor.map((f) => `| ${f.sections} | ${f.cpuThrottle}x | ${f.firstEditableMs} | ${f.allRenderedMs} | ${f.keystrokeP50Ms} | ${f.keystrokeP95Ms} | ${f.sectionRendersPerKeystroke} |`),
    '',
    '## Library and autosave',
    '',
    ...r.library.map((f) => `- A library of ${f.drafts} drafts is listed ${f.shownMs} ms after navigation starts (${f.cpuThrottle}x CPU).`),
    `- One autosave of a ${r.autosave.sections}-section draft holds the main thread for ${r.autosave.putMedianMs} ms (median; ${r.autosave.putMaxMs} ms at most over ${r.autosave.saves} saves): IndexedDB's put() copying the draft; the write itself runs off the main thread.`,
    '',
    '## Export and validation',
    '',
    'exportMarkdown + validateDraft on a filled draft, against marked (GFM) lexing and parsing the exported Markdown to HTML; median of 15 runs in Node.',
    '',
    '| Markdown size | export + validate (ms) | marked (ms) | ratio |',
    '|---:|---:|---:|---:|',
    ...r.export.map((f) => `| ${f.kb} KB | ${f.exportAndValidateMs} | ${f.markedMs} | ${f.ratio} |`),
    '',
    '## Share links',
    '',
    "Length of the share link's fragment for the five filled sample drafts, against lz-string's compressToEncodedURIComponent of the same draft's JSON (what the TypeScript playground uses).",
    '',
    '| sample | ours (chars) | lz-string (chars) | ratio |',
    '|---|---:|---:|---:|',
    ...r.share.map((s) => `| ${s.template} | ${s.ours} | ${s.lzString} | ${s.ratio} |`),
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
