import { readFileSync } from 'node:fs';
import { ConfigError } from '@atlas-lint/engine';
import { rules } from '@atlas-lint/rules';
import { HELP, UsageError, parseCliArgs, type CliOptions } from './args.js';

export interface CliIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
  isTTY: boolean;
}

export const toolVersion: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

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
    // Each command loads its own modules: a pre-commit run never pays for the report's.
    if (options.command === 'lint') return await (await import('./lint-command.js')).lint(options, io);
    if (options.command === 'merge-reports') return (await import('./merge-command.js')).mergeReports(options, io);
    if (options.command === 'report') return await (await import('./report/command.js')).report(options, io);
    throw new UsageError(`unknown command '${options.command}'`);
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

