import { defineRule } from '../define.js';
import { planeModelFor } from '../lib/planes.js';

/** A system's architecture diagram shows all four planes: Edge, Service, State, Control. */
export default defineRule({
  meta: {
    id: 'atlas/four-planes',
    description: 'An architecture diagram lacking one of the Edge, Service, State or Control planes',
    severity: 'error',
    schema: { type: 'object', additionalProperties: false, properties: { minNodes: { type: 'integer', minimum: 0 } } },
    defaultOptions: { minNodes: 6 },
    fixable: false,
    docs: 'rules/atlas/four-planes.md',
    files: ['**/systems/*/architecture.md'],
  },
  // A page has one overview diagram and several detail ones: the one that shows the most planes
  // is the overview, and it must show all four.
  file(context) {
    const model = planeModelFor(context.settings);
    let best: { planes: Set<string>; nodes: number; loc: { line: number; column: number } } | undefined;
    for (const { diagram } of context.diagrams) {
      const ast = diagram.ast;
      if (ast?.kind !== 'flowchart' || ast.nodes.size < (context.options.minNodes as number) || !diagram.headerSpan?.loc) continue;
      const planes = model.planesOf(ast);
      if (!best || planes.size > best.planes.size || (planes.size === best.planes.size && ast.nodes.size > best.nodes)) {
        best = { planes, nodes: ast.nodes.size, loc: diagram.headerSpan.loc.start };
      }
    }
    if (!best) return;
    const missing = model.planes.filter((p) => !best!.planes.has(p.name)).map((p) => p.name);
    if (missing.length > 0) {
      context.report({
        message: `The architecture overview lacks the ${missing.join(', ')} plane${missing.length > 1 ? 's' : ''}`,
        hint: 'group the nodes in subgraphs named "Edge Plane", "Service Plane", "State Plane", "Control Plane" (or give them the planes\' classes)',
        loc: best.loc,
      });
    }
  },
});
