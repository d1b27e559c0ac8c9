import yaml from 'js-yaml';
import type {
  AccText, ArrowHead, EdgeStroke, FlowchartAst, FlowClassAssign, FlowEdge, FlowNode, FlowNodeRef, FlowShape, FlowSubgraph,
  Label, Span, StyleProperty,
} from '../types.js';
import { displayText, inputText } from './display-text.js';
import { ENTITY_MARKER, unencode } from './encode.js';
import type { FlowBuilder, LinkInfo, ParsedText, VertexInfo } from './parser.js';
import type { TokenText } from './parser-base.js';
import { trimmed } from './scanners.js';
import { shapeDataFailure } from './shapes.js';

/** An error Mermaid's flowchart database throws while the grammar accepts the text (thrown, but no Error: no stack to capture). */
export class SemanticFailure {
  constructor(readonly code: string, readonly message: string, readonly hint: string | undefined, readonly start: number, readonly end: number) {}
}

const MAX_EDGES = 500;

/**
 * Mermaid de-duplicates a subgraph's items (its statements' nodes, last node group first; an
 * accTitle/accDescr or nested subgraph is an item too) with a plain object's hasOwnProperty, so an
 * item named hasOwnProperty overwrites that method and the next item throws a TypeError.
 */
const HAS_OWN = 'hasOwnProperty';

interface OpenSubgraph {
  sg: FlowSubgraph; members: Set<string>; start: number; end: number;
  /** Items named hasOwnProperty, and the subgraph's last item so far (Mermaid's order). */
  hasOwnCount: number; lastItem: string;
}

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

/** Builds the FlowchartAst as the parser reduces, and raises the database's errors. */
export class FlowAstBuilder implements FlowBuilder {
  readonly ast: FlowchartAst;
  /** Open subgraphs, with where each starts and its header ends (offsets in the grammar's input). */
  private readonly subgraphStack: OpenSubgraph[] = [];

  /**
   * `source`: the encoding's offset map (null when it changed nothing), `limit`: the input's
   * length, which offsets are clamped to. Held as data rather than a mapping function: the
   * builder maps two offsets per span, and a call through a function field is not inlined.
   */
  /** Whether the encoded input holds an entity marker, and a '<' (labels are cut out of it). */
  private readonly markers: boolean;
  private readonly angles: boolean;

  constructor(
    input: string, private readonly source: Int32Array | null, private readonly limit: number, headerSpan: Span, keyword: string,
    private readonly makeSpan: SpanMaker = plainSpan,
  ) {
    this.markers = input.includes(ENTITY_MARKER);
    this.angles = input.includes('<');
    this.ast = {
      kind: 'flowchart', keyword, direction: null, headerSpan, nodeRefs: [], nodes: new Map(), edges: [], subgraphs: [],
      classDefs: [], classAssigns: [], styles: [], linkStyles: [], clicks: [], accTitle: null, accDescr: null,
    };
  }

  /** Offset in the grammar's input of an offset in the encoded text (through its map, clamped to the input). */
  toSource(offset: number): number {
    const source = this.source;
    return Math.min(this.limit, source === null ? offset : source[Math.min(offset, source.length - 1)]!);
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

  direction(dir: string | null): void {
    this.ast.direction = dir;
  }

  vertex(v: VertexInfo): FlowNodeRef | undefined {
    v.registered = true;
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
    if (top && v.id === HAS_OWN) top.hasOwnCount++;
    this.member(v.id);
    return ref;
  }


  /** Ids of the finished subgraphs (a lookup per @{…}, which may follow thousands of them). */
  private readonly subgraphIds = new Set<string>();

  private ensureVertex(v: VertexInfo): void {
    if (!v.registered) this.vertex(v);
  }

  shapeData(v: VertexInfo, data: string, start: number, end: number): void {
    this.ensureVertex(v);
    const body = data.includes('\n') ? `${data}\n` : `{\n${data}\n}`;
    let doc: unknown;
    try {
      doc = yaml.load(body, { schema: yaml.JSON_SCHEMA });
    } catch (error) {
      throw new SemanticFailure('shape-data-yaml', `The @{ … } data is not valid YAML: ${(error as { reason?: string }).reason ?? (error as Error).message}`, 'write it as key: value pairs separated by commas, e.g. @{ shape: rect, label: "x" }', start, end);
    }
    const record = doc && typeof doc === 'object' ? (doc as Record<string, unknown>) : {};
    if (this.ast.edges.some((e) => e.id === v.id)) return; // edges: at most 500
    // A multi-line body that is empty or only `~`/`null` loads as null, which Mermaid then reads `.shape` of.
    if (doc === null) throw new SemanticFailure('shape-data-empty', 'The multi-line @{ … } data is empty: Mermaid rejects it', 'write at least one key: value pair, e.g. shape: rect', start, end);
    if (this.subgraphIds.has(v.id)) return;
    const failure = shapeDataFailure(record);
    if (failure) throw new SemanticFailure(failure.code, failure.message, failure.hint, start, end);
    const node = this.ast.nodes.get(v.id);
    const ref = node?.refs[node.refs.length - 1];
    if (ref) {
      ref.data = record;
      ref.dataSpan = this.span(start, end);
      if (typeof record.shape === 'string' && node) node.dataShape = record.shape;
      if (typeof record.label === 'string' && node) {
        node.label = { raw: record.label, text: displayText(record.label), quoted: true, markdown: false, span: this.span(start, end) };
      }
    }
  }

  link(from: VertexInfo[], to: VertexInfo[], info: LinkInfo): void {
    for (const v of from) this.ensureVertex(v);
    for (const v of to) this.ensureVertex(v);
    const shape = destructLink(info.linkText);
    if (info.startText !== undefined) {
      const startHead = info.startText.trim()[0];
      if (startHead === '<' || startHead === 'x' || startHead === 'o') shape.start = startHead === '<' ? 'arrow' : startHead === 'x' ? 'cross' : 'circle';
    }
    const edgeLabel = info.text ? this.label(info.text) : null;
    const id = info.idText ? info.idText.replace('@', '') : undefined;
    from.forEach((a, i) => {
      to.forEach((b, j) => {
        if (this.ast.edges.length >= MAX_EDGES) {
          throw new SemanticFailure('edge-limit', `Mermaid draws at most ${MAX_EDGES} edges; this one is number ${MAX_EDGES + 1}`, 'split the diagram (the limit cannot be raised from inside a diagram)', info.start, info.end);
        }
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

  classDef(text: string, namesStart: number, styles: string[], start: number, end: number, styleStart: number): void {
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

  classAssign(nodeIds: string[], className: TokenText, start: number, end: number): void {
    const assign: FlowClassAssign = { type: 'classAssign', form: 'statement', nodeIds, className: className.text, classNameSpan: this.span(className.start, className.end), span: this.span(start, end) };
    this.ast.classAssigns.push(assign);
    for (const id of nodeIds) this.ast.nodes.get(id)?.classes.push(className.text);
  }

  style(id: TokenText, styles: string[], start: number, end: number, styleStart: number): void {
    const nodeId = id.text;
    this.ast.styles.push({
      type: 'style', nodeId, nodeIdSpan: this.span(id.start, id.end),
      styles: parseStyles(styles, styleStart, this.spanOf),
      span: this.span(start, end),
    });
    if (!this.ast.nodes.has(nodeId)) this.ast.nodes.set(nodeId, { id: nodeId, label: null, shape: null, classes: [], refs: [], subgraph: null });
  }

  linkStyle(positions: TokenText[] | 'default', interpolate: string | null, styles: string[] | null, start: number, end: number): void {
    if (positions !== 'default') {
      for (const pos of positions) {
        // Mermaid indexes its edge array with the digits as written: "01" or an index past the end fails.
        if (!/^(0|[1-9]\d*)$/.test(pos.text) || Number(pos.text) >= this.ast.edges.length) {
          throw new SemanticFailure('linkstyle-index', `linkStyle ${pos.text}: there ${this.ast.edges.length === 1 ? 'is 1 edge' : `are ${this.ast.edges.length} edges`} before this line (indices start at 0)`, this.ast.edges.length > 0 ? `use an index from 0 to ${this.ast.edges.length - 1}, written without leading zeros` : 'define the edges before styling them', pos.start, pos.end);
        }
      }
    }
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

  click(nodeId: string, parts: { href?: TokenText; callback?: string; tooltip?: string; target?: string }, start: number, end: number): void {
    this.ast.clicks.push({
      type: 'click', nodeId, span: this.span(start, end),
      ...(parts.href ? { href: parts.href.text, hrefSpan: this.span(parts.href.start, parts.href.end) } : {}),
      ...(parts.callback ? { callback: parts.callback } : {}),
      ...(parts.tooltip !== undefined ? { tooltip: parts.tooltip } : {}),
      ...(parts.target !== undefined ? { target: parts.target } : {}),
    });
  }

  subgraphStart(header: { id: ParsedText | null; title: ParsedText | null; start: number; end: number }): void {
    const idText = header.id ? trimmed(header.id.raw) : '';
    const sameAsTitle = header.id === header.title;
    const id = !header.id || (sameAsTitle && /\s/.test(idText)) ? `subGraph${this.ast.subgraphs.length}` : idText;
    const parent = this.top()?.sg.id ?? null;
    const sg: FlowSubgraph = {
      type: 'subgraph', id,
      idSpan: header.id && !(sameAsTitle && /\s/.test(idText)) ? this.span(header.id.start, header.id.end) : null,
      title: header.title ? this.label(header.title) : null,
      members: [], parent, headerSpan: this.span(header.start, header.end), span: this.span(header.start, header.end),
    };
    this.member(id);
    const parentEntry = this.top();
    if (parentEntry) parentEntry.lastItem = 'subgraph';
    this.subgraphStack.push({ sg, members: new Set(), start: this.toSource(header.start), end: this.toSource(header.end), hasOwnCount: 0, lastItem: '' });
  }

  subgraphEnd(endStart: number, bare: boolean): void {
    const entry = this.subgraphStack.pop()!;
    if (entry.hasOwnCount > 1 || (entry.hasOwnCount === 1 && entry.lastItem !== HAS_OWN)) {
      throw new SemanticFailure('prototype-id', 'A node named hasOwnProperty must be the last thing in its subgraph: Mermaid fails on anything after it', 'rename the node (e.g. hasOwnProperty_)', entry.start, entry.end);
    }
    if (bare) {
      // Reported from the header span's offsets (as they were when spans were mapped after the parse).
      throw new SemanticFailure('subgraph-id', 'A subgraph needs an id or a title: Mermaid fails on a bare `subgraph` line', 'write `subgraph name` or `subgraph id[Title]`', entry.start, entry.end);
    }
    entry.sg.span = this.makeSpan(entry.start, this.toSource(endStart + 3));
    this.ast.subgraphs.push(entry.sg);
    this.subgraphIds.add(entry.sg.id);
  }

  directionStatement(text: string): void {
    const dir = /direction\s+(TB|BT|RL|LR|TD)/.exec(text)?.[1];
    const top = this.top();
    if (top && dir) top.sg.direction = dir;
  }

  vertexStatement(first: VertexInfo[]): void {
    const top = this.top();
    if (top) top.lastItem = first[first.length - 1]!.id;
  }

  acc(kind: 'title' | 'descr', value: TokenText): void {
    const top = this.top();
    if (top) top.lastItem = 'acc';
    const text: AccText = { text: trimmed(value.text), span: this.span(value.start, value.end) };
    if (kind === 'title') this.ast.accTitle = text;
    else this.ast.accDescr = text;
  }
}
