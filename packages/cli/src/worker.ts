import { parentPort, workerData } from 'node:worker_threads';
import { takeTimings, timingEnabled } from '@atlas-lint/engine';
import { ConfigResolver } from './config.js';
import { lintFile, type FileJob, type FileLintFlags } from './lint-file.js';

/** What the main thread gives each worker to rebuild the same config resolution. */
export interface WorkerSetup {
  cwd: string;
  config: string | undefined;
  ruleFlags: Record<string, unknown>;
  flags: FileLintFlags;
}

const setup = workerData as WorkerSetup;
const resolver = new ConfigResolver(setup.cwd, setup.config, setup.ruleFlags);

parentPort!.on('message', async (message: { id: number; jobs: FileJob[] }) => {
  const outcomes = [];
  for (const job of message.jobs) {
    try {
      outcomes.push({ ok: true as const, outcome: await lintFile(job, setup.flags, resolver) });
    } catch (error) {
      outcomes.push({ ok: false as const, error: (error as Error).stack ?? String(error) });
    }
  }
  parentPort!.postMessage({ id: message.id, outcomes, timings: timingEnabled ? takeTimings() : undefined });
});
