// One worker thread of checkFiles: checks the files it is handed, in the order handed, and sends each result back.
import { parentPort, workerData } from 'node:worker_threads';
import { checkJob, type CheckJob, type WorkerReply, type WorkerSetup } from './check-files';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const reply = (message: WorkerReply) => port.postMessage(message);

let last = Promise.resolve();
port.on('message', (job: CheckJob) => {
  last = last.then(async () => reply({ kind: 'done', index: job.index, result: await checkJob(job, setup) }));
});
reply({ kind: 'ready' });
