import { defineRule, noOptions } from '../define.js';
import { loadSheet } from './context.js';

/** The summary table's totals do not add up, or disagree with the rows and headings. */
export default defineRule({
  meta: {
    id: 'tracking/summary-mismatch',
    description: 'Summary totals that do not add up or disagree with the sheet',
    severity: 'warn',
    schema: noOptions,
    fixable: false,
    docs: 'rules/tracking/summary-mismatch.md',
  },
  project(context) {
    const loaded = loadSheet(context);
    if (!loaded) return;
    const { sheet, path } = loaded;
    const at = (cell: { line: number; column: number; text: string }) => ({ line: cell.line, column: cell.column, endLine: cell.line, endColumn: cell.column + cell.text.length });
    const rows = sheet.summary.filter((s) => !s.isTotal);
    const totalRow = sheet.summary.find((s) => s.isTotal);
    if (totalRow?.total != null) {
      const sum = rows.reduce((n, r) => n + (r.total ?? 0), 0);
      if (sum !== totalRow.total) context.report(path, { message: `Summary TOTAL says ${totalRow.total} but the categories add up to ${sum}.`, loc: at(totalRow.totalCell) });
    }
    for (const row of rows) {
      const parts = [row.complete, row.inProgress, row.pending];
      if (row.total != null && parts.every((p) => p != null) && parts.reduce((a, b) => a! + b!, 0) !== row.total) {
        context.report(path, { message: `${row.category}: Complete + In Progress + Pending = ${parts.reduce((a, b) => a! + b!, 0)}, not the Total ${row.total}.`, loc: at(row.totalCell) });
      }
      const heading = sheet.categories.find((c) => c.name.toLowerCase() === row.category.toLowerCase());
      if (heading?.declared != null && row.total != null && heading.declared !== row.total) {
        context.report(path, { message: `${row.category}: the summary says ${row.total} diagrams, its heading (line ${heading.line}) says ${heading.declared}.`, loc: at(row.totalCell) });
      }
      const listed = sheet.targets.filter((t) => t.category.toLowerCase() === row.category.toLowerCase());
      const markedComplete = listed.filter((t) => t.status === 'complete').length;
      if (row.complete != null && listed.length > 0 && row.complete !== markedComplete) {
        context.report(path, { message: `${row.category}: the summary says ${row.complete} complete, the rows mark ${markedComplete}.`, loc: at(row.cells.complete ?? row.totalCell) });
      }
    }
  },
});
