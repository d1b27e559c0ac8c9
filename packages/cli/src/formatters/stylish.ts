import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

const paint = (on: boolean) => (code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** Grouped by file, aligned columns, summary line — as ESLint's stylish. */
export const stylish: Formatter = (results, { cwd, color }) => {
  const c = paint(color);
  let out = '';
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    const path = displayPath(result.filePath, cwd);
    out += `\n${c('4', path)}\n`;
    const rows = result.messages.map((m) => [
      `${m.line}:${m.column}`,
      m.severity === 2 ? c('31', 'error') : c('33', 'warning'),
      m.message.replace(/\n/g, ' ') + (m.hint ? c('2', `  (${m.hint})`) : ''),
      c('2', m.ruleId ?? ''),
    ]);
    const width = Math.max(...rows.map((r) => r[0]!.length));
    for (const [pos, sev, text, rule] of rows) out += `  ${c('2', pos!.padEnd(width))}  ${sev}  ${text}  ${rule}\n`;
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `\u2716 ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  out += `\n${c(errors ? '1;31' : '1;33', summary)}\n`;
  const fixable = fixableErrors + fixableWarnings;
  if (fixable > 0) {
    out += c(errors ? '1;31' : '1;33', `  ${fixableErrors} error${fixableErrors === 1 ? '' : 's'} and ${fixableWarnings} warning${fixableWarnings === 1 ? '' : 's'} potentially fixable with the \`--fix\` option.`) + '\n';
  }
  return out;
};
