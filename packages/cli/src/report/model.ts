import { relative, resolve, sep } from 'node:path';
import type { LintResult, ProjectFile, SharedSettings } from '@atlas-lint/engine';
import { measureProgress, parseTrackingSheet, sheetPath, type CategoryProgress } from '@atlas-lint/rules';
import { readFileSync } from 'node:fs';

/** Everything `atlas-lint report` shows, as plain data: every output format renders this one object. */
export interface ReportModel {
  tool: { name: string; version: string };
  root: string;
  totals: {
    files: number;
    diagrams: number;
    /** Diagrams Mermaid accepts. */
    renderable: number;
    /** Diagrams passing every error-level rule. */
    compliant: number;
    errors: number;
    warnings: number;
    fixable: number;
  };
  tracking: {
    sheet: string;
    expectedTotal: number;
    listed: number;
    complete: number;
    inProgress: number;
    pending: number;
    claimedDiagrams: number;
    categories: CategoryProgress[];
  } | null;
  /** Compliance per top-level docs folder. */
  folders: { name: string; files: number; diagrams: number; compliant: number }[];
  rules: { id: string; errors: number; warnings: number; files: number }[];
  worstFiles: { path: string; errors: number; warnings: number; diagrams: number; firstLine: number }[];
  systems: { name: string; present: string[]; missing: string[] }[];
  /** Every problem, for the filterable table of the HTML report. */
  problems: { path: string; line: number; column: number; severity: 'error' | 'warning'; ruleId: string; message: string }[];
}

const posix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

export const REQUIRED_SYSTEM_PAGES = [
  'architecture.md', 'request-flow.md', 'storage-architecture.md', 'failure-domains.md',
  'scale-evolution.md', 'cost-breakdown.md', 'novel-solutions.md', 'production-operations.md',
];

export function buildReport(
  results: LintResult[], files: ProjectFile[], settings: SharedSettings, root: string, version: string, projectRoot = root,
): ReportModel {
  const rel = (path: string) => (path.startsWith('<') ? path : posix(relative(root, path)));
  const diagrams = results.flatMap((r) => r.diagrams ?? []);
  const totals = {
    files: results.length,
    diagrams: diagrams.length,
    renderable: diagrams.filter((d) => d.valid).length,
    compliant: diagrams.filter((d) => d.valid && d.errorCount === 0).length,
    errors: results.reduce((n, r) => n + r.errorCount, 0),
    warnings: results.reduce((n, r) => n + r.warningCount, 0),
    fixable: results.reduce((n, r) => n + r.fixableErrorCount + r.fixableWarningCount, 0),
  };

  let tracking: ReportModel['tracking'] = null;
  const sheetFile = sheetPath(settings);
  if (sheetFile) {
    let source: string | undefined;
    try {
      source = readFileSync(sheetFile, 'utf8');
    } catch {
      source = undefined;
    }
    if (source !== undefined) {
      const progress = measureProgress(parseTrackingSheet(source), files, settings, projectRoot);
      const sum = (key: 'complete' | 'inProgress' | 'pending') => progress.categories.reduce((n, c) => n + c[key], 0);
      tracking = {
        sheet: rel(sheetFile),
        expectedTotal: progress.expectedTotal,
        listed: progress.targets.length,
        complete: sum('complete'),
        inProgress: sum('inProgress'),
        pending: progress.expectedTotal - sum('complete') - sum('inProgress'),
        claimedDiagrams: progress.claims.length,
        categories: progress.categories,
      };
    }
  }

  const folderMap = new Map<string, ReportModel['folders'][number]>();
  for (const result of results) {
    const path = rel(result.filePath);
    const name = path.includes('/') ? path.slice(0, path.indexOf('/')) : '(top level)';
    const entry = folderMap.get(name) ?? { name, files: 0, diagrams: 0, compliant: 0 };
    entry.files++;
    entry.diagrams += result.diagrams?.length ?? 0;
    entry.compliant += (result.diagrams ?? []).filter((d) => d.valid && d.errorCount === 0).length;
    folderMap.set(name, entry);
  }

  const ruleMap = new Map<string, ReportModel['rules'][number] & { paths: Set<string> }>();
  for (const result of results) {
    for (const m of result.messages) {
      const id = m.ruleId ?? '(fatal)';
      const entry = ruleMap.get(id) ?? { id, errors: 0, warnings: 0, files: 0, paths: new Set<string>() };
      if (m.severity === 2) entry.errors++;
      else entry.warnings++;
      entry.paths.add(result.filePath);
      ruleMap.set(id, entry);
    }
  }
  const rules = [...ruleMap.values()]
    .map(({ paths, ...rest }) => ({ ...rest, files: paths.size }))
    .sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || a.id.localeCompare(b.id));

  const worstFiles = results
    .filter((r) => r.errorCount + r.warningCount > 0)
    .sort((a, b) => b.errorCount - a.errorCount || b.warningCount - a.warningCount)
    .slice(0, 20)
    .map((r) => ({ path: rel(r.filePath), errors: r.errorCount, warnings: r.warningCount, diagrams: r.diagramCount ?? 0, firstLine: r.messages[0]?.line ?? 1 }));

  const systems = new Map<string, Set<string>>();
  for (const result of results) {
    const match = /(?:^|\/)systems\/([^/]+)\/([^/]+\.md)$/.exec(rel(result.filePath));
    if (!match) continue;
    systems.set(match[1]!, (systems.get(match[1]!) ?? new Set()).add(match[2]!));
  }

  return {
    tool: { name: 'atlas-lint', version },
    root: posix(resolve(root)),
    totals,
    tracking,
    folders: [...folderMap.values()].sort((a, b) => a.name.localeCompare(b.name)),
    rules,
    worstFiles,
    systems: [...systems].sort((a, b) => a[0].localeCompare(b[0])).map(([name, pages]) => ({
      name,
      present: REQUIRED_SYSTEM_PAGES.filter((p) => pages.has(p)),
      missing: REQUIRED_SYSTEM_PAGES.filter((p) => !pages.has(p)),
    })),
    problems: results.flatMap((r) => r.messages.map((m) => ({
      path: rel(r.filePath), line: m.line, column: m.column, severity: m.severity === 2 ? ('error' as const) : ('warning' as const), ruleId: m.ruleId ?? '(fatal)', message: m.message,
    }))),
  };
}

export const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);
