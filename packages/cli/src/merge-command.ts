import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LintResult } from '@atlas-lint/engine';
import { UsageError, type CliOptions } from './args.js';
import { emitReport } from './emit.js';
import type { CliIO } from './run.js';

/**
 * `atlas-lint merge-reports a.json b.json …`: joins the JSON reports of `--shard i/n` runs into one
 * report in any format, with the exit code the unsharded run would have had.
 */
export function mergeReports(options: CliOptions, io: CliIO): number {
  if (options.patterns.length === 0) throw new UsageError('merge-reports needs the JSON reports to merge');
  const byPath = new Map<string, LintResult>();
  for (const file of options.patterns) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(resolve(io.cwd, file), 'utf8'));
    } catch (error) {
      throw new UsageError(`cannot read report ${file}: ${(error as Error).message}`);
    }
    if (!Array.isArray(data) || data.some((r) => typeof r?.filePath !== 'string' || !Array.isArray(r?.messages))) {
      throw new UsageError(`${file} is not an atlas-lint JSON report (--format json)`);
    }
    for (const result of data as LintResult[]) byPath.set(result.filePath, result);
  }
  const results = [...byPath.values()].sort((a, b) => a.filePath.localeCompare(b.filePath));
  return emitReport(results, { ...options, format: options.format === 'table' ? 'stylish' : options.format }, io);
}
