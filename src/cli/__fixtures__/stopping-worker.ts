// A check worker that stops its thread (as an out-of-memory crash would) on any file named `stop-*.md`, and
// checks the others as the real one does, in the order handed: for checkFiles' tests of a worker that dies mid-run.
import { parentPort, workerData } from 'node:worker_threads';
import { checkJob, type CheckJob, type WorkerReply, type WorkerSetup } from '../check-files';

const port = parentPort!;
let last = Promise.resolve();
port.on('message', (job: CheckJob) => {
  last = last.then(async () => {
    // Stuck on it, then stopping: a moment later, so the result posted before it arrives and the test knows which file it stopped on.
    if (/(^|\/)stop-[^/]*\.md$/.test(job.file.shown)) await new Promise(() => setTimeout(() => process.exit(3), 100));
    port.postMessage({ kind: 'done', index: job.index, result: await checkJob(job, workerData as WorkerSetup) } satisfies WorkerReply);
  });
});
port.postMessage({ kind: 'ready' } satisfies WorkerReply);
