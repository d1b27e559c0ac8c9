import { defineRule } from '../define.js';
import { URL } from '../lib/metrics.js';

interface Options {
  /** Where a source may be: the diagram only, its Markdown section, or anywhere on the page. */
  scope: 'diagram' | 'section' | 'page';
}

const SOURCES_HEADING = /^(sources?|references?|further reading|citations?)\b/i;

/** Every diagram says where its data comes from: a URL the reader can check. */
export default defineRule<Options>({
  meta: {
    id: 'atlas/source-attribution',
    description: 'A diagram without a source URL (%% source: comment, click href, its section or the page\'s Sources)',
    severity: 'warn',
    schema: { type: 'object', additionalProperties: false, properties: { scope: { enum: ['diagram', 'section', 'page'] } } },
    defaultOptions: { scope: 'section' },
    fixable: false,
    docs: 'rules/atlas/source-attribution.md',
    files: ['**/systems/**'],
  },
  diagram(context) {
    const { diagram, block, file, options } = context;
    if (diagram.verdict !== 'valid') return;
    if (diagram.comments.some((c) => /^\s*source\s*:/i.test(c.text) && URL.test(c.text))) return;
    if (diagram.ast?.kind === 'flowchart' && diagram.ast.clicks.some((c) => c.href && /^https?:\/\//.test(c.href))) return;
    if (options.scope === 'diagram') return report();
    const { headings, links } = file.markdown;
    // The page's Sources/References section counts at every scope above "diagram".
    const sources = headings.find((h) => SOURCES_HEADING.test(h.text));
    if (sources) {
      const next = headings.find((h) => h.line > sources.line && h.depth <= sources.depth);
      if (links.some((l) => l.line > sources.line && (!next || l.line < next.line))) return;
    }
    if (options.scope === 'page') {
      if (links.length > 0) return;
      return report();
    }
    const line = block.fence.start.line;
    const above = [...headings].reverse().find((h) => h.line < line);
    const end = above ? headings.find((h) => h.line > above.line && h.depth <= above.depth) : headings.find((h) => h.line > line);
    if (links.some((l) => l.line >= (above?.line ?? 1) && (!end || l.line < end.line) && (l.line < block.fence.start.line || l.line > block.fence.end.line))) return;
    report();

    function report() {
      context.report({ message: 'No source for this diagram\'s data', hint: 'add "%% source: https://…" inside the diagram, or a link in its section' });
    }
  },
});
