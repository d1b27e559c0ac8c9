import { defineRule } from '../define.js';

interface Options {
  /** Pages every systems/<name>/ folder must have. */
  requiredPages: string[];
  /** Folder that holds the systems, relative to the docs root. */
  folder: string;
}

const DEFAULT_PAGES = [
  'architecture.md', 'request-flow.md', 'storage-architecture.md', 'failure-domains.md',
  'scale-evolution.md', 'cost-breakdown.md', 'novel-solutions.md', 'production-operations.md',
];

/**
 * Each case study is eight pages (validation_rules.json → path_validation): a missing page
 * leaves a hole in the Atlas, and a page named off the pattern is never linked from navigation.
 */
export default defineRule<Options>({
  meta: {
    id: 'structure/system-pages',
    description: 'A systems/<name>/ folder missing one of its required pages, or a page named off-pattern',
    severity: 'warn',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        requiredPages: { type: 'array', items: { type: 'string', pattern: '\\.md$' }, minItems: 1 },
        folder: { type: 'string', minLength: 1 },
      },
    },
    defaultOptions: { requiredPages: DEFAULT_PAGES, folder: 'systems' },
    fixable: false,
    docs: 'rules/structure/system-pages.md',
  },
  project(context) {
    const { requiredPages, folder } = context.options;
    const systems = new Map<string, string[]>();
    const pattern = new RegExp(`(?:^|/)${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([^/]+)/([^/]+)$`);
    for (const file of context.files) {
      const m = pattern.exec(file.relativePath);
      if (!m) continue;
      const dir = file.relativePath.slice(0, file.relativePath.length - m[2]!.length - 1);
      systems.set(dir, [...(systems.get(dir) ?? []), m[2]!]);
    }
    for (const [dir, pages] of systems) {
      const present = new Set(pages);
      // A page may exist without being linted (ignored, or a partial run): ask the file system.
      const missing = requiredPages.filter((p) => !present.has(p) && !context.exists(`${dir}/${p}`));
      const anchor = `${dir}/${present.has('index.md') ? 'index.md' : pages.sort()[0]}`;
      if (missing.length > 0) {
        context.report(anchor, { message: `${dir}/ lacks ${missing.length} of the ${requiredPages.length} system pages: ${missing.join(', ')}`, hint: 'every system has the same eight pages (see validation_rules.json)' });
      }
      for (const page of pages) {
        if (page === 'index.md' || requiredPages.includes(page) || !page.endsWith('.md')) continue;
        context.report(`${dir}/${page}`, { message: `${page} is not one of the system pages (${requiredPages.join(', ')})`, hint: 'rename it to one of them, or move it out of the system folder' });
      }
    }
  },
});
