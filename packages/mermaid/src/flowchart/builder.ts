import type {
  AccText, ArrowHead, EdgeStroke, FlowchartAst, FlowClassAssign, FlowEdge, FlowNode, FlowNodeRef, FlowShape, FlowSubgraph,
  Label, Span, StyleProperty,
} from '../types.js';
import { displayText, inputText } from './display-text.js';
import { ENTITY_MARKER, unencode } from './encode.js';
import { FlowChecks, type SubgraphHeader } from './checks.js';
import type { LinkInfo, ParsedText, TokenText, VertexInfo } from './parser-base.js';
import { trimmed } from './scanners.js';

export { SemanticFailure } from './checks.js';

/** What the AST keeps of an open subgraph: its node, and its members so far (a set, for de-duplication). */
interface OpenSubgraph { sg: FlowSubgraph; members: Set<string> }

const SHAPE_NAMES: Record<string, FlowShape> = {
  square: 'rect', round: 'round', circle: 'circle', doublecircle: 'doublecircle', stadium: 'stadium', subroutine: 'subroutine',
  cylinder: 'cylinder', diamond: 'diamond', hexagon: 'hexagon', odd: 'odd', lean_right: 'lean_right', lean_left: 'lean_left',
  trapezoid: 'trapezoid', inv_trapezoid: 'inv_trapezoid', ellipse: 'ellipse', rect: 'rect_prop',
};

/**
 * Makes a span from offsets in the grammar's input (parse.ts passes one that maps them to the
 * diagram text and gives them their loc, so no later walk over the AST is needed).
 */
export type SpanMaker = (start: number, end: number) => Span;

export const plainSpan: SpanMaker = (start, end) => ({ start, end });

/** `name:value` pieces of a style list, each with its span (pieces are separated by one comma). */
function parseStyles(styles: string[], start: number, span: (start: number, end: number) => Span): StyleProperty[] {
  let offset = start;
  const properties: StyleProperty[] = [];
  for (const style of styles) {
    const colon = style.indexOf(':');
    properties.push({
      name: trimmed(colon === -1 ? style : style.slice(0, colon)),
      value: colon === -1 ? '' : trimmed(style.slice(colon + 1)),
      span: span(offset, offset + style.length),
    });
    offset += style.length + 1;
  }
  return properties;
}

function destructLink(text: string): { stroke: EdgeStroke; start: ArrowHead; end: ArrowHead; length: number } {
  const str = trimmed(text);
  const last = str[str.length - 1];
  const head = (c: string | undefined): ArrowHead => (c === '>' || c === '<' ? 'arrow' : c === 'x' ? 'cross' : c === 'o' ? 'circle' : 'none');
  let line = str;
  let end: ArrowHead = 'none';
  let start: ArrowHead = 'none';
  if (last === '>' || last === 'x' || last === 'o') {
    end = head(last);
    line = str.slice(0, -1);
    const first = str[0];
    if ((last === '>' && first === '<') || (last === 'x' && first === 'x') || (last === 'o' && first === 'o')) {
      start = end;
      line = line.slice(1);
    }
  }
  let stroke: EdgeStroke = line.startsWith('=') ? 'thick' : line.startsWith('~') ? 'invisible' : 'normal';
  let length = line.length - 1;
  let dots = 0;
  for (let i = line.indexOf('.'); i !== -1; i = line.indexOf('.', i + 1)) dots++;
  if (dots) {
    stroke = 'dotted';
    length = dots;
  }
  return { stroke, start, end, length: Math.min(10, Math.max(1, length)) };
}

/**
 * Builds the FlowchartAst as the parser reduces; the database's errors are raised by FlowChecks,
 * which it extends (each method runs the checks before it changes the AST, as Mermaid's database does).
 */
export class FlowAstBuilder extends FlowChecks {
  override readonly keepsTexts = true;
  readonly ast: FlowchartAst;
  private readonly subgraphStack: OpenSubgraph[] = [];
  /** Whether the encoded input holds an entity marker, and a '<' (labels are cut out of it). */
  private readonly markers: boolean;
  private readonly angles: boolean;

  constructor(
    input: string, source: Int32Array | null, limit: number, headerSpan: Span, keyword: string,
    private readonly makeSpan: SpanMaker = plainSpan,
  ) {
    super(source, limit);
    this.markers = input.includes(ENTITY_MARKER);
    this.angles = input.includes('<');
    this.ast = {
      kind: 'flowchart', keyword, direction: null, headerSpan, nodeRefs: [], nodes: new Map(), edges: [], subgraphs: [],
      classDefs: [], classAssigns: [], styles: [], linkStyles: [], clicks: [], accTitle: null, accDescr: null,
    };
  }

  private span(start: number, end: number): Span {
    return this.makeSpan(this.toSource(start), this.toSource(end));
  }

  private readonly spanOf = (start: number, end: number): Span => this.span(start, end);

  private label(text: ParsedText): Label {
    return {
      raw: this.markers ? unencode(text.raw) : text.raw,
      text: inputText(text.raw, this.markers, this.angles),
      quoted: text.kind !== 'text',
      markdown: text.kind === 'markdown',
      span: this.span(text.start, text.end),
    };
  }

  /** The innermost open subgraph (reading index -1 of an empty array is a slow property lookup). */
  private top(): OpenSubgraph | undefined {
    const stack = this.subgraphStack;
    return stack.length === 0 ? undefined : stack[stack.length - 1];
  }

  private member(id: string): void {
    const top = this.top();
    if (top && !top.members.has(id)) {
      top.members.add(id);
      top.sg.members.push(id);
    }
  }

  override direction(dir: string | null): void {
    this.ast.direction = dir;
  }

  override vertex(v: VertexInfo): FlowNodeRef | undefined {
    super.vertex(v);
    if (trimmed(v.id) === '') return undefined;
    const ref: FlowNodeRef = {
      type: 'nodeRef', id: v.id, idSpan: this.span(v.idStart, v.idEnd),
      shape: v.shape ? SHAPE_NAMES[v.shape] ?? null : null,
      label: v.text ? this.label(v.text) : null,
      classes: v.classes === null ? [] : v.classes.map((c) => c.name),
      classSpans: v.classes === null ? [] : v.classes.map((c) => this.span(c.start, c.end)),
      span: this.span(v.start, v.end),
    };
    this.ast.nodeRefs.push(ref);
    let node = this.ast.nodes.get(v.id);
    if (!node) {
      node = { id: v.id, label: null, shape: null, classes: [], refs: [], subgraph: null } satisfies FlowNode;
      this.ast.nodes.set(v.id, node);
    }
    node.refs.push(ref);
    if (ref.label) node.label = ref.label;
    if (ref.shape) node.shape = ref.shape;
    for (const cls of ref.classes) {
      node.classes.push(cls);
      this.ast.classAssigns.push({ type: 'classAssign', form: 'shorthand', nodeIds: [v.id], className: cls, classNameSpan: ref.classSpans[ref.classes.indexOf(cls)]!, span: ref.span });
    }
    const top = this.top();
    if (top && node.subgraph === null) node.subgraph = top.sg.id;
    this.member(v.id);
    return ref;
  }

  override shapeData(v: VertexInfo, data: string, start: number, end: number): void {
    const record = this.shapeRecord(v, data, start, end);
    const node = record && this.ast.nodes.get(v.id);
    const ref = node?.refs[node.refs.length - 1];
    if (!record || !node || !ref) return;
    ref.data = record;
    ref.dataSpan = this.span(start, end);
    if (typeof record.shape === 'string') node.dataShape = record.shape;
    if (typeof record.label === 'string') {
      node.label = { raw: record.label, text: displayText(record.label), quoted: true, markdown: false, span: this.span(start, end) };
    }
  }

  override link(from: VertexInfo[], to: VertexInfo[], info: LinkInfo): void {
    super.link(from, to, info);
    const shape = destructLink(info.linkText);
    if (info.startText !== undefined) {
      const startHead = info.startText.trim()[0];
      if (startHead === '<' || startHead === 'x' || startHead === 'o') shape.start = startHead === '<' ? 'arrow' : startHead === 'x' ? 'cross' : 'circle';
    }
    const edgeLabel = info.text ? this.label(info.text) : null;
    const id = info.idText ? info.idText.replace('@', '') : undefined;
    from.forEach((a, i) => {
      to.forEach((b, j) => {
        const edge: FlowEdge = {
          type: 'edge', index: this.ast.edges.length, from: a.id, to: b.id,
          fromSpan: this.span(a.idStart, a.idEnd), toSpan: this.span(b.idStart, b.idEnd),
          stroke: shape.stroke, arrowStart: shape.start, arrowEnd: shape.end, length: shape.length,
          label: edgeLabel, linkSpan: this.span(info.start, info.end), span: this.span(a.start, b.end),
        };
        if (id && i === from.length - 1 && j === 0 && !this.ast.edges.some((e) => e.id === id)) edge.id = id;
        this.ast.edges.push(edge);
      });
    });
  }

  override classDef(text: string, namesStart: number, styles: string[], start: number, end: number, styleStart: number): void {
    let offset = namesStart;
    const split = text.split(',');
    this.ast.classDefs.push({
      type: 'classDef',
      names: split,
      nameSpans: split.map((name) => {
        const span = this.span(offset, offset + name.length);
        offset += name.length + 1;
        return span;
      }),
      styles: parseStyles(styles, styleStart, this.spanOf),
      span: this.span(start, end),
    });
  }

  override classAssign(nodeIds: string[], className: TokenText, start: number, end: number): void {
    const assign: FlowClassAssign = { type: 'classAssign', form: 'statement', nodeIds, className: className.text, classNameSpan: this.span(className.start, className.end), span: this.span(start, end) };
    this.ast.classAssigns.push(assign);
    for (const id of nodeIds) this.ast.nodes.get(id)?.classes.push(className.text);
  }

  override style(id: TokenText, styles: string[], start: number, end: number, styleStart: number): void {
    const nodeId = id.text;
    this.ast.styles.push({
      type: 'style', nodeId, nodeIdSpan: this.span(id.start, id.end),
      styles: parseStyles(styles, styleStart, this.spanOf),
      span: this.span(start, end),
    });
    if (!this.ast.nodes.has(nodeId)) this.ast.nodes.set(nodeId, { id: nodeId, label: null, shape: null, classes: [], refs: [], subgraph: null });
  }

  override linkStyle(positions: TokenText[] | 'default', interpolate: string | null, styles: string[] | null, start: number, end: number): void {
    super.linkStyle(positions, interpolate, styles, start, end);
    this.ast.linkStyles.push({
      type: 'linkStyle', indices: positions === 'default' ? 'default' : positions.map((p) => Number(p.text)),
      ...(interpolate ? { interpolate } : {}),
      styles: (styles ?? []).map((s) => {
        const colon = s.indexOf(':');
        return { name: trimmed(colon === -1 ? s : s.slice(0, colon)), value: colon === -1 ? '' : trimmed(s.slice(colon + 1)), span: this.span(start, end) };
      }),
      span: this.span(start, end),
    });
  }

  override click(nodeId: string, parts: { href?: TokenText; callback?: string; tooltip?: string; target?: string }, start: number, end: number): void {
    this.ast.clicks.push({
      type: 'click', nodeId, span: this.span(start, end),
      ...(parts.href ? { href: parts.href.text, hrefSpan: this.span(parts.href.start, parts.href.end) } : {}),
      ...(parts.callback ? { callback: parts.callback } : {}),
      ...(parts.tooltip !== undefined ? { tooltip: parts.tooltip } : {}),
      ...(parts.target !== undefined ? { target: parts.target } : {}),
    });
  }

  override subgraphStart(header: SubgraphHeader): void {
    const { id, generated } = this.openSubgraph(header);
    const sg: FlowSubgraph = {
      type: 'subgraph', id,
      idSpan: header.id && !generated ? this.span(header.id.start, header.id.end) : null,
      title: header.title ? this.label(header.title) : null,
      members: [], parent: this.top()?.sg.id ?? null, headerSpan: this.span(header.start, header.end), span: this.span(header.start, header.end),
    };
    this.member(id);
    this.subgraphStack.push({ sg, members: new Set() });
  }

  override subgraphEnd(endStart: number, bare: boolean): void {
    const items = this.closeSubgraph(bare);
    const { sg } = this.subgraphStack.pop()!;
    sg.span = this.makeSpan(items.start, this.toSource(endStart + 3));
    this.ast.subgraphs.push(sg);
  }

  override directionStatement(text: string): void {
    const dir = /direction\s+(TB|BT|RL|LR|TD)/.exec(text)?.[1];
    const top = this.top();
    if (top && dir) top.sg.direction = dir;
  }

  override acc(kind: 'title' | 'descr', value: TokenText): void {
    super.acc(kind, value);
    const text: AccText = { text: trimmed(value.text), span: this.span(value.start, value.end) };
    if (kind === 'title') this.ast.accTitle = text;
    else this.ast.accDescr = text;
  }
}
