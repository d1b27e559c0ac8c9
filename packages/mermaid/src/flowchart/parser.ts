import type { Token, TokenType } from './lexer.js';
import type { LinkInfo, ParsedText, VertexInfo } from './parser-base.js';
import { EDGE_TEXT, ID, LINK_START, TEXT_NO_TAGS } from './token-classes.js';
import { StatementParser } from './parser-statements.js';

export { ParseFailure, type FlowBuilder, type LinkInfo, type ParsedText, type VertexInfo } from './parser-base.js';

/**
 * Recursive-descent parser for the flowchart token stream, accepting exactly what Mermaid's
 * LALR grammar (flow.jison) accepts. It calls a builder for each production the grammar has an
 * action for; the builder makes the AST and raises the database's own errors.
 */

/** Shape openers → [shape, closing token(s)] */
const SHAPES: Partial<Record<TokenType, [string, TokenType[]]>> = {
  SQS: ['square', ['SQE']],
  DOUBLECIRCLESTART: ['doublecircle', ['DOUBLECIRCLEEND']],
  ELLIPSE_START: ['ellipse', ['ELLIPSE_END']],
  STADIUMSTART: ['stadium', ['STADIUMEND']],
  SUBROUTINESTART: ['subroutine', ['SUBROUTINEEND']],
  CYLINDERSTART: ['cylinder', ['CYLINDEREND']],
  TAGEND: ['odd', ['SQE']],
  TRAPSTART: ['trapezoid', ['TRAPEND', 'INVTRAPEND']],
  INVTRAPSTART: ['inv_trapezoid', ['INVTRAPEND', 'TRAPEND']],
};

export class FlowParser extends StatementParser {
  parse(): void {
    while (this.is('SPACE') || this.is('NEWLINE')) this.next();
    const graph = this.expect('GRAPH', 'header');
    if (this.is('NODIR')) {
      this.next();
      this.build.direction(null, graph);
    } else if (this.is('DIR')) {
      const dir = this.next();
      this.build.direction(dir.text.trim(), dir);
      if (this.is('SEMI') || this.is('NEWLINE')) this.next();
      else if (this.is('SPACE')) {
        while (this.is('SPACE')) this.next();
        this.expect('NEWLINE', 'header');
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
      const t = this.peek();
      switch (t.type) {
        case 'END_OF_INPUT':
          if (open.length > 0) this.fail('end', 'subgraph');
          return;
        case 'EOF':
          this.next();
          break;
        case 'END':
          if (open.length === 0) this.fail('a statement', 'end');
          this.build.subgraphEnd(this.next(), open.pop()!);
          break;
        case 'SUBGRAPH':
          open.push(this.subgraphHeader());
          break;
        case 'SEMI':
        case 'NEWLINE':
        case 'SPACE':
          this.next();
          break;
        default:
          this.statement();
      }
    }
  }

  private statement(): void {
    const t = this.peek();
    switch (t.type) {
      case 'STYLE': return this.styleStatement();
      case 'LINKSTYLE': return this.linkStyleStatement();
      case 'CLASSDEF': return this.classDefStatement();
      case 'CLASS': return this.classStatement();
      case 'CLICK': return this.clickStatement();
      case 'DIRECTION':
        this.build.directionStatement(this.next());
        return;
      case 'ACC_TITLE':
        this.next();
        this.build.acc('title', this.expect('ACC_TITLE_VALUE', 'accTitle'));
        return;
      case 'ACC_DESCR':
        this.next();
        this.build.acc('descr', this.expect('ACC_DESCR_VALUE', 'accDescr'));
        return;
      case 'ACC_DESCR_MULTILINE_VALUE':
        this.build.acc('descr', this.next());
        return;
      default:
        if ((t.flags & ID) === 0) this.fail('a node id or statement', 'statement');
        this.vertexStatement();
        this.separator('statement');
    }
  }

  private shapeData(): { data: string; start: number; end: number } {
    const start = this.peek().start;
    let data = '';
    let end = start;
    while (this.is('SHAPE_DATA')) {
      const t = this.next();
      data += t.text;
      end = t.end;
    }
    return { data, start, end: end + 1 };
  }

  private vertexStatement(): void {
    let current = this.node();
    for (;;) {
      if (current.shapeData) {
        if ((this.peek().flags & LINK_START) === 0) return;
      } else if (this.is('SPACE')) {
        this.spaces();
        if ((this.peek().flags & LINK_START) === 0) return; // `node spaceList`: the separator decides
      } else if ((this.peek().flags & LINK_START) === 0) {
        return;
      }
      const link = this.link();
      const target = this.node();
      this.build.link(current.vertices, target.vertices, link);
      current = target;
      if (!current.shapeData && this.is('SPACE')) {
        this.spaces();
        if ((this.peek().flags & LINK_START) === 0) return;
      }
    }
  }

  /** node: styledVertex ((shapeData)? spaceList AMP spaceList styledVertex)*, then an optional trailing shapeData */
  private node(): { vertices: VertexInfo[]; shapeData: boolean } {
    const vertices = [this.styledVertex()];
    for (;;) {
      if (this.is('SHAPE_DATA')) {
        const data = this.shapeData();
        this.build.shapeData(vertices[vertices.length - 1]!, data.data, data.start, data.end);
        if (!this.is('SPACE')) return { vertices, shapeData: true };
        this.spaces();
        this.expect('AMP', 'node list');
        if (!this.spaces()) this.fail('a space after &', 'node list');
        vertices.push(this.styledVertex());
        continue;
      }
      if (this.is('SPACE')) {
        let k = 0;
        while (this.peek(k).type === 'SPACE') k++;
        if (this.peek(k).type !== 'AMP') return { vertices, shapeData: false };
        this.spaces();
        this.next();
        if (!this.spaces()) this.fail('a space after &', 'node list');
        vertices.push(this.styledVertex());
        continue;
      }
      return { vertices, shapeData: false };
    }
  }

  private styledVertex(): VertexInfo {
    const vertex = this.vertex();
    if (this.is('STYLE_SEPARATOR')) {
      this.next();
      const cls = this.idString('class name after :::');
      const name = cls.map((t) => t.text).join('');
      vertex.classes.push({ name, start: cls[0]!.start, end: cls[cls.length - 1]!.end });
      vertex.end = cls[cls.length - 1]!.end;
    }
    this.build.vertex(vertex);
    return vertex;
  }

  private vertex(): VertexInfo {
    const idTokens = this.idString('node');
    const id = idTokens.length === 1 ? idTokens[0]!.text : idTokens.map((t) => t.text).join('');
    const vertex: VertexInfo = {
      id, idStart: idTokens[0]!.start, idEnd: idTokens[idTokens.length - 1]!.end,
      shape: null, text: null, classes: [], start: idTokens[0]!.start, end: idTokens[idTokens.length - 1]!.end, registered: false,
    };
    const open = this.peek();
    let shape: string | null = null;
    let closers: TokenType[] = [];
    if (open.type === 'PS') {
      this.next();
      if (this.is('PS')) {
        this.next();
        shape = 'circle';
        vertex.text = this.text('circle');
        this.expect('PE', 'circle');
        closers = ['PE'];
      } else {
        shape = 'round';
        closers = ['PE'];
        vertex.text = this.text('round');
      }
    } else if (open.type === 'DIAMOND_START') {
      this.next();
      if (this.is('DIAMOND_START')) {
        this.next();
        shape = 'hexagon';
        vertex.text = this.text('hexagon');
        this.expect('DIAMOND_STOP', 'hexagon');
      } else {
        shape = 'diamond';
        vertex.text = this.text('diamond');
      }
      closers = ['DIAMOND_STOP'];
    } else if (open.type === 'VERTEX_WITH_PROPS_START') {
      this.next();
      const field = this.expect('NODE_STRING', 'property');
      this.expect('COLON', 'property');
      const value = this.expect('NODE_STRING', 'property');
      this.expect('PIPE', 'property');
      vertex.props = { [field.text]: value.text };
      shape = 'rect';
      vertex.text = this.text('rect');
      closers = ['SQE'];
    } else if (SHAPES[open.type]) {
      this.next();
      [shape, closers] = SHAPES[open.type]!;
      vertex.text = this.text(shape);
    } else {
      return vertex;
    }
    const close = this.peek();
    if (!closers.includes(close.type)) this.fail(closers.join(' or '), `label:${shape}`);
    this.next();
    if (open.type === 'TRAPSTART' && close.type === 'INVTRAPEND') shape = 'lean_right';
    if (open.type === 'INVTRAPSTART' && close.type === 'TRAPEND') shape = 'lean_left';
    vertex.shape = shape;
    vertex.end = close.end;
    return vertex;
  }

  private link(): LinkInfo {
    const first = this.peek();
    // Link tokens swallow the spaces before them: the link itself starts after them.
    const linkStart = first.start + (first.text.length - first.text.trimStart().length);
    let id: Token | undefined;
    if (first.type === 'LINK_ID') id = this.next();
    if (this.is('LINK')) {
      const token = this.next();
      const info: LinkInfo = { token, id, start: linkStart, end: token.end };
      if (this.is('PIPE')) {
        this.next();
        info.text = this.text('edge label');
        const close = this.expect('PIPE', 'label:edge');
        info.end = close.end;
        if (this.is('SPACE')) this.next();
      }
      return info;
    }
    if (this.is('START_LINK')) {
      const startToken = this.next();
      const text = this.text('edge label', EDGE_TEXT);
      const token = this.expect('LINK', 'edge label');
      return { token, startToken, id, text, start: linkStart, end: token.end };
    }
    this.fail('an arrow', 'link');
  }

  /** `subgraph [id [title]]` and its separator; returns whether it is bare (no id). */
  private subgraphHeader(): boolean {
    const keyword = this.next();
    if (this.is('SPACE')) {
      this.next();
      const id = this.text('subgraph title', TEXT_NO_TAGS);
      let title: ParsedText | null = null;
      if (this.is('SQS')) {
        this.next();
        title = this.text('subgraph');
        this.expect('SQE', 'label:subgraph');
      }
      this.build.subgraphStart({ id, title: title ?? id, start: keyword.start, end: this.peek().start });
      this.separator('subgraph');
      return false;
    }
    this.separator('subgraph');
    this.build.subgraphStart({ id: null, title: null, start: keyword.start, end: keyword.end });
    return true;
  }
}
