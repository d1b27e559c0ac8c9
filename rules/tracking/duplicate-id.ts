import { defineRule, noOptions } from '../define.js';
import { loadSheet } from './context.js';
import { TARGET_ID } from './sheet.js';

/** Each target ID once in the sheet, well-formed; each ID claimed by one diagram or page. */
export default defineRule({
  meta: {
    id: 'tracking/duplicate-id',
    description: 'Duplicate or malformed tracking IDs, in the sheet or among the diagrams claiming them',
    severity: 'error',
    schema: noOptions,
    fixable: false,
    docs: 'rules/tracking/duplicate-id.md',
  },
  project(context) {
    const loaded = loadSheet(context);
    if (!loaded) return;
    const seen = new Map<string, number>();
    for (const target of loaded.sheet.targets) {
      const at = { line: target.idCell.line, column: target.idCell.column, endLine: target.idCell.line, endColumn: target.idCell.column + target.idCell.text.length };
      if (!TARGET_ID.test(target.id)) {
        context.report(loaded.path, { message: `Malformed tracking ID "${target.id}" (expected parts like CS-NFX-L0).`, loc: at });
      } else if (seen.has(target.id)) {
        context.report(loaded.path, { message: `Tracking ID ${target.id} is listed twice (first on line ${seen.get(target.id)}).`, loc: at });
      } else {
        seen.set(target.id, target.line);
      }
    }
    // Two diagrams (or pages) claiming one target: only one of them can be it.
    const firstClaim = new Map<string, string>();
    for (const claim of loaded.progress.claims) {
      if (claim.via === 'path-map') continue;
      const where = `${claim.relativePath}:${claim.line}`;
      const first = firstClaim.get(claim.id);
      if (first && first !== where) context.report(claim.relativePath, { message: `Tracking ID ${claim.id} is also claimed at ${first}.`, loc: { line: claim.line, column: 1 } });
      else firstClaim.set(claim.id, where);
    }
  },
});
