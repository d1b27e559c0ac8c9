import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleSetting } from './config/load.js';
import type { LintMessage, ProjectFile, Rule, SharedSettings } from './types.js';

export interface ProjectLintOptions {
  root: string;
  files: ProjectFile[];
  rules: ReadonlyMap<string, Rule<never>>;
  /** Settings of the project-level rules (from the config at the root). */
  ruleSettings: ReadonlyMap<string, RuleSetting>;
  settings: SharedSettings;
}

/**
 * Runs the rules that look across files (tracking sheet, folder structure). Returns messages keyed
 * by the relative path they belong to; that file need not be among the linted ones (the sheet).
 */
export function lintProject(options: ProjectLintOptions): Map<string, LintMessage[]> {
  const out = new Map<string, LintMessage[]>();
  for (const [id, setting] of options.ruleSettings) {
    const rule = options.rules.get(id);
    if (!rule?.project) continue;
    rule.project({
      ruleId: id,
      options: setting.options as never,
      settings: options.settings,
      files: options.files,
      root: options.root,
      readFile: (path) => {
        try {
          return readFileSync(join(options.root, path), 'utf8');
        } catch {
          return undefined;
        }
      },
      exists: (path) => existsSync(join(options.root, path)),
      report: (path, descriptor) => {
        const message: LintMessage = {
          ruleId: id, severity: setting.level as 1 | 2, message: descriptor.message,
          line: descriptor.loc?.line ?? 1, column: descriptor.loc?.column ?? 1,
        };
        if (descriptor.loc?.endLine) Object.assign(message, { endLine: descriptor.loc.endLine, endColumn: descriptor.loc.endColumn });
        if (descriptor.hint) message.hint = descriptor.hint;
        if (descriptor.fix) message.fix = descriptor.fix;
        const list = out.get(path) ?? [];
        list.push(message);
        out.set(path, list);
      },
    });
  }
  return out;
}
