import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import {
  addTiming, decodeSource, formatTimings, lintProject, readSourceFileSync, summarize, takeTimings, timingEnabled,
  type LintResult, type ProjectFile,
} from '@atlas-lint/engine';
import { ruleMap } from '@atlas-lint/rules';
import { UsageError, parseRuleFlags, type CliOptions } from './args.js';
import { LintCache, codeFingerprint, type FileStamp } from './cache.js';
import { ConfigResolver } from './config.js';
import { discoverFiles, isGlob } from './discover.js';
import { emitReport } from './emit.js';
import { formatters } from './formatters/index.js';
import { changedFiles } from './git.js';
import { lintFile, type FileJob, type FileLintFlags, type FileOutcome } from './lint-file.js';
import { LintPool } from './pool.js';
import type { WorkerSetup } from './worker.js';
import { ProgressBar } from './progress.js';
import { toolVersion, type CliIO } from './run.js';

const toPosix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

/** `atlas-lint [paths]`: discover, lint (in workers when worth it), run project rules, report. */
export async function lint(options: CliOptions, io: CliIO): Promise<number> {
  const formatter = formatters[options.format];
  if (!formatter) throw new UsageError(`unknown format "${options.format}" (${Object.keys(formatters).join(', ')})`);
  const tree = await lintTree(options, io);
  if (options.updateTracking) (await import('./report/update-tracking.js')).updateTracking(tree.projectFiles, tree.resolver.forProject().settings, io);
  const started = performance.now();
  const code = emitReport(tree.results, options, io, tree.diffs);
  if (timingEnabled) {
    addTiming('format and write report', started);
    io.stderr(formatTimings(takeTimings()));
  }
  return code;
}

export interface TreeLint {
  results: LintResult[];
  projectFiles: ProjectFile[];
  diffs: string[];
  resolver: ConfigResolver;
  /** Whether project rules ran (the run covered a whole tree). */
  wholeTree: boolean;
}

/** Lints everything the options name; shared by `atlas-lint` and `atlas-lint report`. */
export async function lintTree(options: CliOptions, io: CliIO): Promise<TreeLint> {
  const ruleFlags = parseRuleFlags(options.rule);
  const resolver = new ConfigResolver(io.cwd, options.config, ruleFlags);
  const flags: FileLintFlags = {
    cwd: io.cwd,
    fix: options.fix,
    fixDryRun: options.fixDryRun,
    keepOutput: options.fixDryRun && options.format === 'json',
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
  };
  const setup = { cwd: io.cwd, config: options.config, ruleFlags, flags };
  // Workers start loading while the files are found, when the run may be large enough for them;
  // with --cache most runs need none, so they wait until the misses are known.
  const pool = options.concurrency > 1 && !options.cache && mayLintMany(options, io) ? new LintPool(options.concurrency - 1, setup) : undefined;
  try {
    return await lintTreeWith(pool, setup, options, io, resolver, flags);
  } finally {
    await pool?.close();
  }
}

async function lintTreeWith(
  early: LintPool | undefined, setup: WorkerSetup, options: CliOptions, io: CliIO, resolver: ConfigResolver, flags: FileLintFlags,
): Promise<TreeLint> {
  const cache = options.cache && !options.fix && !options.fixDryRun ? new LintCache(resolve(io.cwd, options.cacheLocation), `${toolVersion}+${codeFingerprint()}`) : undefined;

  type Pending = { job: FileJob; key?: string; config?: string; stamp?: FileStamp };
  const slots: ({ done: FileOutcome } | Pending | { fatal: LintResult })[] = [];
  let started = performance.now();
  const inputs = await collectInputs(options, io);
  if (timingEnabled) {
    addTiming('find files', started);
    started = performance.now();
  }
  for (const input of inputs) {
    const config = resolver.forFile(input.path);
    if (!options.stdin && config.isIgnored(input.path)) continue;
    const reportedPath = options.stdin && !options.stdinFilename ? '<stdin>' : input.path;
    const configKey = cache?.configKey(config.rulesFor(input.path), config.settings, options.reportUnusedDisableDirectives);
    const stamp = cache && !input.bytes ? fileStamp(input.path) : undefined;
    const unchanged = configKey && stamp ? cache!.getByStamp(input.path, configKey, stamp) : undefined;
    if (unchanged) {
      slots.push({ done: { result: { ...unchanged.result, filePath: reportedPath }, project: unchanged.project! } });
      continue;
    }
    const source = input.bytes ? decodeSource(input.bytes) : readSourceFileSync(input.path);
    if (!source.ok) {
      slots.push({ fatal: summarize(reportedPath, [{ ruleId: null, severity: 2, fatal: true, message: source.message, line: 1, column: 1 }]) });
      continue;
    }
    const job: FileJob = { path: input.path, reportedPath, text: source.text, bom: source.bom, writable: !input.bytes };
    const key = configKey ? cache!.key(source.text, configKey) : undefined;
    const hit = key ? cache!.get(input.path, key) : undefined;
    slots.push(hit ? { done: { result: { ...hit.result, filePath: reportedPath }, project: hit.project! } } : { job, key, config: configKey, stamp });
  }

  if (timingEnabled) addTiming('read files, config, cache', started);
  const pending = slots.flatMap((slot) => ('job' in slot ? [slot] : []));
  const progress = new ProgressBar(pending.length, io);
  const outcomes = new Map<FileJob, FileOutcome>();
  // A thread costs ~0.2 s of CPU to start: only worth it with some 8 files for each.
  const pool = early ?? (options.concurrency > 1 && pending.length >= 16 ? new LintPool(options.concurrency - 1, setup) : undefined);
  if (pool && pending.length >= 16) {
    await pool.shrink(Math.ceil(pending.length / 8) - 1);
    const settled = await pool.run(pending.map((p) => p.job), (job) => lintFile(job, flags, resolver), (done) => progress.update(done));
    settled.forEach((outcome, i) => {
      if (!outcome.ok) throw new Error(outcome.error);
      outcomes.set(pending[i]!.job, outcome.outcome);
    });
  } else {
    for (const [i, { job }] of pending.entries()) {
      outcomes.set(job, await lintFile(job, flags, resolver));
      progress.update(i + 1);
    }
  }
  progress.finish();

  const results: LintResult[] = [];
  const projectFiles: ProjectFile[] = [];
  const diffs: string[] = [];
  for (const slot of slots) {
    if ('fatal' in slot) {
      results.push(slot.fatal);
      continue;
    }
    const outcome = 'done' in slot ? slot.done : outcomes.get(slot.job)!;
    if ('job' in slot && slot.key) cache!.set(slot.job.path, slot.key, { config: slot.config, stamp: slot.stamp, result: outcome.result, project: outcome.project });
    results.push(outcome.result);
    projectFiles.push(outcome.project);
    if (outcome.diff) diffs.push(outcome.diff);
  }
  cache?.save();

  const wholeTree = lintsWholeTree(options, io);
  started = performance.now();
  if (wholeTree) mergeProjectMessages(results, resolver, projectFiles, io.cwd);
  if (timingEnabled) addTiming('project rules', started);
  return { results, projectFiles, diffs, resolver, wholeTree };
}

/** Whether the paths may hold many files: a directory or a glob (a hook's list of files does not). */
function mayLintMany(options: CliOptions, io: CliIO): boolean {
  return !options.stdin && (options.patterns.length >= 16 || namesATree(options, io));
}

/** Whether a path given (default `.`) is a directory or a glob, rather than a list of files. */
function namesATree(options: CliOptions, io: CliIO): boolean {
  const patterns = options.patterns.length > 0 ? options.patterns : ['.'];
  return patterns.some((pattern) => isGlob(pattern) || isDirectory(resolve(io.cwd, pattern)));
}

/**
 * Project rules (tracking sheet, folder structure) judge the tree as a whole, so they run only when
 * the run covers a tree: not on stdin, a shard, changed files, or a list of single files (as a
 * pre-commit hook passes them).
 */
function lintsWholeTree(options: CliOptions, io: CliIO): boolean {
  if (options.stdin || options.shard || options.since !== undefined || options.staged) return false;
  return namesATree(options, io);
}

function fileStamp(path: string): FileStamp | undefined {
  try {
    const stats = statSync(path);
    return { size: stats.size, mtimeMs: stats.mtimeMs };
  } catch {
    return undefined;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The files to lint: stdin, or discovered paths narrowed by --since/--staged and --shard. */
async function collectInputs(options: CliOptions, io: CliIO): Promise<{ path: string; bytes?: Uint8Array }[]> {
  if (options.stdin) {
    return [{ path: resolve(io.cwd, options.stdinFilename ?? '<stdin>.md'), bytes: await io.readStdin() }];
  }
  const { files, missing } = await discoverFiles(options.patterns, io.cwd);
  if (missing.length > 0) throw new UsageError(`no such file or directory: ${missing.join(', ')}`);
  let paths = files.map((file) => resolve(io.cwd, file));
  if (options.since !== undefined || options.staged) {
    const changed = changedFiles(io.cwd, options.since !== undefined ? { since: options.since } : { staged: true });
    paths = paths.filter((path) => changed.has(path));
  }
  if (options.shard) {
    const { index, count } = options.shard;
    paths = paths.filter((path) => shardOf(toPosix(relative(io.cwd, path)), count) === index - 1);
  }
  return paths.map((path) => ({ path }));
}

/** Stable assignment of a file to a shard, by a hash of its path (independent of the other files). */
function shardOf(path: string, count: number): number {
  let hash = 2166136261;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 16777619);
  return (hash >>> 0) % count;
}

/** Project rules (tracking sheet, folder structure) report into existing results or new ones. */
function mergeProjectMessages(results: LintResult[], resolver: ConfigResolver, files: ProjectFile[], cwd: string): void {
  const config = resolver.forProject();
  const settings = new Map([...config.rulesFor(resolve(cwd, '__project__'))].filter(([id]) => ruleMap.get(id)?.project));
  if (settings.size === 0) return;
  const byPath = lintProject({ root: cwd, files, rules: ruleMap, ruleSettings: settings, settings: config.settings });
  for (const [path, messages] of byPath) {
    const absolute = resolve(cwd, path);
    let result = results.find((r) => r.filePath === absolute);
    if (!result) {
      result = summarize(absolute, []);
      results.push(result);
    }
    const merged = summarize(result.filePath, [...result.messages, ...messages].sort((a, b) => a.line - b.line || a.column - b.column), result.suppressedMessages);
    Object.assign(result, { ...merged, diagramCount: result.diagramCount, diagrams: result.diagrams });
  }
}
