import { defineRule, noOptions } from '../define.js';

/** `class A hot` / `A:::hot` with no `classDef hot`: Mermaid draws the node uncoloured, silently. */
export default defineRule({
  meta: {
    id: 'mermaid/undefined-class',
    description: 'A class used on a node but never defined with classDef',
    severity: 'warn',
    schema: noOptions,
    fixable: false,
    docs: 'rules/mermaid/undefined-class.md',
  },
  diagram(context) {
    const ast = context.diagram.ast;
    if (ast?.kind !== 'flowchart' || ast.classAssigns.length === 0) return;
    const defined = new Set<string>();
    for (const def of ast.classDefs) for (const name of def.names) defined.add(name);
    for (const assign of ast.classAssigns) {
      if (defined.has(assign.className) || assign.className === 'default') continue;
      context.report({ message: `Class "${assign.className}" is not defined (no classDef ${assign.className})`, span: assign.classNameSpan, hint: `add "classDef ${assign.className} fill:…" or fix the name` });
    }
  },
});
