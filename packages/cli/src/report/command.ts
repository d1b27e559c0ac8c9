import { existsSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, type CliOptions } from '../args.js';
import { lintTree } from '../lint-command.js';
import { toolVersion, type CliIO } from '../run.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { buildReport } from './model.js';
import { renderTerminal } from './terminal.js';
import { updateTracking } from './update-tracking.js';

const RENDERERS = ['terminal', 'markdown', 'json', 'html'];

/** `atlas-lint report [paths]`: where the docs stand against the tracking sheet and the rules. */
export async function report(options: CliOptions, io: CliIO): Promise<number> {
  if (!RENDERERS.includes(options.format)) throw new UsageError(`unknown report format "${options.format}" (${RENDERERS.join(', ')})`);
  const tree = await lintTree({ ...options, fix: false, fixDryRun: false }, io);
  const settings = tree.resolver.forProject().settings;
  // Paths in the report read from the folder that was reported on (one folder given), else the cwd.
  const single = options.patterns.length === 1 ? resolve(io.cwd, options.patterns[0]!) : undefined;
  const root = single && existsSync(single) && statSync(single).isDirectory() ? single : io.cwd;
  const model = buildReport(tree.results, tree.projectFiles, settings, root, toolVersion, io.cwd);
  if (options.updateTracking) updateTracking(tree.projectFiles, settings, io);
  const color = options.color ?? (io.isTTY && !process.env.NO_COLOR);
  const text = options.format === 'html' ? renderHtml(model)
    : options.format === 'markdown' ? renderMarkdown(model)
    : options.format === 'json' ? `${JSON.stringify(model, null, 2)}\n`
    : renderTerminal(model, Boolean(options.outputFile) ? false : color);
  if (options.outputFile) {
    writeFileSync(resolve(io.cwd, options.outputFile), text);
    io.stderr(`atlas-lint: report written to ${options.outputFile}\n`);
  } else {
    io.stdout(text);
  }
  // A report describes; it fails only when it could not be made.
  return 0;
}
