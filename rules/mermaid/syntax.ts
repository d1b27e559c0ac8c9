import { defineRule, noOptions } from '../define.js';
import { repairFor } from './syntax-fixes.js';

/** Reports what Mermaid 11.17.2 would refuse to render, where the grammar failed. */
export default defineRule({
  meta: {
    id: 'mermaid/syntax',
    description: 'Mermaid would refuse to render this diagram',
    severity: 'error',
    schema: noOptions,
    fixable: true,
    runsOnInvalid: true,
    docs: 'rules/mermaid/syntax.md',
  },
  diagram(context) {
    for (const issue of context.diagram.errors) {
      const edit = repairFor(context.diagram.text, issue, context.diagram.type);
      context.report({
        message: issue.message,
        hint: issue.hint,
        span: issue.span,
        ...(edit ? { fix: { span: { start: edit.start, end: edit.end }, text: edit.text } } : {}),
      });
    }
  },
});
