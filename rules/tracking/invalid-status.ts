import { defineRule, noOptions } from '../define.js';
import { loadSheet } from './context.js';

/** A status cell that is none of ⬜ Pending, 🔄 In Progress, 👀 Review, ✅ Complete. */
export default defineRule({
  meta: {
    id: 'tracking/invalid-status',
    description: 'A tracking-sheet status that is not Pending, In Progress, Review or Complete',
    severity: 'error',
    schema: noOptions,
    fixable: false,
    docs: 'rules/tracking/invalid-status.md',
  },
  project(context) {
    const loaded = loadSheet(context);
    if (!loaded) return;
    for (const target of loaded.sheet.targets) {
      if (target.status !== null) continue;
      const cell = target.statusCell;
      context.report(loaded.path, {
        message: `Status "${cell.text}" of ${target.id} is not one of ⬜ Pending, 🔄 In Progress, 👀 Review, ✅ Complete.`,
        loc: { line: cell.line, column: cell.column, endLine: cell.line, endColumn: cell.column + cell.text.length },
      });
    }
  },
});
