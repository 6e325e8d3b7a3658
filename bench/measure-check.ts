import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Marked } from 'marked';
import type * as CheckFilesModule from '../src/cli/check-files';
import { loadTemplates } from '../src/cli/load-templates';
import { round2 } from './measure-export';

export type CheckFigures = {
  specs: number;
  /** All the specs together (KB). */
  kb: number;
  /** The threads the CLI checked them in, this one and its workers (threadsFor: one per core free at the time). */
  threads?: number;
  /** specwright check's path on every file (read, template matched by structure, imported, validated), in those threads, starting the workers included, median (ms). */
  checkMs: number;
  /** The same in one thread, no workers, median (ms). */
  singleThreadMs?: number;
  /** marked reading the same files and lexing and parsing them to HTML, median (ms). */
  markedMs: number;
  /** checkMs / markedMs, median of the runs' ratios. */
  ratio: number;
  singleThreadRatio?: number;
  /** The same in a thread for every core the machine has (as the CLI does on an idle machine), median (ms). */
  coreThreads?: number;
  allCoresMs?: number;
  allCoresRatio?: number;
};

const fixtures = new URL('../src/core/markdown/__fixtures__/', import.meta.url);

/**
 * `count` spec files, the fixture specs over and over, each with its own
 * title (so no two are the same text), written to a temporary folder and
 * checked as `specwright check` checks them: checkFiles from the built CLI
 * (dist-cli, `npm run build:cli`), in the threads it picks now, in one
 * thread, and in one for every core (as it picks on an idle machine);
 * against marked reading and parsing the same files, in turns; the ratios
 * are the medians of the runs' ratios.
 */
export async function measureCheck(count: number, runs: number): Promise<CheckFigures> {
  const { checkFiles, threadsFor } = (await import(new URL('../dist-cli/check-files.mjs', import.meta.url).href)) as typeof CheckFilesModule;
  const sources = readdirSync(fixtures)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(new URL(f, fixtures), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'specwright-bench-check-'));
  try {
    const files = Array.from({ length: count }, (_, k) => {
      const path = join(dir, `spec-${k + 1}.md`);
      writeFileSync(path, sources[k % sources.length]!.replace(/^# (.+)$/m, `# $1 (${k + 1})`));
      return { path, shown: `spec-${k + 1}.md` };
    });
    const templates = (await loadTemplates(null)).map((t) => t.template);
    const threads = threadsFor(files.length);
    const coreThreads = threadsFor(files.length, {}, 0);
    const marked = new Marked({ gfm: true });
    const check = (n: number) => () => checkFiles(files, templates, () => null, {}, { threads: n });
    const parse = async () => files.forEach((file) => marked.parse(readFileSync(file.path, 'utf8')));
    const time = async (work: () => Promise<unknown>) => {
      const start = performance.now();
      await work();
      return performance.now() - start;
    };
    // Warm up the JIT, then in turns, one of each per run, so a busy moment of the machine weighs on all alike.
    await check(1)();
    await parse();
    const rows: [number, number, number, number][] = [];
    for (let k = 0; k < runs; k++) rows.push([await time(check(threads)), await time(check(1)), await time(parse), await time(check(coreThreads))]);
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
    return {
      specs: count,
      kb: Math.round(files.reduce((n, f) => n + readFileSync(f.path).length, 0) / 1024),
      threads,
      checkMs: Math.round(median(rows.map(([ours]) => ours))),
      singleThreadMs: Math.round(median(rows.map(([, one]) => one))),
      markedMs: Math.round(median(rows.map(([, , theirs]) => theirs))),
      ratio: round2(median(rows.map(([ours, , theirs]) => ours / theirs))),
      singleThreadRatio: round2(median(rows.map(([, one, theirs]) => one / theirs))),
      coreThreads,
      allCoresMs: Math.round(median(rows.map(([, , , all]) => all))),
      allCoresRatio: round2(median(rows.map(([, , theirs, all]) => all / theirs))),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
