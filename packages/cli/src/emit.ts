import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LintResult } from '@atlas-lint/engine';
import { rules } from '@atlas-lint/rules';
import { UsageError, type CliOptions } from './args.js';
import { formatters } from './formatters/index.js';
import { toolVersion, type CliIO } from './run.js';

/** Formats results, writes them (stdout or --output-file) and returns the exit code. */
export function emitReport(results: LintResult[], options: CliOptions, io: CliIO, diffs: string[] = []): number {
  const formatter = formatters[options.format];
  if (!formatter) throw new UsageError(`unknown format "${options.format}" (${Object.keys(formatters).join(', ')})`);
  const shown = options.quiet ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0, fixableWarningCount: 0 })) : results;
  const report = formatter(shown, {
    cwd: io.cwd,
    color: options.color ?? (io.isTTY && !process.env.NO_COLOR),
    rulesMeta: new Map(rules.map((r) => [r.meta.id, r.meta])),
    toolVersion,
  });
  if (diffs.length > 0) io.stdout(diffs.join(''));
  if (options.outputFile) writeFileSync(resolve(io.cwd, options.outputFile), report);
  else if (report) io.stdout(report.endsWith('\n') ? report : `${report}\n`);

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr(`atlas-lint found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}
