import type { Token, TokenType } from './lexer-rules.js';
import { flagsOf } from './token-classes.js';

/**
 * The flowchart lexer's output as columns: per token a type code, a start and an end, in typed
 * arrays. A token object (and its text copied out of the input) per token was most of what a
 * parse allocated; the parser reads types and offsets, and cuts a text out only where it keeps one.
 */

export const TYPE_NAMES: readonly TokenType[] = [
  'ACC_TITLE', 'ACC_TITLE_VALUE', 'ACC_DESCR', 'ACC_DESCR_VALUE', 'ACC_DESCR_MULTILINE_VALUE',
  'SHAPE_DATA', 'MD_STR', 'STR', 'STYLE', 'DEFAULT', 'LINKSTYLE', 'INTERPOLATE', 'CLASSDEF',
  'CLASS', 'HREF', 'CLICK', 'CALLBACKNAME', 'CALLBACKARGS', 'GRAPH', 'SUBGRAPH', 'END',
  'LINK_TARGET', 'NODIR', 'DIR', 'DIRECTION', 'LINK_ID', 'NUM', 'BRKT', 'STYLE_SEPARATOR',
  'COLON', 'AMP', 'SEMI', 'COMMA', 'MULT', 'LINK', 'START_LINK', 'EDGE_TEXT',
  'ELLIPSE_START', 'ELLIPSE_END', 'TEXT', 'STADIUMSTART', 'STADIUMEND', 'SUBROUTINESTART',
  'SUBROUTINEEND', 'VERTEX_WITH_PROPS_START', 'TAGEND', 'TAGSTART', 'CYLINDERSTART', 'CYLINDEREND',
  'DOUBLECIRCLESTART', 'DOUBLECIRCLEEND', 'TRAPSTART', 'TRAPEND', 'INVTRAPSTART', 'INVTRAPEND',
  'UP', 'SEP', 'DOWN', 'NODE_STRING', 'MINUS', 'UNICODE_TEXT', 'PIPE', 'PS', 'PE', 'SQS',
  'SQE', 'DIAMOND_START', 'DIAMOND_STOP', 'QUOTE', 'NEWLINE', 'SPACE', 'EOF', 'END_OF_INPUT',
];

/** Type name → code. */
export const T = Object.fromEntries(TYPE_NAMES.map((name, code) => [name, code])) as Record<TokenType, number>;

/** Code → the grammar-class bits of token-classes.ts. */
export const FLAGS = Uint8Array.from(TYPE_NAMES, (name) => flagsOf(name));

/**
 * The columns of the last stream, reused by the next one: making three typed arrays per diagram
 * cost more than lexing a small one. So a stream is only valid until the next lex, which
 * parseFlowchart respects (it reads the stream, and copies out what a failure reports, before it returns).
 */
let spare: { types: Uint8Array; starts: Int32Array; ends: Int32Array } | null = null;

export class TokenStream {
  types: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  count = 0;
  /** Texts that differ from the input they cover (shape data rewritten by its lexer rules). */
  private overrides: Map<number, string> | null = null;

  constructor(readonly input: string) {
    const capacity = (input.length >> 2) + 16;
    if (spare !== null && spare.types.length >= capacity) {
      this.types = spare.types;
      this.starts = spare.starts;
      this.ends = spare.ends;
    } else {
      this.types = new Uint8Array(capacity);
      this.starts = new Int32Array(capacity);
      this.ends = new Int32Array(capacity);
      spare = this;
    }
  }

  push(type: number, start: number, end: number): number {
    let n = this.count;
    if (n === this.types.length) this.grow();
    this.types[n] = type;
    this.starts[n] = start;
    this.ends[n] = end;
    this.count = n + 1;
    return n;
  }

  private grow(): void {
    const size = this.types.length * 2;
    const types = new Uint8Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    types.set(this.types);
    starts.set(this.starts);
    ends.set(this.ends);
    this.types = types;
    this.starts = starts;
    this.ends = ends;
    spare = this;
  }

  setText(index: number, text: string): void {
    (this.overrides ??= new Map()).set(index, text);
  }

  text(index: number): string {
    if (this.overrides !== null) {
      const text = this.overrides.get(index);
      if (text !== undefined) return text;
    }
    return this.input.slice(this.starts[index]!, this.ends[index]!);
  }

  /**
   * The texts of tokens [from, to) joined: one cut of the input when they lie side by side (as
   * nearly always), piece by piece when a rule without a token (an empty "") lies between them.
   */
  joined(from: number, to: number): string {
    if (to - from === 1) return this.text(from);
    if (to <= from) return '';
    let contiguous = this.overrides === null;
    for (let k = from + 1; k < to && contiguous; k++) if (this.ends[k - 1] !== this.starts[k]) contiguous = false;
    if (contiguous) return this.input.slice(this.starts[from]!, this.ends[to - 1]!);
    let text = '';
    for (let k = from; k < to; k++) text += this.text(k);
    return text;
  }

  /** Token `index` as an object (for error reports and the diagnosis, which read a few). */
  token(index: number): Token {
    const type = this.types[index]!;
    return { type: TYPE_NAMES[type]!, text: this.text(index), start: this.starts[index]!, end: this.ends[index]!, flags: FLAGS[type]! };
  }

  /** Every token as an object (the diagnosis of a failed parse reads the stream around it). */
  tokens(): Token[] {
    const out: Token[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.token(i));
    return out;
  }
}
