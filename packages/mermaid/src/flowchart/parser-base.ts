import type { Token } from './lexer.js';
import { ALPHANUM, ID, STYLE, TEXT } from './token-classes.js';
import { FLAGS, T, TYPE_NAMES, type TokenStream } from './tokens.js';

/**
 * The flowchart parser's shared parts: the failure it throws, what it hands the builder, and the
 * token-level helpers. The parser walks the token columns by index (tokens.ts) and cuts texts out
 * of the input only for what the builder keeps.
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
  /** The LINK token's text (with the spaces it swallowed). */
  linkText: string;
  /** The START_LINK token's text of a `-- text -->` link. */
  startText?: string;
  /** The LINK_ID token's text (`e1@`). */
  idText?: string;
  text?: ParsedText;
  start: number;
  end: number;
}

export interface VertexClass {
  name: string;
  start: number;
  end: number;
}

export interface VertexInfo {
  id: string;
  idStart: number;
  idEnd: number;
  shape: string | null;
  text: ParsedText | null;
  /** Classes from `:::name`; null when none (most vertices). */
  classes: VertexClass[] | null;
  /** props from `[|key:value|text]` */
  props?: Record<string, string>;
  start: number;
  end: number;
  /** Set by the builder once the vertex is in the AST (a vertex may be met again by a link). */
  registered: boolean;
}

export interface TokenText {
  text: string;
  start: number;
  end: number;
}

export interface FlowBuilder {
  /**
   * Whether the builder reads the texts that only an AST keeps (labels, styles, class names, arrow
   * texts): without it the parser leaves them '' and cuts out only ids, edge ids, subgraph ids,
   * linkStyle indices and shape data, which Mermaid's database checks read.
   */
  readonly keepsTexts: boolean;
  direction(dir: string | null): void;
  vertex(vertex: VertexInfo): unknown;
  shapeData(vertex: VertexInfo, data: string, start: number, end: number): void;
  link(from: VertexInfo[], to: VertexInfo[], link: LinkInfo): void;
  /** `names` as written (commas included), from `namesStart`. */
  classDef(names: string, namesStart: number, styles: string[], start: number, end: number, styleStart: number): void;
  classAssign(ids: string[], className: TokenText, start: number, end: number): void;
  style(id: TokenText, styles: string[], start: number, end: number, styleStart: number): void;
  linkStyle(positions: TokenText[] | 'default', interpolate: string | null, styles: string[] | null, start: number, end: number): void;
  click(nodeId: string, parts: { href?: TokenText; callback?: string; tooltip?: string; target?: string }, start: number, end: number): void;
  subgraphStart(header: { id: ParsedText | null; title: ParsedText | null; start: number; end: number }): void;
  /** `endStart`: offset of the `end` keyword. */
  subgraphEnd(endStart: number, bare: boolean): void;
  directionStatement(text: string): void;
  acc(kind: 'title' | 'descr', value: TokenText): void;
  /** A vertex statement begins; `first` is its first node group. */
  vertexStatement(first: VertexInfo[]): void;
}

const END_OF_INPUT = T.END_OF_INPUT;
const SPACE = T.SPACE;

export class ParserBase {
  protected i = 0;
  /** Where the label read last was opened: a failure inside a label reports the whole label. */
  protected labelOpen = -1;
  protected readonly types: Uint8Array;
  protected readonly starts: Int32Array;
  protected readonly ends: Int32Array;
  /** Index of the last token (END_OF_INPUT): i never passes it. */
  private readonly last: number;
  /** FlowBuilder.keepsTexts: '' stands for a text no one reads. */
  protected readonly keepTexts: boolean;

  constructor(protected readonly stream: TokenStream, protected readonly build: FlowBuilder) {
    this.types = stream.types;
    this.starts = stream.starts;
    this.ends = stream.ends;
    this.last = stream.count - 1;
    this.keepTexts = build.keepsTexts;
  }

  /** Type code of the token `offset` ahead (clamped to the last token). */
  protected peek(offset = 0): number {
    return offset === 0 ? this.types[this.i]! : this.types[Math.min(this.i + offset, this.last)]!;
  }

  protected flags(): number {
    return FLAGS[this.types[this.i]!]!;
  }

  /** Moves past the current token (never past END_OF_INPUT); returns its index. */
  protected next(): number {
    const i = this.i;
    if (this.types[i] !== END_OF_INPUT) this.i = i + 1;
    return i;
  }

  protected is(type: number): boolean {
    return this.types[this.i] === type;
  }

  protected text(index: number): string {
    return this.stream.text(index);
  }

  protected tokenText(index: number): TokenText {
    return { text: this.stream.text(index), start: this.starts[index]!, end: this.ends[index]! };
  }

  protected expect(type: number, context: string): number {
    if (this.types[this.i] !== type) this.fail(TYPE_NAMES[type]!, context);
    return this.next();
  }

  protected fail(expected: string, context: string): never {
    throw new ParseFailure(this.stream.token(this.i), expected, context, this.labelOpen);
  }

  protected separator(context: string): void {
    const t = this.types[this.i];
    if (t === T.NEWLINE || t === T.SEMI || t === T.EOF) this.next();
    else this.fail('a new line or ;', context);
  }

  protected spaces(): boolean {
    let any = false;
    while (this.types[this.i] === SPACE) {
      this.i++;
      any = true;
    }
    return any;
  }

  /** idString: one or more id-class tokens; returns the index of the first (the run ends at i). */
  protected idString(context: string): number {
    const from = this.i;
    if ((this.flags() & ID) === 0) this.fail('a node id', context);
    while ((this.flags() & ID) !== 0) this.i++;
    return from;
  }

  /** text: (TEXT-like)+ | STR (TEXT-like)* | MD_STR (TEXT-like)* */
  protected label(context: string, tokens = TEXT, keep = this.keepTexts): ParsedText {
    this.labelOpen = this.i - 1;
    const first = this.i;
    const type = this.types[first]!;
    let kind: ParsedText['kind'] = 'text';
    if (type === T.STR) kind = 'string';
    else if (type === T.MD_STR) kind = 'markdown';
    else if ((FLAGS[type]! & tokens) === 0) this.fail('label text', `label:${context}`);
    this.next();
    while ((this.flags() & tokens) !== 0) this.i++;
    return { kind, raw: keep ? this.stream.joined(first, this.i) : '', start: this.starts[first]!, end: this.ends[this.i - 1]! };
  }

  protected alphaNum(context: string): string {
    const from = this.i;
    if ((this.flags() & ALPHANUM) === 0) this.fail('a name', context);
    while ((this.flags() & ALPHANUM) !== 0) this.i++;
    return this.stream.joined(from, this.i);
  }

  protected stylesOpt(context: string): { styles: string[]; start: number } {
    const styles: string[] = [];
    const start = this.starts[this.i]!;
    for (;;) {
      const from = this.i;
      if ((this.flags() & STYLE) === 0) this.fail('a style', context);
      while ((this.flags() & STYLE) !== 0) this.i++;
      styles.push(this.keepTexts ? this.stream.joined(from, this.i) : '');
      if (!this.is(T.COMMA)) return { styles, start };
      this.next();
    }
  }
}
