import type { Token, TokenType } from './lexer.js';

/**
 * Recursive-descent parser for the flowchart token stream, accepting exactly what Mermaid's
 * LALR grammar (flow.jison) accepts. It calls a builder for each production the grammar has an
 * action for; the builder makes the AST and raises the database's own errors.
 */

export class ParseFailure extends Error {
  constructor(readonly token: Token, readonly expected: string, readonly context: string) {
    super(`unexpected ${token.type}`);
  }
}

export interface ParsedText {
  kind: 'text' | 'string' | 'markdown';
  raw: string;
  start: number;
  end: number;
}

export interface LinkInfo {
  token: Token;
  startToken?: Token;
  id?: Token;
  text?: ParsedText;
  start: number;
  end: number;
}

export interface VertexInfo {
  id: string;
  idStart: number;
  idEnd: number;
  shape: string | null;
  text: ParsedText | null;
  classes: { name: string; start: number; end: number }[];
  /** props from `[|key:value|text]` */
  props?: Record<string, string>;
  start: number;
  end: number;
  /** Set by the builder once the vertex is in the AST (a vertex may be met again by a link). */
  registered: boolean;
}

export interface FlowBuilder {
  direction(dir: string | null, token: Token | null): void;
  vertex(vertex: VertexInfo): unknown;
  shapeData(vertex: VertexInfo, data: string, start: number, end: number): void;
  link(from: VertexInfo[], to: VertexInfo[], link: LinkInfo): void;
  classDef(names: Token[], styles: string[], start: number, end: number, styleStart: number): void;
  classAssign(ids: Token[], className: Token, start: number, end: number): void;
  style(id: Token[], styles: string[], start: number, end: number, styleStart: number): void;
  linkStyle(positions: Token[] | 'default', interpolate: string | null, styles: string[] | null, start: number, end: number): void;
  click(nodeId: Token, parts: { href?: Token; callback?: string; tooltip?: Token; target?: Token }, start: number, end: number): void;
  subgraphStart(header: { id: ParsedText | null; title: ParsedText | null; start: number; end: number }): void;
  subgraphEnd(endToken: Token, bare: boolean): void;
  directionStatement(token: Token): void;
  acc(kind: 'title' | 'descr', value: Token): void;
}

const ID_TOKENS = new Set<TokenType>(['NUM', 'NODE_STRING', 'DOWN', 'MINUS', 'DEFAULT', 'COMMA', 'COLON', 'AMP', 'BRKT', 'MULT', 'UNICODE_TEXT']);
const TEXT_TOKENS = new Set<TokenType>(['TEXT', 'TAGSTART', 'TAGEND', 'UNICODE_TEXT']);
const TEXT_NO_TAGS_TOKENS = new Set<TokenType>(['NUM', 'NODE_STRING', 'SPACE', 'MINUS', 'AMP', 'UNICODE_TEXT', 'COLON', 'MULT', 'BRKT',
  'STYLE', 'LINKSTYLE', 'CLASSDEF', 'CLASS', 'CLICK', 'GRAPH', 'DIR', 'SUBGRAPH', 'END', 'DOWN', 'UP', 'START_LINK']);
const STYLE_TOKENS = new Set<TokenType>(['NUM', 'NODE_STRING', 'COLON', 'SPACE', 'BRKT', 'STYLE']);
const ALPHANUM_TOKENS = new Set<TokenType>(['NUM', 'UNICODE_TEXT', 'NODE_STRING', 'DIR', 'DOWN', 'MINUS', 'COMMA', 'COLON', 'AMP', 'BRKT', 'MULT']);
const EDGE_TEXT_TOKENS = new Set<TokenType>(['EDGE_TEXT', 'UNICODE_TEXT']);
const LINK_START = new Set<TokenType>(['LINK', 'START_LINK', 'LINK_ID']);

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

export class FlowParser {
  private i = 0;

  constructor(private readonly tokens: Token[], private readonly build: FlowBuilder) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== 'END_OF_INPUT') this.i++;
    return token;
  }

  private is(type: TokenType): boolean {
    return this.peek().type === type;
  }

  private expect(type: TokenType, context: string): Token {
    if (!this.is(type)) throw new ParseFailure(this.peek(), type, context);
    return this.next();
  }

  private fail(expected: string, context: string): never {
    throw new ParseFailure(this.peek(), expected, context);
  }

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
    this.document(0);
  }

  /** Statements until EOF (top level) or `end` (inside a subgraph). */
  private document(depth: number): void {
    for (;;) {
      const t = this.peek();
      switch (t.type) {
        case 'END_OF_INPUT':
          if (depth > 0) this.fail('end', 'subgraph');
          return;
        case 'EOF':
          this.next();
          break;
        case 'END':
          if (depth === 0) this.fail('a statement', 'end');
          return;
        case 'SEMI':
        case 'NEWLINE':
        case 'SPACE':
          this.next();
          break;
        default:
          this.statement(depth);
      }
    }
  }

  private separator(context: string): void {
    const t = this.peek();
    if (t.type === 'NEWLINE' || t.type === 'SEMI' || t.type === 'EOF') this.next();
    else this.fail('a new line or ;', context);
  }

  private statement(depth: number): void {
    const t = this.peek();
    switch (t.type) {
      case 'STYLE': return this.styleStatement();
      case 'LINKSTYLE': return this.linkStyleStatement();
      case 'CLASSDEF': return this.classDefStatement();
      case 'CLASS': return this.classStatement();
      case 'CLICK': return this.clickStatement();
      case 'SUBGRAPH': return this.subgraph(depth);
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
        if (!ID_TOKENS.has(t.type)) this.fail('a node id or statement', 'statement');
        this.vertexStatement();
        this.separator('statement');
    }
  }

  private spaces(): boolean {
    let any = false;
    while (this.is('SPACE')) {
      this.next();
      any = true;
    }
    return any;
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
        if (!LINK_START.has(this.peek().type)) return;
      } else if (this.is('SPACE')) {
        this.spaces();
        if (!LINK_START.has(this.peek().type)) return; // `node spaceList`: the separator decides
      } else if (!LINK_START.has(this.peek().type)) {
        return;
      }
      const link = this.link();
      const target = this.node();
      this.build.link(current.vertices, target.vertices, link);
      current = target;
      if (!current.shapeData && this.is('SPACE')) {
        this.spaces();
        if (!LINK_START.has(this.peek().type)) return;
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

  private idString(context: string): Token[] {
    if (!ID_TOKENS.has(this.peek().type)) this.fail('a node id', context);
    const parts: Token[] = [];
    while (ID_TOKENS.has(this.peek().type)) parts.push(this.next());
    return parts;
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

  /** text: (TEXT-like)+ | STR (TEXT-like)* | MD_STR (TEXT-like)* */
  private text(context: string, tokens = TEXT_TOKENS): ParsedText {
    const first = this.peek();
    let kind: ParsedText['kind'] = 'text';
    if (first.type === 'STR') kind = 'string';
    else if (first.type === 'MD_STR') kind = 'markdown';
    else if (!tokens.has(first.type)) this.fail('label text', `label:${context}`);
    let raw = this.next().text;
    let end = first.end;
    while (tokens.has(this.peek().type)) {
      const t = this.next();
      raw += t.text;
      end = t.end;
    }
    return { kind, raw, start: first.start, end };
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
      const text = this.text('edge label', EDGE_TEXT_TOKENS);
      const token = this.expect('LINK', 'edge label');
      return { token, startToken, id, text, start: linkStart, end: token.end };
    }
    this.fail('an arrow', 'link');
  }

  private stylesOpt(context: string): { styles: string[]; start: number } {
    const styles: string[] = [];
    const start = this.peek().start;
    for (;;) {
      if (!STYLE_TOKENS.has(this.peek().type)) this.fail('a style', context);
      let style = '';
      while (STYLE_TOKENS.has(this.peek().type)) style += this.next().text;
      styles.push(style);
      if (!this.is('COMMA')) return { styles, start };
      this.next();
    }
  }

  private styleStatement(): void {
    const start = this.next().start;
    this.expect('SPACE', 'style');
    const id = this.idString('style');
    this.expect('SPACE', 'style');
    const { styles, start: styleStart } = this.stylesOpt('style');
    this.build.style(id, styles, start, this.peek().start, styleStart);
    this.separator('style');
  }

  private classDefStatement(): void {
    const start = this.next().start;
    this.expect('SPACE', 'classDef');
    const names = this.idString('classDef');
    this.expect('SPACE', 'classDef');
    const { styles, start: styleStart } = this.stylesOpt('classDef');
    this.build.classDef(names, styles, start, this.peek().start, styleStart);
    this.separator('classDef');
  }

  private classStatement(): void {
    const start = this.next().start;
    this.expect('SPACE', 'class');
    const ids = this.idString('class');
    this.expect('SPACE', 'class');
    const name = this.idString('class');
    const nameToken: Token = { type: 'NODE_STRING', text: name.map((t) => t.text).join(''), start: name[0]!.start, end: name[name.length - 1]!.end };
    this.build.classAssign(ids, nameToken, start, nameToken.end);
    this.separator('class');
  }

  private alphaNum(context: string): string {
    if (!ALPHANUM_TOKENS.has(this.peek().type)) this.fail('a name', context);
    let text = '';
    while (ALPHANUM_TOKENS.has(this.peek().type)) text += this.next().text;
    return text;
  }

  private linkStyleStatement(): void {
    const start = this.next().start;
    this.expect('SPACE', 'linkStyle');
    let positions: Token[] | 'default';
    if (this.is('DEFAULT')) {
      this.next();
      positions = 'default';
    } else {
      positions = [this.expect('NUM', 'linkStyle')];
      while (this.is('COMMA')) {
        this.next();
        positions.push(this.expect('NUM', 'linkStyle'));
      }
    }
    this.expect('SPACE', 'linkStyle');
    let interpolate: string | null = null;
    let styles: string[] | null = null;
    if (this.is('INTERPOLATE')) {
      this.next();
      this.expect('SPACE', 'linkStyle');
      interpolate = this.alphaNum('linkStyle interpolate');
      if (this.is('SPACE')) {
        this.next();
        styles = this.stylesOpt('linkStyle').styles;
      }
    } else {
      styles = this.stylesOpt('linkStyle').styles;
    }
    this.build.linkStyle(positions, interpolate, styles, start, this.peek().start);
    this.separator('linkStyle');
  }

  private clickStatement(): void {
    const click = this.next();
    const parts: { href?: Token; callback?: string; tooltip?: Token; target?: Token } = {};
    const strTail = () => {
      if (this.is('SPACE') && this.peek(1).type === 'STR') {
        this.next();
        parts.tooltip = this.next();
      }
      if (this.is('SPACE') && this.peek(1).type === 'LINK_TARGET') {
        this.next();
        parts.target = this.next();
      }
    };
    if (this.is('CALLBACKNAME')) {
      parts.callback = this.next().text;
      if (this.is('CALLBACKARGS')) this.next();
      if (this.is('SPACE') && this.peek(1).type === 'STR') {
        this.next();
        parts.tooltip = this.next();
      }
    } else if (this.is('HREF')) {
      this.next();
      parts.href = this.expect('STR', 'click href');
      strTail();
    } else if (this.is('STR')) {
      parts.href = this.next();
      strTail();
    } else {
      parts.callback = this.alphaNum('click');
      if (this.is('SPACE') && this.peek(1).type === 'STR') {
        this.next();
        parts.tooltip = this.next();
      }
    }
    this.build.click(click, parts, click.start, this.peek().start);
    this.separator('click');
  }

  private subgraph(depth: number): void {
    const keyword = this.next();
    if (this.is('SPACE')) {
      this.next();
      const id = this.text('subgraph title', TEXT_NO_TAGS_TOKENS);
      let title: ParsedText | null = null;
      if (this.is('SQS')) {
        this.next();
        title = this.text('subgraph');
        this.expect('SQE', 'label:subgraph');
      }
      this.build.subgraphStart({ id, title: title ?? id, start: keyword.start, end: this.peek().start });
      this.separator('subgraph');
      this.document(depth + 1);
      this.build.subgraphEnd(this.next(), false);
      return;
    }
    this.separator('subgraph');
    this.build.subgraphStart({ id: null, title: null, start: keyword.start, end: keyword.end });
    this.document(depth + 1);
    this.build.subgraphEnd(this.next(), true);
  }
}
