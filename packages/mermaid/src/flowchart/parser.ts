import type { TokenType } from './lexer.js';
import type { LinkInfo, ParsedText, VertexInfo } from './parser-base.js';
import { EDGE_TEXT, ID, LINK_START, TEXT_NO_TAGS } from './token-classes.js';
import { StatementParser } from './parser-statements.js';
import { T, TYPE_NAMES } from './tokens.js';

export { ParseFailure, type FlowBuilder, type LinkInfo, type ParsedText, type VertexInfo } from './parser-base.js';

/**
 * Recursive-descent parser for the flowchart token stream, accepting exactly what Mermaid's
 * LALR grammar (flow.jison) accepts. It calls a builder for each production the grammar has an
 * action for; the builder makes the AST and raises the database's own errors.
 */

/** Shape openers → [shape, closing token(s)], by type code. */
const SHAPES: ([string, number[]] | undefined)[] = [];
const shapes: [TokenType, string, TokenType[]][] = [
  ['SQS', 'square', ['SQE']],
  ['DOUBLECIRCLESTART', 'doublecircle', ['DOUBLECIRCLEEND']],
  ['ELLIPSE_START', 'ellipse', ['ELLIPSE_END']],
  ['STADIUMSTART', 'stadium', ['STADIUMEND']],
  ['SUBROUTINESTART', 'subroutine', ['SUBROUTINEEND']],
  ['CYLINDERSTART', 'cylinder', ['CYLINDEREND']],
  ['TAGEND', 'odd', ['SQE']],
  ['TRAPSTART', 'trapezoid', ['TRAPEND', 'INVTRAPEND']],
  ['INVTRAPSTART', 'inv_trapezoid', ['INVTRAPEND', 'TRAPEND']],
];
for (const [open, shape, closers] of shapes) SHAPES[T[open]] = [shape, closers.map((c) => T[c])];
const PE = [T.PE];
const DIAMOND_STOP = [T.DIAMOND_STOP];
const RECT_CLOSE = [T.SQE];

export class FlowParser extends StatementParser {
  parse(): void {
    while (this.is(T.SPACE) || this.is(T.NEWLINE)) this.next();
    this.expect(T.GRAPH, 'header');
    if (this.is(T.NODIR)) {
      this.next();
      this.build.direction(null);
    } else if (this.is(T.DIR)) {
      const dir = this.next();
      this.build.direction(this.text(dir).trim());
      if (this.is(T.SEMI) || this.is(T.NEWLINE)) this.next();
      else if (this.is(T.SPACE)) {
        while (this.is(T.SPACE)) this.next();
        this.expect(T.NEWLINE, 'header');
      } else this.fail('a new line after the direction', 'header');
    } else {
      this.fail('a direction or a new line', 'header');
    }
    this.document();
  }

  /**
   * Statements until the end of input. Subgraphs nest on an explicit stack rather than by
   * recursion, so any depth parses (as in Mermaid's LALR parser).
   */
  private document(): void {
    const open: boolean[] = []; // per open subgraph: whether it is bare (no id)
    for (;;) {
      switch (this.peek()) {
        case T.END_OF_INPUT:
          if (open.length > 0) this.fail('end', 'subgraph');
          return;
        case T.EOF:
          this.next();
          break;
        case T.END:
          if (open.length === 0) this.fail('a statement', 'end');
          this.build.subgraphEnd(this.starts[this.next()]!, open.pop()!);
          break;
        case T.SUBGRAPH:
          open.push(this.subgraphHeader());
          break;
        case T.SEMI:
        case T.NEWLINE:
        case T.SPACE:
          this.next();
          break;
        default:
          this.statement();
      }
    }
  }

  private statement(): void {
    switch (this.peek()) {
      case T.STYLE: return this.styleStatement();
      case T.LINKSTYLE: return this.linkStyleStatement();
      case T.CLASSDEF: return this.classDefStatement();
      case T.CLASS: return this.classStatement();
      case T.CLICK: return this.clickStatement();
      case T.DIRECTION:
        this.build.directionStatement(this.text(this.next()));
        return;
      case T.ACC_TITLE:
        this.next();
        this.build.acc('title', this.tokenText(this.expect(T.ACC_TITLE_VALUE, 'accTitle')));
        return;
      case T.ACC_DESCR:
        this.next();
        this.build.acc('descr', this.tokenText(this.expect(T.ACC_DESCR_VALUE, 'accDescr')));
        return;
      case T.ACC_DESCR_MULTILINE_VALUE:
        this.build.acc('descr', this.tokenText(this.next()));
        return;
      default:
        if ((this.flags() & ID) === 0) this.fail('a node id or statement', 'statement');
        this.vertexStatement();
        this.separator('statement');
    }
  }

  private shapeData(): { data: string; start: number; end: number } {
    const from = this.i;
    const start = this.starts[from]!;
    while (this.is(T.SHAPE_DATA)) this.next();
    const end = this.i > from ? this.ends[this.i - 1]! : start;
    return { data: this.stream.joined(from, this.i), start, end: end + 1 };
  }

  /** Whether the node read last ended with shape data (no spaces are read after it). */
  private endedWithData = false;

  private vertexStatement(): void {
    let current = this.node();
    this.build.vertexStatement(current);
    for (;;) {
      if (this.endedWithData) {
        if ((this.flags() & LINK_START) === 0) return;
      } else if (this.is(T.SPACE)) {
        this.spaces();
        if ((this.flags() & LINK_START) === 0) return; // `node spaceList`: the separator decides
      } else if ((this.flags() & LINK_START) === 0) {
        return;
      }
      const link = this.link();
      const target = this.node();
      this.build.link(current, target, link);
      current = target;
      if (!this.endedWithData && this.is(T.SPACE)) {
        this.spaces();
        if ((this.flags() & LINK_START) === 0) return;
      }
    }
  }

  /** node: styledVertex ((shapeData)? spaceList AMP spaceList styledVertex)*, then an optional trailing shapeData */
  private node(): VertexInfo[] {
    const vertices = [this.styledVertex()];
    this.endedWithData = false;
    for (;;) {
      if (this.is(T.SHAPE_DATA)) {
        const data = this.shapeData();
        this.build.shapeData(vertices[vertices.length - 1]!, data.data, data.start, data.end);
        if (!this.is(T.SPACE)) {
          this.endedWithData = true;
          return vertices;
        }
        this.spaces();
        this.expect(T.AMP, 'node list');
        if (!this.spaces()) this.fail('a space after &', 'node list');
        vertices.push(this.styledVertex());
        continue;
      }
      if (this.is(T.SPACE)) {
        let k = 0;
        while (this.peek(k) === T.SPACE) k++;
        if (this.peek(k) !== T.AMP) return vertices;
        this.spaces();
        this.next();
        if (!this.spaces()) this.fail('a space after &', 'node list');
        vertices.push(this.styledVertex());
        continue;
      }
      return vertices;
    }
  }

  private styledVertex(): VertexInfo {
    const vertex = this.vertex();
    if (this.is(T.STYLE_SEPARATOR)) {
      this.next();
      const from = this.idString('class name after :::');
      const end = this.ends[this.i - 1]!;
      (vertex.classes ??= []).push({ name: this.keepTexts ? this.stream.joined(from, this.i) : '', start: this.starts[from]!, end });
      vertex.end = end;
    }
    this.build.vertex(vertex);
    return vertex;
  }

  private vertex(): VertexInfo {
    const from = this.idString('node');
    const idStart = this.starts[from]!;
    const idEnd = this.ends[this.i - 1]!;
    const vertex: VertexInfo = {
      id: this.stream.joined(from, this.i), idStart, idEnd, shape: null, text: null, classes: null, start: idStart, end: idEnd, registered: false,
    };
    const open = this.peek();
    let shape: string | null = null;
    let closers: number[];
    if (open === T.PS) {
      this.next();
      if (this.is(T.PS)) {
        this.next();
        shape = 'circle';
        vertex.text = this.label('circle');
        this.expect(T.PE, 'circle');
      } else {
        shape = 'round';
        vertex.text = this.label('round');
      }
      closers = PE;
    } else if (open === T.DIAMOND_START) {
      this.next();
      if (this.is(T.DIAMOND_START)) {
        this.next();
        shape = 'hexagon';
        vertex.text = this.label('hexagon');
        this.expect(T.DIAMOND_STOP, 'hexagon');
      } else {
        shape = 'diamond';
        vertex.text = this.label('diamond');
      }
      closers = DIAMOND_STOP;
    } else if (open === T.VERTEX_WITH_PROPS_START) {
      this.next();
      const field = this.expect(T.NODE_STRING, 'property');
      this.expect(T.COLON, 'property');
      const value = this.expect(T.NODE_STRING, 'property');
      this.expect(T.PIPE, 'property');
      vertex.props = { [this.text(field)]: this.text(value) };
      shape = 'rect';
      vertex.text = this.label('rect');
      closers = RECT_CLOSE;
    } else {
      const known = SHAPES[open];
      if (known === undefined) return vertex;
      this.next();
      [shape, closers] = known;
      vertex.text = this.label(shape);
    }
    const close = this.peek();
    if (!closers.includes(close)) this.fail(closers.map((c) => TYPE_NAMES[c]).join(' or '), `label:${shape}`);
    const closeEnd = this.ends[this.next()]!;
    if (open === T.TRAPSTART && close === T.INVTRAPEND) shape = 'lean_right';
    if (open === T.INVTRAPSTART && close === T.TRAPEND) shape = 'lean_left';
    vertex.shape = shape;
    vertex.end = closeEnd;
    return vertex;
  }

  private link(): LinkInfo {
    const first = this.i;
    // Link tokens swallow the spaces before them: the link itself starts after them.
    let linkStart = this.starts[first]!;
    const input = this.stream.input;
    while (linkStart < this.ends[first]! && isTrimmed(input.charCodeAt(linkStart))) linkStart++;
    let idText: string | undefined;
    if (this.is(T.LINK_ID)) idText = this.text(this.next());
    if (this.is(T.LINK)) {
      const token = this.next();
      const info: LinkInfo = { linkText: this.keepTexts ? this.text(token) : '', startText: undefined, idText, text: undefined, start: linkStart, end: this.ends[token]! };
      if (this.is(T.PIPE)) {
        this.next();
        info.text = this.label('edge label');
        info.end = this.ends[this.expect(T.PIPE, 'label:edge')]!;
        if (this.is(T.SPACE)) this.next();
      }
      return info;
    }
    if (this.is(T.START_LINK)) {
      const startText = this.text(this.next());
      const text = this.label('edge label', EDGE_TEXT);
      const token = this.expect(T.LINK, 'edge label');
      return { linkText: this.text(token), startText, idText, text, start: linkStart, end: this.ends[token]! };
    }
    this.fail('an arrow', 'link');
  }

  /** `subgraph [id [title]]` and its separator; returns whether it is bare (no id). */
  private subgraphHeader(): boolean {
    const keyword = this.next();
    if (this.is(T.SPACE)) {
      this.next();
      // The id's text is kept for the checks too: a subgraph's id may be named by later shape data.
      const id = this.label('subgraph title', TEXT_NO_TAGS, true);
      let title: ParsedText | null = null;
      if (this.is(T.SQS)) {
        this.next();
        title = this.label('subgraph');
        this.expect(T.SQE, 'label:subgraph');
      }
      this.build.subgraphStart({ id, title: title ?? id, start: this.starts[keyword]!, end: this.starts[this.i]! });
      this.separator('subgraph');
      return false;
    }
    this.separator('subgraph');
    this.build.subgraphStart({ id: null, title: null, start: this.starts[keyword]!, end: this.ends[keyword]! });
    return true;
  }
}

/** What String.prototype.trimStart removes: JavaScript white space and line terminators. */
function isTrimmed(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028
    || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}
