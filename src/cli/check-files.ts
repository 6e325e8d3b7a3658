import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TemplateSchema } from '../core/template/schema';
import { checkFailed, checkFile } from './check-file';
import type { CheckOptions } from './check-markdown';
import type { FileResult } from './check-message';
import type { SpecFile } from './find-spec-files';

/** One file for a worker: its place in the run, and the template chosen for it (an index into WorkerSetup.templates). */
export type CheckJob = { index: number; file: SpecFile; chosen: number | null };
/** What a worker starts with: every template of the run, the first `matched` of them the ones files are matched among. */
export type WorkerSetup = { templates: TemplateSchema[]; matched: number; options: CheckOptions };
export type WorkerReply = { kind: 'ready' } | { kind: 'done'; index: number; result: FileResult };

export type CheckFilesOptions = {
  /** Worker threads to check in; 1 or less checks in this thread. Default: threadsFor(files.length). */
  threads?: number;
  /** The worker's module; the built one beside this file, or the TypeScript one through tsx. */
  workerUrl?: URL;
  /** Told when no worker could start, so the files were checked in this thread. */
  warn?: (message: string) => void;
};

/** Below this many files per thread, starting a worker (loading the checker's code again) costs more than it saves. */
const FILES_PER_THREAD = 40;

/**
 * As many threads as the machine runs at once, but none for a handful of
 * files; SPECWRIGHT_THREADS sets the most (1: no workers), for a container
 * given fewer cores than the machine has.
 */
export function threadsFor(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const most = Number.parseInt(env.SPECWRIGHT_THREADS ?? '', 10);
  return Math.min(most > 0 ? most : availableParallelism(), Math.floor(files / FILES_PER_THREAD));
}

/**
 * Checks every file, in worker threads when there are many: files are handed
 * out in order, one at a time to whichever worker is free, and the results
 * come back in the order of `files` whatever order they finish in, so the
 * report is the same on any machine. A file the check fails on is that
 * file's error (checkFailed); a worker that stops takes only the file it was
 * on with it, and if no worker can run, the rest is checked in this thread.
 */
export async function checkFiles(
  files: readonly SpecFile[],
  templates: readonly TemplateSchema[],
  chosenFor: (file: SpecFile) => TemplateSchema | null,
  options: CheckOptions,
  { threads = threadsFor(files.length), workerUrl = WORKER_URL, warn = () => {} }: CheckFilesOptions = {},
): Promise<FileResult[]> {
  const all = [...templates];
  const indexOf = new Map(all.map((t, k) => [t, k]));
  const jobs: CheckJob[] = files.map((file, index) => {
    const chosen = chosenFor(file);
    if (chosen && !indexOf.has(chosen)) indexOf.set(chosen, all.push(chosen) - 1);
    return { index, file, chosen: chosen ? indexOf.get(chosen)! : null };
  });
  const setup: WorkerSetup = { templates: all, matched: templates.length, options };
  const results: (FileResult | undefined)[] = files.map(() => undefined);
  const pooled = threads > 1 && files.length > 1;
  const left = pooled ? await runPool(jobs, setup, Math.min(threads, files.length), workerUrl, results) : jobs;
  // Files no worker took (when none could start) are checked here, as without workers.
  if (pooled && left.length === jobs.length) warn(`specwright: no worker thread could start (${workerUrl.pathname}); checking in one thread.\n`);
  for (const job of left) results[job.index] = await checkJob(job, setup);
  return results.map((r, k) => r ?? checkFailed(files[k]!, new Error('no worker gave its result')));
}

/** One job, in whichever thread: the worker runs this too. */
export function checkJob({ file, chosen }: CheckJob, { templates, matched, options }: WorkerSetup): Promise<FileResult> {
  return checkFile(file, templates.slice(0, matched), chosen === null ? null : templates[chosen]!, options);
}

/**
 * Runs the jobs on `threads` workers, filling `results`; resolves with the
 * jobs no worker took. A job is handed out only once its worker is ready,
 * one at a time, so a worker that stops is known to have stopped on that job.
 */
function runPool(jobs: CheckJob[], setup: WorkerSetup, threads: number, workerUrl: URL, results: (FileResult | undefined)[]): Promise<CheckJob[]> {
  return new Promise((resolve) => {
    let next = 0;
    let running = 0;
    const start = () => {
      running++;
      const worker = workerUrl.pathname.endsWith('.ts') ? new Worker(TS_WORKER, { workerData: setup, argv: [workerUrl.href] }) : new Worker(workerUrl, { workerData: setup, execArgv: [] });
      let ready = false;
      let current: CheckJob | undefined;
      const fail = (error: unknown) => {
        if (current) results[current.index] = checkFailed(current.file, error);
        current = undefined;
      };
      worker.on('message', (reply: WorkerReply) => {
        if (reply.kind === 'ready') ready = true;
        else results[reply.index] = reply.result;
        current = jobs[next];
        if (!current) return void worker.terminate();
        next++;
        worker.postMessage(current);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        fail(new Error(`its worker stopped, exit code ${code}`));
        running--;
        // A worker that stopped mid-run is replaced; one that could not even start is not, and its share falls to the others.
        if (ready && next < jobs.length) start();
        else if (running === 0) resolve(jobs.slice(next));
      });
    };
    for (let k = 0; k < threads; k++) start();
  });
}

/**
 * The built worker beside this module (dist-cli), else the TypeScript one. A
 * built worker runs in plain Node whatever loaders this process has (tsx's
 * would compile the bundle again in every worker); a TypeScript one through
 * ts-worker.mjs, which registers tsx.
 */
const WORKER_URL = import.meta.url.endsWith('.ts') ? new URL('./check-worker.ts', import.meta.url) : new URL('./check-worker.mjs', import.meta.url);
const TS_WORKER = new URL('./ts-worker.mjs', import.meta.url);
