import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { addTiming, mergeTimings, type Timings } from '@atlas-lint/engine';
import type { FileJob, FileOutcome } from './lint-file.js';
import type { WorkerSetup } from './worker.js';

/** The compiled worker; from sources (tests), the build's copy beside them. */
function workerUrl(): URL {
  const sibling = new URL('./worker.js', import.meta.url);
  return existsSync(sibling) ? sibling : new URL('../dist/worker.js', import.meta.url);
}

type Settled = { ok: true; outcome: FileOutcome } | { ok: false; error: string };

/**
 * Lints jobs on `size` worker threads. Jobs go out in small batches, largest files first, so the
 * threads finish together; outcomes come back in the jobs' order.
 */
export async function lintInWorkers(jobs: FileJob[], size: number, setup: WorkerSetup, onProgress?: (done: number) => void): Promise<Settled[]> {
  const order = jobs.map((job, index) => ({ job, index })).sort((a, b) => b.job.text.length - a.job.text.length);
  const settled: Settled[] = new Array(jobs.length);
  const batchSize = Math.max(1, Math.min(16, Math.ceil(jobs.length / (size * 8))));
  let next = 0;
  let done = 0;
  const workerTimings: Timings = {};
  const workers = Array.from({ length: size }, () => new Worker(workerUrl(), { workerData: setup }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolveWorker, reject) => {
            let batch: typeof order = [];
            const send = () => {
              if (next >= order.length) {
                resolveWorker();
                return;
              }
              batch = order.slice(next, next + batchSize);
              next += batch.length;
              worker.postMessage({ id: 0, jobs: batch.map((b) => b.job) });
            };
            worker.on('message', (message: { outcomes: Settled[]; timings?: Timings }) => {
              if (message.timings) mergeTimings(workerTimings, message.timings);
              message.outcomes.forEach((outcome, i) => (settled[batch[i]!.index] = outcome));
              done += message.outcomes.length;
              onProgress?.(done);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`worker stopped with exit code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  // Workers' totals join this thread's, so the table covers the whole run.
  for (const [key, ms] of Object.entries(workerTimings)) addTiming(key, performance.now() - ms);
  return settled;
}
