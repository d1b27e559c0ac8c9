import { defineRule } from '../define.js';

/** Too large to read (or render): split it. */
export default defineRule({
  meta: {
    id: 'mermaid/max-nodes',
    description: 'A diagram with too many nodes, edges or subgraph levels to read or render',
    severity: 'warn',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { maxNodes: { type: 'integer', minimum: 1 }, maxEdges: { type: 'integer', minimum: 1 }, maxDepth: { type: 'integer', minimum: 1 } },
    },
    defaultOptions: { maxNodes: 60, maxEdges: 120, maxDepth: 4 },
    fixable: false,
    docs: 'rules/mermaid/max-nodes.md',
  },
  diagram(context) {
    const ast = context.diagram.ast;
    if (ast?.kind !== 'flowchart') return;
    const { maxNodes, maxEdges, maxDepth } = context.options as { maxNodes: number; maxEdges: number; maxDepth: number };
    if (ast.nodes.size > maxNodes) context.report({ message: `${ast.nodes.size} nodes (max ${maxNodes})`, hint: 'split it into an overview and detail diagrams' });
    if (ast.edges.length > maxEdges) context.report({ message: `${ast.edges.length} edges (max ${maxEdges})`, hint: 'split it; Mermaid refuses more than 500' });
    const parent = new Map(ast.subgraphs.map((s) => [s.id, s.parent]));
    for (const sg of ast.subgraphs) {
      let depth = 1;
      const seen = new Set([sg.id]);
      for (let p = sg.parent; p && !seen.has(p); p = parent.get(p) ?? null) {
        seen.add(p);
        depth++;
      }
      if (depth > maxDepth) {
        context.report({ message: `Subgraph ${sg.id} is nested ${depth} levels deep (max ${maxDepth})`, span: sg.headerSpan });
        break;
      }
    }
  },
});
