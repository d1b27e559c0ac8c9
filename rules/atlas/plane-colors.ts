import type { StyleProperty } from '@atlas-lint/mermaid';
import { defineRule } from '../define.js';
import { normalizeColor, planeModelFor, type Plane } from '../lib/planes.js';

interface Options {
  /** Accept the design system's secondary and dark-mode tints of a plane (#60A5FA for Edge…). */
  allowShades: boolean;
}

/**
 * Plane classes and styles use the canonical colours; the legacy palette (#0066CC #00AA00
 * #FF8800 #CC0000) is rewritten to the canonical one by --fix.
 *
 * Only fills that stand for a plane are judged, so red and green used for "down" and "up" in an
 * incident timeline are left alone:
 * - a classDef named for a plane (edgeStyle, ServicePlane; a bare "service" only beside other
 *   plane classes): any fill but its own plane's;
 * - a classDef worn only by nodes of one plane subgraph, and `style` of a node inside a plane
 *   subgraph: that plane's legacy colour;
 * - `style` of a plane subgraph (its background): a legacy colour or another plane's colour
 *   (light tints such as #EFF6FF are backgrounds, not plane colours).
 */
export default defineRule<Options>({
  meta: {
    id: 'atlas/plane-colors',
    description: 'A plane class or style uses a colour other than its plane\'s canonical one (or the legacy palette)',
    severity: 'warn',
    schema: { type: 'object', additionalProperties: false, properties: { allowShades: { type: 'boolean' } } },
    defaultOptions: { allowShades: true },
    fixable: true,
    docs: 'rules/atlas/plane-colors.md',
  },
  diagram(context) {
    const ast = context.diagram.ast;
    if (ast?.kind !== 'flowchart') return;
    const model = planeModelFor(context.settings);
    const subgraphPlanes = model.subgraphPlanes(ast);
    const classPlanes = model.classPlanes(ast);
    const nodePlane = (id: string) => model.planeAround(ast, ast.nodes.get(id)?.subgraph ?? null, subgraphPlanes);

    type Strictness = 'own' | 'legacy' | 'background';
    const check = (owner: string, plane: Plane, strictness: Strictness, styles: StyleProperty[]) => {
      const fill = styles.find((s) => s.name === 'fill');
      const color = fill && normalizeColor(fill.value);
      if (!fill || !color || color === plane.color) return;
      if (context.options.allowShades && plane.shades.includes(color)) return;
      const span = { start: fill.span.end - fill.value.length, end: fill.span.end };
      const fix = { span, text: plane.color };
      const byColor = model.planeOfColor(color);
      if (byColor?.legacy && (strictness !== 'legacy' || byColor.plane === plane)) {
        const whose = byColor.plane === plane ? `the legacy ${plane.name} colour` : `a legacy colour (${byColor.plane.name})`;
        // The legacy classDefs paired each fill with a darker stroke: it moves along, in the same edit.
        const stroke = styles.find((st) => st.name === 'stroke');
        const canonicalStroke = stroke && plane.legacyStrokes.get(normalizeColor(stroke.value) ?? '');
        if (stroke && canonicalStroke) {
          const strokeSpan = { start: stroke.span.end - stroke.value.length, end: stroke.span.end };
          const [first, second] = span.start < strokeSpan.start ? [span, strokeSpan] : [strokeSpan, span];
          const texts = first === span ? [plane.color, canonicalStroke] : [canonicalStroke, plane.color];
          const between = context.diagram.text.slice(first.end, second.start);
          context.report({
            message: `${owner}: ${fill.value} (stroke ${stroke.value}) is ${whose}; the ${plane.name} plane is ${plane.color} (stroke ${canonicalStroke})`,
            span,
            fix: { span: { start: first.start, end: second.end }, text: texts[0] + between + texts[1] },
          });
        } else {
          context.report({ message: `${owner}: ${fill.value} is ${whose}; the ${plane.name} plane is ${plane.color}`, span, fix });
        }
      } else if (strictness === 'own' || (strictness === 'background' && byColor && byColor.plane !== plane)) {
        const other = byColor && byColor.plane !== plane ? ` (the ${byColor.plane.name} plane's colour)` : '';
        context.report({ message: `${owner} stands for the ${plane.name} plane but fills with ${fill.value}${other}; the ${plane.name} plane is ${plane.color}`, span, fix });
      }
    };

    // Class name → the nodes wearing it, found in one pass over the nodes when a classDef first asks.
    let wearersOf: Map<string, string[]> | undefined;
    const wearersOfClass = (name: string): string[] | undefined => {
      if (!wearersOf) {
        wearersOf = new Map();
        for (const node of ast.nodes.values()) {
          for (const worn of node.classes) {
            const list = wearersOf.get(worn);
            if (!list) wearersOf.set(worn, [node.id]);
            else if (list[list.length - 1] !== node.id) list.push(node.id);
          }
        }
      }
      return wearersOf.get(name);
    };
    for (const def of ast.classDefs) {
      const owner = `classDef ${def.names.join(',')}`;
      let named: Plane | undefined;
      for (const name of def.names) if ((named = classPlanes.get(name))) break;
      if (named) {
        check(owner, named, 'own', def.styles);
        continue;
      }
      // A class worn only inside one plane's subgraph is that plane's colour.
      const wearers = new Set<string>();
      for (const name of def.names) for (const id of wearersOfClass(name) ?? []) wearers.add(id);
      const planes = new Set<Plane | undefined>();
      for (const id of wearers) planes.add(nodePlane(id));
      const [only] = planes;
      if (wearers.size > 0 && planes.size === 1 && only) check(owner, only, 'legacy', def.styles);
    }
    for (const style of ast.styles) {
      const subgraph = subgraphPlanes.get(style.nodeId);
      if (subgraph) check(`style ${style.nodeId}`, subgraph, 'background', style.styles);
      else {
        const around = ast.nodes.has(style.nodeId) ? nodePlane(style.nodeId) : undefined;
        if (around) check(`style ${style.nodeId}`, around, 'legacy', style.styles);
      }
    }
  },
});
