import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

// Workflow-command escaping: data and property values differ (properties also escape ':' and ',').
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: annotations on the changed lines of a pull request. */
export const github: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = displayPath(result.filePath, cwd);
    for (const m of result.messages) {
      const props = [`file=${escapeProperty(file)}`, `line=${m.line}`, `col=${m.column}`];
      if (m.endLine !== undefined) props.push(`endLine=${m.endLine}`);
      if (m.endColumn !== undefined && m.endLine === m.line) props.push(`endColumn=${m.endColumn}`);
      props.push(`title=${escapeProperty(m.ruleId ?? 'atlas-lint')}`);
      const text = m.hint ? `${m.message} (${m.hint})` : m.message;
      lines.push(`::${m.severity === 2 ? 'error' : 'warning'} ${props.join(',')}::${escapeData(text)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
