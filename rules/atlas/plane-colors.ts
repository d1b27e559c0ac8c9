import { defineRule, noOptions } from '../define.js';
import { normalizeColor, PlaneModel } from '../lib/planes.js';

/**
 * Plane classes and styles use the canonical colours. The legacy palette (#0066CC #00AA00
 * #FF8800 #CC0000) is rewritten to the canonical one by --fix.
 */
export default defineRule({
  meta: {
    id: 'atlas/plane-colors',
    description: 'A plane class or style uses a colour other than its plane\'s canonical one (or the legacy palette)',
    severity: 'warn',
    schema: noOptions,
    fixable: true,
    docs: 'rules/atlas/plane-colors.md',
  },
  diagram(context) {
    const ast = context.diagram.ast;
    if (ast?.kind !== 'flowchart') return;
    const model = new PlaneModel(context.settings);
    const check = (owner: string, ownerPlane: ReturnType<PlaneModel['planeOfName']>, styles: typeof ast.classDefs[number]['styles']) => {
      const fill = styles.find((s) => s.name === 'fill');
      if (!fill) return;
      const color = normalizeColor(fill.value);
      if (!color) return;
      const byColor = model.planeOfColor(color);
      const valueStart = fill.span.end - fill.value.length;
      if (byColor?.legacy) {
        const plane = ownerPlane ?? byColor.plane;
        context.report({
          message: `${owner}: ${fill.value} is the legacy ${plane.name} colour; the ${plane.name} plane is ${plane.color}`,
          span: { start: valueStart, end: fill.span.end },
          fix: { span: { start: valueStart, end: fill.span.end }, text: plane.color },
        });
      } else if (ownerPlane && color !== ownerPlane.color) {
        context.report({
          message: `${owner} is a ${ownerPlane.name}-plane class but fills with ${fill.value}; the ${ownerPlane.name} plane is ${ownerPlane.color}`,
          span: { start: valueStart, end: fill.span.end },
          fix: { span: { start: valueStart, end: fill.span.end }, text: ownerPlane.color },
        });
      }
    };
    for (const def of ast.classDefs) {
      const plane = def.names.map((n) => model.planeOfName(n)).find(Boolean);
      check(`classDef ${def.names.join(',')}`, plane, def.styles);
    }
    for (const style of ast.styles) check(`style ${style.nodeId}`, undefined, style.styles);
  },
});
