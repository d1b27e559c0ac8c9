import { defineRule } from '../define.js';
import { planeModelFor } from '../lib/planes.js';

interface Options {
  /** Also report nodes inside a plane subgraph that wear no plane class at all. */
  requireClass: boolean;
}

/**
 * A node drawn inside a plane's subgraph wears that plane's class, not another plane's: otherwise
 * it is coloured as one plane and placed in another. The innermost plane subgraph counts; product
 * control planes ("Istio Control Plane") are no Atlas plane (see rules/lib/planes.ts).
 */
export default defineRule<Options>({
  meta: {
    id: 'atlas/plane-membership',
    description: 'A node inside a plane subgraph classed for another plane, or without its plane\'s class',
    severity: 'warn',
    schema: { type: 'object', additionalProperties: false, properties: { requireClass: { type: 'boolean' } } },
    defaultOptions: { requireClass: false },
    fixable: false,
    docs: 'rules/atlas/plane-membership.md',
  },
  diagram(context) {
    const ast = context.diagram.ast;
    if (ast?.kind !== 'flowchart' || ast.subgraphs.length === 0) return;
    const model = planeModelFor(context.settings);
    const classPlanes = model.classPlanes(ast);
    if (classPlanes.size === 0) return; // a diagram without plane classes does not use the colour scheme
    const subgraphPlanes = model.subgraphPlanes(ast);
    if (subgraphPlanes.size === 0) return;
    for (const node of ast.nodes.values()) {
      if (subgraphPlanes.has(node.id)) continue; // a subgraph id used as a node
      const expected = model.planeAround(ast, node.subgraph, subgraphPlanes);
      const ref = node.refs.find((r) => r.label) ?? node.refs[0];
      if (!expected || !ref) continue;
      const planes = [...new Set(node.classes.map((c) => classPlanes.get(c)?.name).filter((p): p is string => Boolean(p)))];
      if (planes.length > 0 && !planes.includes(expected.name)) {
        context.report({
          message: `${node.id} sits in the ${expected.name} plane but is classed for the ${planes.join(' and ')} plane`,
          span: ref.idSpan,
          hint: `move it to the ${planes[0]} plane's subgraph, or give it the ${expected.name} plane's class`,
        });
      } else if (planes.length === 0 && context.options.requireClass) {
        context.report({ message: `${node.id} sits in the ${expected.name} plane without the ${expected.name} plane's class`, span: ref.idSpan });
      }
    }
  },
});
