import { availableParallelism, loadavg } from 'node:os';
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
  /** Threads to check in, this one included; 1 or less checks in this thread alone. Default: threadsFor(files.length). */
  threads?: number;
  /** This thread checks files too, beside the workers (threads - 1 of them). Off: `threads` workers, this thread only hands out files. */
  hereToo?: boolean;
  /** The worker's module; the built one beside this file, or the TypeScript one through tsx. */
  workerUrl?: URL;
  /** Told when no worker could start, so the files were checked in this thread. */
  warn?: (message: string) => void;
};

/** Below this many files per thread, starting a worker (loading the checker's code again) costs more than it saves. */
const FILES_PER_THREAD = 40;
/** Files a worker holds at once: the one it checks and the next, so it never waits for this thread to hand one out. */
const HELD = 2;

/**
 * As many threads as the machine has cores free (those it runs at once, less
 * the load of the last minute), but none for a handful of files: a worker
 * warms up its own copy of the checker (about a second of CPU), which only
 * pays where a core would otherwise sit idle. SPECWRIGHT_THREADS sets the
 * number instead (1: no workers), for a container given fewer cores than the
 * machine has.
 */
export function threadsFor(files: number, env: NodeJS.ProcessEnv = process.env, load: number = loadavg()[0] ?? 0): number {
  const set = Number.parseInt(env.SPECWRIGHT_THREADS ?? '', 10);
  const most = set > 0 ? set : availableParallelism() - Math.floor(load);
  return Math.max(1, Math.min(most, Math.floor(files / FILES_PER_THREAD)));
}

/**
 * Checks every file, in worker threads beside this one when there are many:
 * files are handed out in order to whichever thread is free, and the results
 * come back in the order of `files` whatever order they finish in, so the
 * report is the same on any machine. A file the check fails on is that
 * file's error (checkFailed); a worker that stops takes only the file it was
 * on with it (the next it held is handed out again), and what no worker can
 * take is checked in this thread.
 */
export async function checkFiles(
  files: readonly SpecFile[],
  templates: readonly TemplateSchema[],
  chosenFor: (file: SpecFile) => TemplateSchema | null,
  options: CheckOptions,
  { threads = threadsFor(files.length), hereToo = true, workerUrl = WORKER_URL, warn = () => {} }: CheckFilesOptions = {},
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
  const queue = new JobQueue(jobs);
  const here = async () => {
    for (let job = queue.take(); job; job = queue.take()) results[job.index] = await checkJob(job, setup);
  };
  const workers = Math.min(hereToo ? threads - 1 : threads, files.length);
  if (workers > 0 && files.length > 1) {
    const pool = runWorkers(workers, queue, setup, workerUrl, results);
    await Promise.all([hereToo ? here() : null, pool]);
    if (!(await pool)) warn(`specwright: no worker thread could start (${workerUrl.pathname}); checking in one thread.\n`);
  }
  // Everything, without workers; else what stopped workers gave back after this thread was done.
  await here();
  return results.map((r, k) => r ?? checkFailed(files[k]!, new Error('no worker gave its result')));
}

/** One job, in whichever thread: the worker runs this too. */
export function checkJob({ file, chosen }: CheckJob, { templates, matched, options }: WorkerSetup): Promise<FileResult> {
  return checkFile(file, templates.slice(0, matched), chosen === null ? null : templates[chosen]!, options);
}

/** The files not handed out yet, in order; those a stopped worker held but had not begun go out first. */
class JobQueue {
  private next = 0;
  private readonly returned: CheckJob[] = [];
  constructor(private readonly jobs: readonly CheckJob[]) {}
  take(): CheckJob | undefined {
    return this.returned.shift() ?? this.jobs[this.next++];
  }
  giveBack(jobs: CheckJob[]): void {
    this.returned.push(...jobs);
  }
  get empty(): boolean {
    return this.returned.length === 0 && this.next >= this.jobs.length;
  }
}

/**
 * Runs `count` workers on the queue, filling `results`, until it is empty;
 * resolves with whether any worker started. A worker is handed files once it
 * is ready and checks them in the order handed, so one that stops stopped on
 * the first it holds.
 */
function runWorkers(count: number, queue: JobQueue, setup: WorkerSetup, workerUrl: URL, results: (FileResult | undefined)[]): Promise<boolean> {
  return new Promise((resolve) => {
    let running = 0;
    let started = false;
    const start = () => {
      running++;
      const worker = workerUrl.pathname.endsWith('.ts') ? new Worker(TS_WORKER, { workerData: setup, argv: [workerUrl.href] }) : new Worker(workerUrl, { workerData: setup, execArgv: [] });
      let ready = false;
      const held: CheckJob[] = [];
      const stopped = (error: unknown) => {
        const [current, ...rest] = held.splice(0);
        if (current) results[current.index] = checkFailed(current.file, error);
        queue.giveBack(rest);
      };
      worker.on('message', (reply: WorkerReply) => {
        if (reply.kind === 'ready') ready = started = true;
        else {
          results[reply.index] = reply.result;
          const at = held.findIndex((job) => job.index === reply.index);
          if (at >= 0) held.splice(at, 1);
        }
        for (let job = held.length < HELD ? queue.take() : undefined; job; job = held.length < HELD ? queue.take() : undefined) {
          held.push(job);
          worker.postMessage(job);
        }
        if (held.length === 0) void worker.terminate();
      });
      worker.on('error', stopped);
      worker.on('exit', (code) => {
        stopped(new Error(`its worker stopped, exit code ${code}`));
        running--;
        // A worker that stopped mid-run is replaced; one that could not even start is not, and its share falls to the others.
        if (ready && !queue.empty) start();
        else if (running === 0) resolve(started);
      });
    };
    for (let k = 0; k < count; k++) start();
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
