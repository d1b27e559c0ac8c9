import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import {
  ConfigError, decodeSource, lintAndFix, lintProject, lintText, readSourceFile, summarize,
  type LintResult, type ProjectFile,
} from '@atlas-lint/engine';
import { ruleMap, rules } from '@atlas-lint/rules';
import { HELP, UsageError, parseCliArgs, parseRuleFlags, type CliOptions } from './args.js';
import { ConfigResolver } from './config.js';
import { discoverFiles } from './discover.js';
import { formatters } from './formatters/index.js';
import { displayPath } from './formatters/paths.js';
import { writeFileAtomic } from './write.js';

export interface CliIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
  isTTY: boolean;
}

export const toolVersion: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

const toPosix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

/** Runs the CLI and returns the exit code (0 clean, 1 lint errors, 2 usage/config/internal). */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    io.stderr(`atlas-lint: ${(error as Error).message}\nRun 'atlas-lint --help' for usage.\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${toolVersion}\n`);
    return 0;
  }
  try {
    if (options.command === 'rules') return listRules(options, io);
    if (options.command === 'lint') return await lint(options, io);
    throw new UsageError(`'atlas-lint ${options.command}' is not available yet`);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`atlas-lint: configuration error: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`atlas-lint: ${error.message}\n`);
      return 2;
    }
    io.stderr(`atlas-lint: internal error: ${(error as Error).stack ?? error}\n`);
    return 2;
  }
}

function listRules(options: CliOptions, io: CliIO): number {
  const metas = rules.map((rule) => rule.meta);
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(metas, null, 2)}\n`);
    return 0;
  }
  if (options.format !== 'table') throw new UsageError(`unknown format "${options.format}" for 'rules' (table, json)`);
  const width = Math.max(...metas.map((m) => m.id.length));
  const lines = metas.map((m) => `${m.id.padEnd(width)}  ${m.severity.padEnd(5)}  ${m.fixable ? 'fix' : '   '}  ${m.description}`);
  io.stdout(`${'rule'.padEnd(width)}  sev.   fix  description\n${lines.join('\n')}\n`);
  return 0;
}

async function lint(options: CliOptions, io: CliIO): Promise<number> {
  const formatter = formatters[options.format];
  if (!formatter) throw new UsageError(`unknown format "${options.format}" (${Object.keys(formatters).join(', ')})`);
  const resolver = new ConfigResolver(io.cwd, options.config, parseRuleFlags(options.rule));

  const inputs: { path: string; read: () => ReturnType<typeof readSourceFile> }[] = [];
  if (options.stdin) {
    const path = resolve(io.cwd, options.stdinFilename ?? '<stdin>.md');
    const bytes = await io.readStdin();
    inputs.push({ path, read: async () => decodeSource(bytes) });
  } else {
    const { files, missing } = await discoverFiles(options.patterns, io.cwd);
    if (missing.length > 0) throw new UsageError(`no such file or directory: ${missing.join(', ')}`);
    for (const file of files) {
      const path = resolve(io.cwd, file);
      inputs.push({ path, read: () => readSourceFile(path) });
    }
  }

  const results: LintResult[] = [];
  const projectFiles: ProjectFile[] = [];
  const diffs: string[] = [];
  for (const input of inputs) {
    const config = resolver.forFile(input.path);
    if (!options.stdin && config.isIgnored(input.path)) continue;
    const reportedPath = options.stdin && !options.stdinFilename ? '<stdin>' : input.path;
    const source = await input.read();
    if (!source.ok) {
      results.push(summarize(reportedPath, [{ ruleId: null, severity: 2, fatal: true, message: source.message, line: 1, column: 1 }]));
      continue;
    }
    const lintOptions = {
      filePath: reportedPath,
      relativePath: toPosix(relative(io.cwd, input.path)),
      ruleSettings: config.rulesFor(input.path),
      rules: ruleMap,
      settings: config.settings,
      reportUnusedDisableDirectives: options.reportUnusedDisableDirectives ? (1 as const) : (0 as const),
    };
    if (options.fix || options.fixDryRun) {
      const outcome = await lintAndFix(source.text, lintOptions);
      if (outcome.fixed && options.fix && !options.stdin) {
        writeFileAtomic(input.path, (source.bom ? '\uFEFF' : '') + outcome.output);
      } else if (outcome.fixed && options.fixDryRun && options.format !== 'json') {
        const name = displayPath(input.path, io.cwd);
        diffs.push(createTwoFilesPatch(`a/${name}`, `b/${name}`, source.text, outcome.output, '', '', { context: 3 }));
      }
      if (!(options.fixDryRun && options.format === 'json')) delete outcome.lint.result.output;
      results.push(outcome.lint.result);
      projectFiles.push(outcome.lint.project);
      continue;
    }
    const { result, project } = await lintText(source.text, lintOptions);
    results.push(result);
    projectFiles.push(project);
  }

  if (!options.stdin) mergeProjectMessages(results, resolver, projectFiles, io.cwd);

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
