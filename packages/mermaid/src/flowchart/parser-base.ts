import type { Token, TokenType } from './lexer.js';

/**
 * The flowchart parser's shared parts: the failure it throws, what it hands the builder, the
 * token classes of the grammar's non-terminals, and the token-level helpers.
 */

/**
 * Thrown to unwind the parser at the first token Mermaid rejects. Not an Error: one in five
 * diagrams fails, and capturing a stack trace each time cost more than parsing them.
 */
export class ParseFailure {
  constructor(
    readonly token: Token,
    readonly expected: string,
    readonly context: string,
    /** Index of the token that opened the label read last (its delimiter), or -1. */
    readonly labelOpen = -1,
  ) {}
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

export const ID_TOKENS = new Set<TokenType>(['NUM', 'NODE_STRING', 'DOWN', 'MINUS', 'DEFAULT', 'COMMA', 'COLON', 'AMP', 'BRKT', 'MULT', 'UNICODE_TEXT']);
export const TEXT_TOKENS = new Set<TokenType>(['TEXT', 'TAGSTART', 'TAGEND', 'UNICODE_TEXT']);
export const TEXT_NO_TAGS_TOKENS = new Set<TokenType>(['NUM', 'NODE_STRING', 'SPACE', 'MINUS', 'AMP', 'UNICODE_TEXT', 'COLON', 'MULT', 'BRKT',
  'STYLE', 'LINKSTYLE', 'CLASSDEF', 'CLASS', 'CLICK', 'GRAPH', 'DIR', 'SUBGRAPH', 'END', 'DOWN', 'UP', 'START_LINK']);
export const STYLE_TOKENS = new Set<TokenType>(['NUM', 'NODE_STRING', 'COLON', 'SPACE', 'BRKT', 'STYLE']);
export const ALPHANUM_TOKENS = new Set<TokenType>(['NUM', 'UNICODE_TEXT', 'NODE_STRING', 'DIR', 'DOWN', 'MINUS', 'COMMA', 'COLON', 'AMP', 'BRKT', 'MULT']);
export const EDGE_TEXT_TOKENS = new Set<TokenType>(['EDGE_TEXT', 'UNICODE_TEXT']);
export const LINK_START = new Set<TokenType>(['LINK', 'START_LINK', 'LINK_ID']);


export class ParserBase {
  protected i = 0;
  /** Where the label read last was opened: a failure inside a label reports the whole label. */
  protected labelOpen = -1;

  constructor(protected readonly tokens: Token[], protected readonly build: FlowBuilder) {}

  protected peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)]!;
  }

  protected next(): Token {
    const token = this.peek();
    if (token.type !== 'END_OF_INPUT') this.i++;
    return token;
  }

  protected is(type: TokenType): boolean {
    return this.peek().type === type;
  }

  protected expect(type: TokenType, context: string): Token {
    if (!this.is(type)) throw new ParseFailure(this.peek(), type, context, this.labelOpen);
    return this.next();
  }

  protected fail(expected: string, context: string): never {
    throw new ParseFailure(this.peek(), expected, context, this.labelOpen);
  }

  protected separator(context: string): void {
    const t = this.peek();
    if (t.type === 'NEWLINE' || t.type === 'SEMI' || t.type === 'EOF') this.next();
    else this.fail('a new line or ;', context);
  }

  protected spaces(): boolean {
    let any = false;
    while (this.is('SPACE')) {
      this.next();
      any = true;
    }
    return any;
  }

  protected idString(context: string): Token[] {
    if (!ID_TOKENS.has(this.peek().type)) this.fail('a node id', context);
    const parts: Token[] = [];
    while (ID_TOKENS.has(this.peek().type)) parts.push(this.next());
    return parts;
  }

  /** text: (TEXT-like)+ | STR (TEXT-like)* | MD_STR (TEXT-like)* */
  protected text(context: string, tokens = TEXT_TOKENS): ParsedText {
    this.labelOpen = this.i - 1;
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

  protected alphaNum(context: string): string {
    if (!ALPHANUM_TOKENS.has(this.peek().type)) this.fail('a name', context);
    let text = '';
    while (ALPHANUM_TOKENS.has(this.peek().type)) text += this.next().text;
    return text;
  }

  protected stylesOpt(context: string): { styles: string[]; start: number } {
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
}
