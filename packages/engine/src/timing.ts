/**
 * Where a run's time goes, as ESLint's TIMING=1 shows it: set ATLAS_LINT_TIMING=1 (or a number of
 * rows) and the CLI prints the phases and the slowest rules on stderr. Off, it costs one boolean
 * test per measured step.
 */
export type Timings = Record<string, number>;

const setting = process.env.ATLAS_LINT_TIMING;
export const timingEnabled = setting !== undefined && setting !== '' && setting !== '0';

const totals: Timings = {};

/** Adds the milliseconds since `start` (a performance.now() value) to `key`. */
export function addTiming(key: string, start: number): void {
  totals[key] = (totals[key] ?? 0) + (performance.now() - start);
}

/** This thread's totals so far (workers post them to the main thread). */
export function takeTimings(): Timings {
  const copy = { ...totals };
  for (const key of Object.keys(totals)) delete totals[key];
  return copy;
}

/** Adds totals measured on another thread (a worker's) to this thread's. */
export function recordTimings(from: Timings): void {
  for (const [key, ms] of Object.entries(from)) totals[key] = (totals[key] ?? 0) + ms;
}

/** The table: phases first, then rules by time, each with its share of the measured total. */
export function formatTimings(timings: Timings): string {
  const rows = Object.entries(timings);
  const rules = rows.filter(([key]) => key.startsWith('rule:')).sort((a, b) => b[1] - a[1]);
  const phases = rows.filter(([key]) => !key.startsWith('rule:')).sort((a, b) => b[1] - a[1]);
  const limit = Number(setting) > 1 ? Number(setting) : 10;
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0) || 1;
  const line = (name: string, ms: number) => `${name.padEnd(36)} | ${ms.toFixed(1).padStart(10)} | ${((100 * ms) / total).toFixed(1).padStart(5)}%`;
  const out = [`${'Phase / rule'.padEnd(36)} | ${'Time (ms)'.padStart(10)} | Share`, `${'-'.repeat(36)}-|-${'-'.repeat(10)}-|------`];
  for (const [key, ms] of phases) out.push(line(key, ms));
  for (const [key, ms] of rules.slice(0, limit)) out.push(line(key, ms));
  return `${out.join('\n')}\n(CPU time summed over threads)\n`;
}
