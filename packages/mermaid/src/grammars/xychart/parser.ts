import { T, type Token } from './lexer.js';

/**
 * A recogniser for xychart's LALR grammar (Mermaid 11.17.2 bundle):
 *
 *   start     := (eol | XYCHART ORIENTATION?)* statement*      eol := NEWLINE | ';' | EOF
 *   statement := (title text | x-axis xAxis | y-axis yAxis | line plot | bar plot
 *                 | accTitle value | accDescr value | accDescr{…}) eol*
 *   xAxis     := text [band | range] | band | range             yAxis := text [range] | range
 *   band      := '[' text (',' text)* ']'                       range := NUMBER '-->' NUMBER
 *   plot      := text? '[' NUMBER STR? (',' NUMBER STR?)* ']'
 *   text      := STR | textToken+   (textToken: letters, digits, & + = * . # - _)
 *
 * Statements need no separator (`title a x-axis b` is two). An LR parser stops at the first token
 * that no sentence can continue with; so does this one, which is what makes the error position
 * Mermaid's. It reports what it expected there and collects the texts it read.
 */
export type Expectation =
  | 'statement' | 'text' | 'axis-data' | 'y-axis-data' | 'plot-data' | 'open-bracket' | 'band-text' | 'band-next'
  | 'number' | 'point-next' | 'arrow' | 'range-end';

export class ParseFailure {
  constructor(
    readonly index: number,
    readonly expected: Expectation,
    /** The statement keyword the failing part belongs to, if any. */
    readonly context: Token | null,
    /** What was read before the failure (texts of complete parts). */
    readonly collected: Collected,
  ) {}
}

export interface ReadText {
  /** Token index range [first, last] */
  first: number;
  last: number;
  role: 'title' | 'x-axis' | 'y-axis' | 'band' | 'line' | 'bar' | 'point';
}

export interface Collected {
  texts: ReadText[];
  acc: { kind: 'accTitle' | 'accDescr'; index: number }[];
  titles: number[];
}

const isTextToken = (t: T) => t >= T.AMP && t <= T.UNDERSCORE;
const isEol = (t: T) => t === T.NEWLINE || t === T.SEMI || t === T.EOF;

export function parseXychartTokens(tokens: Token[]): Collected {
  const out: Collected = { texts: [], acc: [], titles: [] };
  let i = 0;
  const type = () => tokens[i]!.type;
  const fail = (expected: Expectation, context: Token | null = null): never => {
    throw new ParseFailure(i, expected, context, out);
  };
  const text = (role: ReadText['role'], expected: Expectation): void => {
    const first = i;
    if (type() === T.STR) i++;
    else if (isTextToken(type())) while (isTextToken(type())) i++;
    else fail(expected);
    out.texts.push({ first, last: i - 1, role });
  };
  const startsText = () => type() === T.STR || isTextToken(type());
  const range = (opener: Token): void => {
    i++; // NUMBER
    if (type() !== T.ARROW) fail('arrow', opener);
    i++;
    if (type() !== T.NUMBER) fail('range-end', opener);
    i++;
  };
  const band = (opener: Token): void => {
    i++; // '['
    for (;;) {
      text('band', 'band-text');
      if (type() === T.CLOSE) break;
      if (type() !== T.COMMA) fail('band-next', opener);
      i++;
    }
    i++;
  };
  const plot = (opener: Token): void => {
    if (type() !== T.OPEN) fail('open-bracket', opener);
    i++;
    for (;;) {
      if (type() !== T.NUMBER) fail('number', opener);
      i++;
      if (type() === T.STR) {
        out.texts.push({ first: i, last: i, role: 'point' });
        i++;
      }
      if (type() === T.CLOSE) break;
      if (type() !== T.COMMA) fail('point-next', opener);
      i++;
    }
    i++;
  };

  // The header part: newlines, separators and `xychart [orientation]` in any order.
  for (;;) {
    if (isEol(type())) i++;
    else if (type() === T.XYCHART) {
      i++;
      if (type() === T.ORIENTATION) i++;
    } else break;
  }
  for (;;) {
    const token = tokens[i]!;
    switch (token.type) {
      case T.EOF_END:
        return out;
      case T.TITLE:
        i++;
        out.titles.push(out.texts.length);
        text('title', 'text');
        break;
      case T.X_AXIS:
        i++;
        if (startsText()) {
          text('x-axis', 'axis-data');
          if (type() === T.OPEN) band(token);
          else if (type() === T.NUMBER) range(token);
        } else if (type() === T.OPEN) band(token);
        else if (type() === T.NUMBER) range(token);
        else fail('axis-data', token);
        break;
      case T.Y_AXIS:
        i++;
        if (startsText()) {
          text('y-axis', 'y-axis-data');
          if (type() === T.NUMBER) range(token);
        } else if (type() === T.NUMBER) range(token);
        else fail('y-axis-data', token);
        break;
      case T.LINE:
      case T.BAR:
        i++;
        if (startsText()) text(token.type === T.LINE ? 'line' : 'bar', 'plot-data');
        else if (type() !== T.OPEN) fail('plot-data', token);
        plot(token);
        break;
      case T.ACC_TITLE:
      case T.ACC_DESCR:
        // The lexer always follows these with their value.
        i++;
        out.acc.push({ kind: token.type === T.ACC_TITLE ? 'accTitle' : 'accDescr', index: i });
        i++;
        break;
      case T.ACC_DESCR_MULTILINE_VALUE:
        out.acc.push({ kind: 'accDescr', index: i });
        i++;
        break;
      default:
        fail('statement');
    }
    while (isEol(type())) i++;
  }
}
