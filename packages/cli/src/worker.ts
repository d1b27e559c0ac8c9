import { parentPort, workerData } from 'node:worker_threads';
import { takeTimings, timingEnabled, type Timings } from '@atlas-lint/engine';
import { ConfigResolver } from './config.js';
import { lintFile, type FileJob, type FileLintFlags } from './lint-file.js';
import type { Settled } from './pool.js';

/** What the main thread gives each worker to rebuild the same config resolution. */
export interface WorkerSetup {
  cwd: string;
  config: string | undefined;
  ruleFlags: Record<string, unknown>;
  flags: FileLintFlags;
}

/** All jobs of a run; each thread claims the next position of `order` from `counter`. */
export interface WorkerTask {
  jobs: FileJob[];
  order: number[];
  counter: Int32Array;
}

export type WorkerReply = { type: 'outcome'; index: number; outcome: Settled } | { type: 'done'; timings?: Timings };

const setup = workerData as WorkerSetup;
const resolver = new ConfigResolver(setup.cwd, setup.config, setup.ruleFlags);

parentPort!.on('message', async ({ jobs, order, counter }: WorkerTask) => {
  for (let claim = Atomics.add(counter, 0, 1); claim < order.length; claim = Atomics.add(counter, 0, 1)) {
    const index = order[claim]!;
    let outcome: Settled;
    try {
      outcome = { ok: true, outcome: await lintFile(jobs[index]!, setup.flags, resolver) };
    } catch (error) {
      outcome = { ok: false, error: (error as Error).stack ?? String(error) };
    }
    parentPort!.postMessage({ type: 'outcome', index, outcome } satisfies WorkerReply);
  }
  parentPort!.postMessage({ type: 'done', timings: timingEnabled ? takeTimings() : undefined } satisfies WorkerReply);
});
