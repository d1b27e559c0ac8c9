import { defineRule } from '../define.js';

/** Screen readers announce a diagram by its accTitle/accDescr (or its front-matter title). */
export default defineRule({
  meta: {
    id: 'atlas/accessibility',
    description: 'A diagram without accTitle/accDescr (or a front-matter title)',
    severity: 'warn',
    schema: { type: 'object', additionalProperties: false, properties: { requireDescription: { type: 'boolean' } } },
    defaultOptions: { requireDescription: false },
    fixable: false,
    docs: 'rules/atlas/accessibility.md',
  },
  diagram(context) {
    const { diagram } = context;
    const ast = diagram.ast;
    if (diagram.verdict !== 'valid' || !ast || (ast.kind !== 'flowchart' && ast.kind !== 'sequence')) return;
    const title = ast.accTitle ?? (ast.kind === 'sequence' ? ast.title : null) ?? (diagram.frontMatter?.title ? { text: diagram.frontMatter.title } : null);
    if (!title && !ast.accDescr) {
      context.report({ message: 'No accessible title or description', hint: 'add "accTitle: …" and "accDescr: …" after the header (screen readers read them)' });
    } else if (context.options.requireDescription && !ast.accDescr) {
      context.report({ message: 'No accessible description (accDescr)', hint: 'add "accDescr: what the diagram shows"' });
    }
  },
});
