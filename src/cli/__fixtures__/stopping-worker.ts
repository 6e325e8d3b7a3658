// A check worker that stops its thread (as an out-of-memory crash would) on any file named `stop-*.md`, and
// checks the others as the real one does: for checkFiles' tests of a worker that dies mid-run.
import { parentPort, workerData } from 'node:worker_threads';
import { checkJob, type CheckJob, type WorkerReply, type WorkerSetup } from '../check-files';

const port = parentPort!;
port.on('message', async (job: CheckJob) => {
  if (/(^|\/)stop-[^/]*\.md$/.test(job.file.shown)) process.exit(3);
  port.postMessage({ kind: 'done', index: job.index, result: await checkJob(job, workerData as WorkerSetup) } satisfies WorkerReply);
});
port.postMessage({ kind: 'ready' } satisfies WorkerReply);
