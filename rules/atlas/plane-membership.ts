import { defineRule } from '../define.js';
import { PlaneModel } from '../lib/planes.js';

/** A node drawn inside a plane's subgraph wears that plane's class, not another plane's. */
export default defineRule({
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
    const model = new PlaneModel(context.settings);
    const classPlanes = model.classPlanes(ast);
    if (classPlanes.size === 0) return; // a diagram without plane classes is not using the colour scheme
    const subgraphPlane = new Map<string, string>();
    for (const sg of ast.subgraphs) {
      const plane = model.planeOfName(sg.id) ?? (sg.title ? model.planeOfName(sg.title.text) : undefined);
      if (plane) subgraphPlane.set(sg.id, plane.name);
    }
    const parentOf = new Map(ast.subgraphs.map((s) => [s.id, s.parent]));
    const planeAround = (sg: string | null): string | undefined => {
      // Subgraph ids may repeat (Mermaid merges them), so the parent chain can loop: stop at a repeat.
      const seen = new Set<string>();
      for (let at = sg; at && !seen.has(at); at = parentOf.get(at) ?? null) {
        seen.add(at);
        if (subgraphPlane.has(at)) return subgraphPlane.get(at);
      }
      return undefined;
    };
    for (const node of ast.nodes.values()) {
      const expected = planeAround(node.subgraph);
      if (!expected || subgraphPlane.has(node.id)) continue;
      const planes = node.classes.map((c) => classPlanes.get(c)?.name).filter((p): p is string => Boolean(p));
      const ref = node.refs[0];
      if (!ref) continue;
      if (planes.length > 0 && !planes.includes(expected)) {
        context.report({ message: `${node.id} sits in the ${expected} plane but is classed for the ${planes[0]} plane`, span: ref.span, hint: `move it to the ${planes[0]} plane's subgraph, or give it the ${expected} class` });
      } else if (planes.length === 0 && context.options.requireClass) {
        context.report({ message: `${node.id} sits in the ${expected} plane without the ${expected} plane's class`, span: ref.span });
      }
    }
  },
});
