import { defineRule } from '../define.js';
import { normalizeColor, PlaneModel } from '../lib/planes.js';

/** The fifth "Stream Plane" (#AA00AA) was retired: streams belong to the Service or State plane. */
export default defineRule({
  meta: {
    id: 'atlas/no-stream-plane',
    description: 'The retired fifth "Stream Plane" (#AA00AA)',
    severity: 'error',
    schema: { type: 'object', additionalProperties: false, properties: {} },
    fixable: false,
    docs: 'rules/atlas/no-stream-plane.md',
  },
  diagram(context) {
    const ast = context.diagram.ast;
    if (ast?.kind !== 'flowchart') return;
    const model = new PlaneModel(context.settings);
    const hint = 'the Atlas has four planes: put stream processing in the Service plane and its logs in the State plane';
    for (const sg of ast.subgraphs) {
      const retired = model.retiredOfName(sg.id) ?? (sg.title ? model.retiredOfName(sg.title.text) : undefined);
      if (retired) context.report({ message: `Subgraph "${sg.title?.text ?? sg.id}" is the retired ${retired.name} plane`, span: sg.headerSpan, hint });
    }
    const retiredColors = new Set(model.retired.map((r) => r.color));
    for (const def of [...ast.classDefs, ...ast.styles]) {
      const fill = def.styles.find((s) => s.name === 'fill' || s.name === 'stroke');
      const name = def.type === 'classDef' ? def.names.join(',') : def.nodeId;
      const byName = def.type === 'classDef' ? def.names.map((n) => model.retiredOfName(n)).find(Boolean) : undefined;
      if (byName || (fill && retiredColors.has(normalizeColor(fill.value) ?? ''))) {
        context.report({ message: `${def.type === 'classDef' ? 'classDef' : 'style'} ${name} uses the retired Stream plane${fill ? ` colour ${fill.value}` : ''}`, span: fill?.span ?? def.span, hint });
      }
    }
  },
});
