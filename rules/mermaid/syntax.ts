import { defineRule } from '../define.js';

/** Reports what Mermaid 11.17.2 would refuse to render, where the grammar failed. */
export default defineRule({
  meta: {
    id: 'mermaid/syntax',
    description: 'Mermaid would refuse to render this diagram',
    severity: 'error',
    schema: { type: 'object', additionalProperties: false, properties: {} },
    fixable: true,
    docs: 'rules/mermaid/syntax.md',
  },
  diagram(context) {
    for (const issue of context.diagram.errors) {
      context.report({ message: issue.message, hint: issue.hint, span: issue.span });
    }
  },
});
