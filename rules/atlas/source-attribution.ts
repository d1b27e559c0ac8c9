import type { FileInfo } from '@atlas-lint/engine';
import { defineRule } from '../define.js';
import { URL } from '../lib/metrics.js';

type MarkdownHeading = FileInfo['markdown']['headings'][number];
type MarkdownLink = FileInfo['markdown']['links'][number];

interface Options {
  /** Where a source URL may be besides the diagram itself: nowhere else, its Markdown section, or anywhere on the page. */
  scope: 'diagram' | 'section' | 'page';
}

/** "Sources & References", "References and Further Reading", "📰 Information Sources" — not "Quick Reference". */
const SOURCES_HEADING = /^(?:(?:data|information|primary|key)\s+)?(?:sources?|references?|citations?|bibliography|further reading)\b/i;
const isSourcesHeading = (h: MarkdownHeading) => SOURCES_HEADING.test(h.text.replace(/^[^\p{L}]+/u, ''));
const isWebLink = (l: MarkdownLink) => /^https?:\/\//i.test(l.url);

/** Lines [from, to) of the section a heading opens (its subsections included). */
function sectionOf(headings: MarkdownHeading[], heading: MarkdownHeading): { from: number; to: number } {
  const next = headings.find((h) => h.line > heading.line && h.depth <= heading.depth);
  return { from: heading.line, to: next?.line ?? Infinity };
}

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
    // In the diagram: a `%% source: https://…` comment or a click to a web page.
    if (diagram.comments.some((c) => /^\s*%*\s*sources?\s*:/i.test(c.text) && URL.test(c.text))) return;
    if (diagram.ast?.kind === 'flowchart' && diagram.ast.clicks.some((c) => c.href && /^https?:\/\//i.test(c.href))) return;
    const hint = 'add "%% source: https://…" inside the diagram, or a link to the source in its section';
    if (options.scope === 'diagram') return void context.report({ message: 'No source URL in this diagram', hint });

    const { headings } = file.markdown;
    const links = file.markdown.links.filter(isWebLink);
    const within = (s: { from: number; to: number }) => links.some((l) => l.line > s.from && l.line < s.to && (l.line < block.fence.start.line || l.line > block.fence.end.line));
    // The page's Sources/References section counts at every scope above "diagram".
    const sourceSections = headings.filter(isSourcesHeading).map((h) => ({ heading: h, section: sectionOf(headings, h) }));
    if (sourceSections.some((s) => within(s.section))) return;
    if (options.scope === 'page' && links.length > 0) return;
    if (options.scope === 'section') {
      const above = headings.filter((h) => h.line < block.fence.start.line).at(-1);
      const section = above ? sectionOf(headings, above) : { from: 0, to: headings.find((h) => h.line > block.fence.start.line)?.line ?? Infinity };
      if (within(section)) return;
    }
    const named = sourceSections[0]?.heading.text;
    context.report({
      message: named
        ? `No source URL for this diagram's data: the page's "${named}" section links to no web page`
        : `No source URL for this diagram's data in the diagram, its section${options.scope === 'page' ? ', the page' : ''} or a Sources section`,
      hint,
    });
  },
});
