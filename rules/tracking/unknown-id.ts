import { defineRule, noOptions } from '../define.js';
import { loadSheet } from './context.js';

/** A diagram or page claims an ID the tracking sheet does not list. */
export default defineRule({
  meta: {
    id: 'tracking/unknown-id',
    description: 'A diagram or page claims a tracking ID that the sheet does not list',
    severity: 'error',
    schema: noOptions,
    fixable: false,
    docs: 'rules/tracking/unknown-id.md',
  },
  project(context) {
    const loaded = loadSheet(context);
    if (!loaded) return;
    const known = new Set(loaded.sheet.targets.map((t) => t.id));
    for (const claim of loaded.progress.claims) {
      if (known.has(claim.id)) continue;
      const source = claim.via === 'diagram' ? '%% atlas-id' : 'atlas-ids front matter';
      context.report(claim.relativePath, { message: `Tracking ID ${claim.id} (${source}) is not in ${loaded.path}.`, loc: { line: claim.line, column: 1 } });
    }
  },
});
