import { defineRule, noOptions } from '../define.js';

/** One node id given two labels: Mermaid silently shows the last one. */
export default defineRule({
  meta: {
    id: 'mermaid/conflicting-label',
    description: 'One node id given two different labels (the last silently wins)',
    severity: 'warn',
    schema: noOptions,
    fixable: false,
    docs: 'rules/mermaid/conflicting-label.md',
  },
  diagram(context) {
    const ast = context.diagram.ast;
    if (ast?.kind !== 'flowchart') return;
    for (const node of ast.nodes.values()) {
      // Most nodes occur once: look for a second labelled occurrence without copying the list.
      let first: (typeof node.refs)[number] | undefined;
      for (const ref of node.refs) {
        if (!ref.label) continue;
        if (!first) {
          first = ref;
          continue;
        }
        if (ref.label.text === first.label!.text) continue;
        context.report({
          message: `${node.id} is labelled "${ref.label!.text.replace(/\n/g, ' ')}" here and "${first.label!.text.replace(/\n/g, ' ')}" before; Mermaid shows only the last`,
          span: ref.label!.span,
          hint: 'label a node once; refer to it by its id elsewhere',
        });
      }
    }
  },
});
