import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

export interface CliOptions {
  command: 'lint' | 'rules' | 'report' | 'merge-reports';
  patterns: string[];
  format: string;
  outputFile?: string;
  maxWarnings: number;
  quiet: boolean;
  stdin: boolean;
  stdinFilename?: string;
  config?: string;
  rule: string[];
  fix: boolean;
  fixDryRun: boolean;
  updateTracking: boolean;
  reportUnusedDisableDirectives: boolean;
  color?: boolean;
  since?: string;
  staged: boolean;
  cache: boolean;
  cacheLocation: string;
  /** Worker threads; 1 = in-process. */
  concurrency: number;
  shard?: { index: number; count: number };
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const HELP = `atlas-lint [options] [file|dir|glob ...]
atlas-lint rules [--format table|json]
atlas-lint report [paths] [--format terminal|markdown|json|html] [-o file]
atlas-lint merge-reports <shard.json ...> [--format …]

Lints Mermaid diagrams in Markdown (.md) and Mermaid (.mmd, .mermaid) files.
Paths default to "."; .gitignore and .atlas-lintignore are respected.

Options:
  -f, --format <name>          stylish (default) | json | sarif | github | junit | markdown
  -o, --output-file <path>     write the report to a file
      --max-warnings <n>       exit 1 when there are more than n warnings
      --quiet                  report errors only
  -c, --config <path>          use this config file instead of looking up atlas-lint.config.json
      --rule '<id>: <sev>'     set a rule's severity (off|warn|error); repeatable
      --fix                    fix what can be fixed safely, in place (atomic writes)
      --fix-dry-run            print the fixes as a unified diff, write nothing
      --update-tracking        rewrite the tracking sheet's Status cells from what the docs show
      --stdin                  lint text from standard input
      --stdin-filename <path>  the path to report for --stdin (and to pick the config)
      --report-unused-disable-directives
                               report suppression comments that suppress nothing
      --since <ref>            lint only files changed since the merge base with <ref> (plus untracked)
      --staged                 lint only files staged for commit (pre-commit hooks)
      --cache                  reuse results of unchanged files (see --cache-location)
      --cache-location <path>  cache file (default .atlas-lint-cache)
      --concurrency <n|off>    threads that lint, this one included (default: cores - 1)
      --shard <i/n>            lint the i-th of n slices of the files (CI matrices)
      --color, --no-color      force colours on or off
  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors, 2 usage, config or internal error.`;

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'update-tracking': { type: 'boolean' },
        'report-unused-disable-directives': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        since: { type: 'string' },
        staged: { type: 'boolean' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        concurrency: { type: 'string' },
        shard: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  let command: CliOptions['command'] = 'lint';
  const patterns = [...positionals];
  if (patterns[0] === 'rules' || patterns[0] === 'report' || patterns[0] === 'merge-reports') command = patterns.shift() as CliOptions['command'];
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings takes a whole number, got "${values['max-warnings']}"`);
  }
  // One core is left to V8: a cold run's optimising compiler and GC threads keep it busy, and on
  // two cores a second lint thread (which compiles the same code again) made runs slower.
  let concurrency = Math.max(1, availableParallelism() - 1);
  if (values.concurrency !== undefined) {
    concurrency = values.concurrency === 'off' ? 1 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency takes a whole number ≥ 1 or "off", got "${values.concurrency}"`);
  }
  let shard: CliOptions['shard'];
  if (values.shard !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(values.shard);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n, got "${values.shard}"`);
    shard = { index, count };
  }
  if (values.since !== undefined && values.staged) throw new UsageError('--since and --staged cannot be combined');
  return {
    command,
    since: values.since,
    staged: values.staged ?? false,
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'] ?? '.atlas-lint-cache',
    concurrency,
    shard,
    patterns,
    format: values.format ?? (command === 'rules' ? 'table' : command === 'report' ? 'terminal' : 'stylish'),
    outputFile: values['output-file'],
    maxWarnings,
    quiet: values.quiet ?? false,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
    config: values.config,
    rule: values.rule ?? [],
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    updateTracking: values['update-tracking'] ?? false,
    reportUnusedDisableDirectives: values['report-unused-disable-directives'] ?? false,
    color: values['no-color'] ? false : values.color,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

/** `--rule 'mermaid/syntax: warn'` or `--rule '{"mermaid/syntax": ["warn", {...}]}'` */
export function parseRuleFlags(flags: string[]): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const flag of flags) {
    const text = flag.trim();
    if (text.startsWith('{')) {
      try {
        Object.assign(rules, JSON.parse(text));
      } catch (error) {
        throw new UsageError(`--rule '${flag}': ${(error as Error).message}`);
      }
      continue;
    }
    const match = /^([^:\s]+)\s*:\s*(.+)$/.exec(text);
    if (!match) throw new UsageError(`--rule '${flag}': expected '<rule-id>: <off|warn|error>'`);
    const value = match[2]!.trim();
    try {
      rules[match[1]!] = value.startsWith('[') ? JSON.parse(value) : value;
    } catch (error) {
      throw new UsageError(`--rule '${flag}': ${(error as Error).message}`);
    }
  }
  return rules;
}
