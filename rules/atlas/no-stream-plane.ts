import { defineRule, noOptions } from '../define.js';
import { normalizeColor, planeModelFor } from '../lib/planes.js';

/**
 * The fifth "Stream Plane" (#AA00AA) was retired: streams belong to the Service plane (processing)
 * or the State plane (logs and topics). Reported: a subgraph drawn as that plane and its colour as
 * a fill or stroke. A class named streamStyle in another colour only marks stream processing.
 */
export default defineRule({
  meta: {
    id: 'atlas/no-stream-plane',
    description: 'The retired fifth "Stream Plane" (#AA00AA)',
    severity: 'error',
    schema: noOptions,
    fixable: false,
    docs: 'rules/atlas/no-stream-plane.md',
  },
  diagram(context) {
    const ast = context.diagram.ast;
    if (ast?.kind !== 'flowchart') return;
    const model = planeModelFor(context.settings);
    const hint = 'the Atlas has four planes: put stream processing in the Service plane and its logs and topics in the State plane';
    for (const sg of ast.subgraphs) {
      const retired = model.retiredOfSubgraph(sg);
      if (retired) context.report({ message: `Subgraph "${sg.title?.text ?? sg.id}" is the retired ${retired.name} plane`, span: sg.headerSpan, hint });
    }
    const retiredColors = new Map(model.retired.map((r) => [r.color, r.name]));
    for (const def of [...ast.classDefs, ...ast.styles]) {
      const colour = def.styles.find((s) => (s.name === 'fill' || s.name === 'stroke') && retiredColors.has(normalizeColor(s.value) ?? ''));
      if (!colour) continue;
      const name = def.type === 'classDef' ? `classDef ${def.names.join(',')}` : `style ${def.nodeId}`;
      context.report({ message: `${name} uses ${colour.value}, the retired ${retiredColors.get(normalizeColor(colour.value)!)} plane's colour`, span: colour.span, hint });
    }
  },
});
