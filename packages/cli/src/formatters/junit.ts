import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

const xml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/** JUnit XML: one test suite per file, one failing test case per problem (a passing one for clean files). */
export const junit: Formatter = (results, { cwd }) => {
  const suites = results.map((result) => {
    const file = displayPath(result.filePath, cwd);
    const cases = result.messages.map((m) => {
      const kind = m.severity === 2 ? 'error' : 'warning';
      const text = `${kind}: ${m.message}${m.hint ? ` (${m.hint})` : ''} at ${file}:${m.line}:${m.column}`;
      return `    <testcase time="0" name="${xml(`${file}:${m.line}:${m.column} ${m.ruleId ?? 'fatal'}`)}" classname="${xml(file)}"><failure message="${xml(m.message)}" type="${kind}">${xml(text)}</failure></testcase>`;
    });
    if (cases.length === 0) cases.push(`    <testcase time="0" name="${xml(file)}" classname="${xml(file)}" />`);
    const failures = result.messages.length;
    return `  <testsuite package="atlas-lint" time="0" tests="${Math.max(1, failures)}" errors="0" failures="${failures}" name="${xml(file)}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n${suites.join('\n')}\n</testsuites>\n`;
};
