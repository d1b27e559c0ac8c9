import { defineRule, noOptions } from '../define.js';
import { loadSheet } from './context.js';
import { STATUS_LABELS } from './sheet.js';

/**
 * The sheet says Complete, but the claimed diagram is missing or fails an error-level rule.
 * The fix (and --update-tracking) writes the measured status into the cell.
 */
export default defineRule({
  meta: {
    id: 'tracking/status-mismatch',
    description: 'A target marked Complete whose diagram is missing or failing',
    severity: 'error',
    schema: noOptions,
    fixable: true,
    docs: 'rules/tracking/status-mismatch.md',
  },
  project(context) {
    const loaded = loadSheet(context);
    if (!loaded) return;
    for (const { target, claims, measured } of loaded.progress.targets) {
      if (target.status !== 'complete' || measured === 'complete') continue;
      const cell = target.statusCell;
      const why = claims.length === 0 ? 'no diagram or page claims it' : 'its diagram fails an error-level rule or is missing';
      context.report(loaded.path, {
        message: `${target.id} is marked Complete but ${why}.`,
        hint: claims.length > 0 ? `claimed at ${claims.map((c) => `${c.relativePath}:${c.line}`).join(', ')}` : 'add `%% atlas-id: ' + target.id + '` to its diagram',
        loc: { line: cell.line, column: cell.column, endLine: cell.line, endColumn: cell.column + cell.text.length },
        fix: { range: [cell.start, cell.end], text: STATUS_LABELS[measured] },
      });
    }
  },
});
