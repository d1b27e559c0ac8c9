import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { recordTimings } from '@atlas-lint/engine';
import type { FileJob, FileOutcome } from './lint-file.js';
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker.js';

/** The compiled worker; from sources (tests), the build's copy beside them. */
function workerUrl(): URL {
  const sibling = new URL('./worker.js', import.meta.url);
  return existsSync(sibling) ? sibling : new URL('../dist/worker.js', import.meta.url);
}

export type Settled = { ok: true; outcome: FileOutcome } | { ok: false; error: string };

/**
 * Worker threads that lint beside the main thread. They are started before the files are found,
 * so loading their modules (~0.2 s) overlaps with discovery; then every thread, the main one
 * included, claims the next job from one shared counter (largest files first), so no thread waits
 * for another to hand it work and all finish together.
 */
export class LintPool {
  private readonly workers: Worker[];
  private failure: Error | undefined;

  constructor(size: number, setup: WorkerSetup) {
    // Loaded here, not imported: a run on one thread (a hook's few files) never pays for worker_threads.
    const threads = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    this.workers = Array.from({ length: size }, () => new threads.Worker(workerUrl(), { workerData: setup }));
    for (const worker of this.workers) {
      worker.on('error', (error) => (this.failure ??= error));
      // An idle pool must not keep the process alive (e.g. when it ends up unused).
      worker.unref();
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Stops the workers beyond the first `keep` (a run with fewer files than expected). */
  async shrink(keep: number): Promise<void> {
    const extra = this.workers.splice(Math.max(0, keep));
    await Promise.all(extra.map((worker) => worker.terminate()));
  }

  /**
   * Lints `jobs` on the workers and on this thread (`lintHere`); outcomes come back in the jobs'
   * order. The pool is closed afterwards.
   */
  async run(jobs: FileJob[], lintHere: (job: FileJob) => Promise<FileOutcome>, onProgress?: (done: number) => void): Promise<Settled[]> {
    const order = jobs.map((job, index) => ({ size: job.text.length, index })).sort((a, b) => b.size - a.size).map((o) => o.index);
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const settled: Settled[] = new Array(jobs.length);
    let done = 0;
    const record = (index: number, outcome: Settled) => {
      settled[index] = outcome;
      onProgress?.(++done);
    };
    const task: WorkerTask = { jobs, order, counter };
    const finished = this.workers.map(
      (worker) =>
        new Promise<void>((resolveWorker, reject) => {
          worker.ref();
          worker.on('message', (reply: WorkerReply) => {
            if (reply.type === 'outcome') record(reply.index, reply.outcome);
            else {
              if (reply.timings) recordTimings(reply.timings);
              resolveWorker();
            }
          });
          worker.on('error', reject);
          worker.on('exit', (code) => reject(new Error(`worker stopped with exit code ${code} before finishing its jobs`)));
          worker.postMessage(task);
        }),
    );
    try {
      for (let claim = Atomics.add(counter, 0, 1); claim < order.length; claim = Atomics.add(counter, 0, 1)) {
        const index = order[claim]!;
        try {
          record(index, { ok: true, outcome: await lintHere(jobs[index]!) });
        } catch (error) {
          record(index, { ok: false, error: (error as Error).stack ?? String(error) });
        }
      }
      if (this.failure) throw this.failure;
      await Promise.all(finished);
    } finally {
      await this.close();
    }
    return settled;
  }

  async close(): Promise<void> {
    for (const worker of this.workers) worker.removeAllListeners('exit');
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
