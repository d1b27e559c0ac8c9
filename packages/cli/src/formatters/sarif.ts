import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

const DOCS_BASE = 'https://github.com/atlas-lint/atlas-lint/blob/main/';

/** SARIF 2.1.0, as GitHub code scanning accepts it. */
export const sarif: Formatter = (results, { cwd, rulesMeta, toolVersion }) => {
  const usedRuleIds = [...new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId ?? 'atlas-lint/fatal')))].sort();
  const ruleIndex = new Map(usedRuleIds.map((id, i) => [id, i]));
  const rules = usedRuleIds.map((id) => {
    const meta = rulesMeta.get(id);
    return {
      id,
      shortDescription: { text: meta?.description ?? 'The file could not be linted' },
      ...(meta ? { helpUri: DOCS_BASE + meta.docs } : {}),
      defaultConfiguration: { level: meta?.severity === 'warn' ? 'warning' : 'error' },
    };
  });
  const sarifResults = results.flatMap((result) =>
    result.messages.map((m) => {
      const ruleId = m.ruleId ?? 'atlas-lint/fatal';
      const region: Record<string, number> = { startLine: Math.max(1, m.line), startColumn: Math.max(1, m.column) };
      if (m.endLine !== undefined && m.endColumn !== undefined && (m.endLine > m.line || (m.endLine === m.line && m.endColumn > m.column))) {
        region.endLine = m.endLine;
        region.endColumn = m.endColumn;
      }
      return {
        ruleId,
        ruleIndex: ruleIndex.get(ruleId)!,
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.hint ? `${m.message} (${m.hint})` : m.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(displayPath(result.filePath, cwd)), uriBaseId: '%SRCROOT%' }, region } }],
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'atlas-lint', version: toolVersion, informationUri: 'https://github.com/atlas-lint/atlas-lint', rules } },
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};
