import type { Token, TokenType } from './lexer.js';
import { ALPHANUM, ID, STYLE, TEXT } from './token-classes.js';

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

export class ParserBase {
  protected i = 0;
  /** Where the label read last was opened: a failure inside a label reports the whole label. */
  protected labelOpen = -1;

  constructor(protected readonly tokens: Token[], protected readonly build: FlowBuilder) {}

  protected peek(offset = 0): Token {
    // i never passes the last token (END_OF_INPUT): only a look-ahead needs the clamp.
    return offset === 0 ? this.tokens[this.i]! : this.tokens[Math.min(this.i + offset, this.tokens.length - 1)]!;
  }

  protected next(): Token {
    const token = this.tokens[this.i]!;
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
    if ((this.peek().flags & ID) === 0) this.fail('a node id', context);
    const parts: Token[] = [];
    while ((this.peek().flags & ID) !== 0) parts.push(this.next());
    return parts;
  }

  /** text: (TEXT-like)+ | STR (TEXT-like)* | MD_STR (TEXT-like)* */
  protected text(context: string, tokens = TEXT): ParsedText {
    this.labelOpen = this.i - 1;
    const first = this.peek();
    let kind: ParsedText['kind'] = 'text';
    if (first.type === 'STR') kind = 'string';
    else if (first.type === 'MD_STR') kind = 'markdown';
    else if ((first.flags & tokens) === 0) this.fail('label text', `label:${context}`);
    let raw = this.next().text;
    let end = first.end;
    while ((this.peek().flags & tokens) !== 0) {
      const t = this.next();
      raw += t.text;
      end = t.end;
    }
    return { kind, raw, start: first.start, end };
  }

  protected alphaNum(context: string): string {
    if ((this.peek().flags & ALPHANUM) === 0) this.fail('a name', context);
    let text = '';
    while ((this.peek().flags & ALPHANUM) !== 0) text += this.next().text;
    return text;
  }

  protected stylesOpt(context: string): { styles: string[]; start: number } {
    const styles: string[] = [];
    const start = this.peek().start;
    for (;;) {
      if ((this.peek().flags & STYLE) === 0) this.fail('a style', context);
      let style = '';
      while ((this.peek().flags & STYLE) !== 0) style += this.next().text;
      styles.push(style);
      if (!this.is('COMMA')) return { styles, start };
      this.next();
    }
  }
}
