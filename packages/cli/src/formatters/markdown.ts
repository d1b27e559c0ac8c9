import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');

/** A Markdown summary for a pull-request comment or $GITHUB_STEP_SUMMARY. */
export const markdown: Formatter = (results, { cwd }) => {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const diagrams = results.reduce((n, r) => n + (r.diagramCount ?? 0), 0);
  const fixable = results.reduce((n, r) => n + r.fixableErrorCount + r.fixableWarningCount, 0);
  const status = errors > 0 ? '❌' : warnings > 0 ? '⚠️' : '✅';
  let out = `## ${status} atlas-lint\n\n${results.length} file${results.length === 1 ? '' : 's'}, ${diagrams} diagram${diagrams === 1 ? '' : 's'}: **${errors} error${errors === 1 ? '' : 's'}**, ${warnings} warning${warnings === 1 ? '' : 's'}${fixable ? ` (${fixable} fixable with \`--fix\`)` : ''}.\n`;
  const byRule = new Map<string, number>();
  for (const r of results) for (const m of r.messages) byRule.set(m.ruleId ?? '(fatal)', (byRule.get(m.ruleId ?? '(fatal)') ?? 0) + 1);
  if (byRule.size > 0) {
    out += `\n| rule | problems |\n|---|---:|\n`;
    for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) out += `| \`${rule}\` | ${n} |\n`;
  }
  const rows = results.flatMap((r) => r.messages.map((m) => ({ file: displayPath(r.filePath, cwd), m })));
  if (rows.length > 0) {
    const shown = rows.slice(0, 200);
    out += `\n<details><summary>Problems (${rows.length})</summary>\n\n| location | severity | message | rule |\n|---|---|---|---|\n`;
    for (const { file, m } of shown) out += `| \`${cell(file)}:${m.line}:${m.column}\` | ${m.severity === 2 ? 'error' : 'warning'} | ${cell(m.message)} | \`${m.ruleId ?? ''}\` |\n`;
    if (rows.length > shown.length) out += `\n… and ${rows.length - shown.length} more.\n`;
    out += `\n</details>\n`;
  }
  return out;
};
