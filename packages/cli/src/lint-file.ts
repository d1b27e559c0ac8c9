import { relative, sep } from 'node:path';
import { lintAndFix, lintText, type LintResult, type ProjectFile } from '@atlas-lint/engine';
import { ruleMap } from '@atlas-lint/rules';
import type { ConfigResolver } from './config.js';
import { displayPath } from './formatters/paths.js';
import { writeFileAtomic } from './write.js';

/** One decoded file to lint. Plain data: it is posted to worker threads. */
export interface FileJob {
  /** Absolute path (for stdin: the --stdin-filename, resolved). */
  path: string;
  /** Path shown in results. */
  reportedPath: string;
  text: string;
  bom: boolean;
  /** false for stdin: never write back. */
  writable: boolean;
}

export interface FileLintFlags {
  cwd: string;
  fix: boolean;
  fixDryRun: boolean;
  /** Keep the fixed text in results (JSON with --fix-dry-run). */
  keepOutput: boolean;
  reportUnusedDisableDirectives: boolean;
}

export interface FileOutcome {
  result: LintResult;
  project: ProjectFile;
  /** Unified diff of the fixes (--fix-dry-run). */
  diff?: string;
}

const toPosix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

/** Lints (and fixes) one decoded file with the config that governs it. */
export async function lintFile(job: FileJob, flags: FileLintFlags, resolver: ConfigResolver): Promise<FileOutcome> {
  const config = resolver.forFile(job.path);
  const options = {
    filePath: job.reportedPath,
    relativePath: toPosix(relative(flags.cwd, job.path)),
    ruleSettings: config.rulesFor(job.path),
    rules: ruleMap,
    settings: config.settings,
    reportUnusedDisableDirectives: flags.reportUnusedDisableDirectives ? (1 as const) : (0 as const),
  };
  if (!flags.fix && !flags.fixDryRun) return lintText(job.text, options);
  const outcome = await lintAndFix(job.text, options);
  let diff: string | undefined;
  if (outcome.fixed && flags.fix && job.writable) {
    writeFileAtomic(job.path, (job.bom ? '\uFEFF' : '') + outcome.output);
  } else if (outcome.fixed && flags.fixDryRun) {
    const name = displayPath(job.path, flags.cwd);
    const { createTwoFilesPatch } = await import('diff');
    diff = createTwoFilesPatch(`a/${name}`, `b/${name}`, job.text, outcome.output, '', '', { context: 3 });
  }
  if (!flags.keepOutput) delete outcome.lint.result.output;
  return { result: outcome.lint.result, project: outcome.lint.project, diff };
}
