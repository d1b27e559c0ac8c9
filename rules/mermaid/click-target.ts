import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defineRule, noOptions } from '../define.js';

/** `click A "../other/page.md"` pointing at a docs page that does not exist. */
export default defineRule({
  meta: {
    id: 'mermaid/click-target',
    description: 'A click link to a docs path that does not exist',
    severity: 'warn',
    schema: noOptions,
    fixable: false,
    docs: 'rules/mermaid/click-target.md',
  },
  diagram(context) {
    const ast = context.diagram.ast;
    if (ast?.kind !== 'flowchart' || context.file.path.startsWith('<')) return;
    for (const click of ast.clicks) {
      const href = click.href;
      if (!href || /^[a-z][a-z0-9+.-]*:|^#|^\/\//i.test(href)) continue; // URLs, anchors, protocol-relative
      const path = href.split('#')[0]!.split('?')[0]!;
      if (!path) continue;
      const target = resolve(dirname(context.file.path), decodeURI(path));
      // MkDocs serves page.md as page/ (or page.html): accept those spellings of an existing page.
      const candidates = [target, `${target}.md`, target.replace(/\/$/, '') + '.md', resolve(target, 'index.md'), target.replace(/\.html$/, '.md')];
      if (candidates.some((c) => existsSync(c))) continue;
      context.report({ message: `click ${click.nodeId} links to ${href}, which does not exist`, span: click.hrefSpan ?? click.span });
    }
  },
});
