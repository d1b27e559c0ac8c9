import { T, type Token } from './lexer.js';

/**
 * A recogniser for quadrantChart's LALR grammar (Mermaid 11.17.2 bundle). Every statement ends
 * with an eol (newline, `;` or the end); a line may be empty or start with blanks:
 *
 *   start     := (eol | SPACE)* QUADRANT (SPACE* statement? eol)*
 *   statement := title VALUE | accTitle VALUE | accDescr VALUE | accDescr{…}
 *              | (x-axis | y-axis) text ['-->' [text]] | quadrant-N text
 *              | classDef SPACE idToken+ SPACE styles
 *              | text [CLASS_NAME] POINT_START POINT_X POINT_Y [styles]
 *   text      := (STR | MD_STR | textToken) (textToken | SPACE | '-')*
 *   styles    := styleToken+ (',' styleToken+)*
 *
 * It stops at the first token no sentence can continue with (where the LR parser stops) and
 * hands each complete point / classDef to `onStyles` when its eol arrives (when Mermaid's
 * database validates the styles).
 */
export type Expectation = 'header' | 'statement' | 'text' | 'eol' | 'class-space' | 'class-name' | 'class-styles' | 'point' | 'point-x' | 'point-y' | 'style';

export interface ReadText {
  first: number;
  last: number;
  role: 'x-axis' | 'y-axis' | 'quadrant' | 'point';
}

export interface StyleList {
  /** Token index ranges [first, last] of each style (between commas). */
  styles: [number, number][];
  /** Token index of the eol that triggers the check. */
  eol: number;
}

export interface Collected {
  texts: ReadText[];
  /** Token indices of title / accTitle / accDescr values */
  title: number | null;
  accTitle: number | null;
  accDescr: number | null;
}

export class ParseFailure {
  constructor(readonly index: number, readonly expected: Expectation, readonly collected: Collected) {}
}

/** Thrown by onStyles: Mermaid's database rejects a style. */
export class StyleFailure {
  constructor(readonly first: number, readonly last: number, readonly message: string, readonly collected: Collected) {}
}

const TEXT_TOKENS = new Set<T>([T.PUNCTUATION, T.AMP, T.NUM, T.ALPHA, T.COMMA, T.PLUS, T.EQUALS, T.MULT, T.DOT, T.BRKT, T.UNDERSCORE, T.UNICODE_TEXT]);
const ID_TOKENS = new Set<T>([T.ALPHA, T.NUM, T.MINUS, T.COMMA, T.COLON, T.AMP, T.BRKT, T.MULT, T.UNICODE_TEXT]);
const STYLE_TOKENS = new Set<T>([T.ALPHA, T.NUM, T.COLON, T.SPACE, T.BRKT, T.MINUS]);
const isEol = (t: T) => t === T.NEWLINE || t === T.SEMI || t === T.EOF;

export function parseQuadrantTokens(tokens: Token[], onStyles: (list: StyleList, collected: Collected) => void): Collected {
  const out: Collected = { texts: [], title: null, accTitle: null, accDescr: null };
  let i = 0;
  const type = () => tokens[i]!.type;
  const fail = (expected: Expectation): never => {
    throw new ParseFailure(i, expected, out);
  };
  const expect = (t: T, expected: Expectation) => {
    if (type() !== t) fail(expected);
    i++;
  };
  const startsText = () => type() === T.STR || type() === T.MD_STR || TEXT_TOKENS.has(type());
  const text = (role: ReadText['role']) => {
    const first = i;
    if (!startsText()) fail('text');
    i++;
    while (TEXT_TOKENS.has(type()) || type() === T.SPACE || type() === T.MINUS) i++;
    out.texts.push({ first, last: i - 1, role });
  };
  const styles = (): [number, number][] => {
    const list: [number, number][] = [];
    for (;;) {
      const first = i;
      if (!STYLE_TOKENS.has(type())) fail('style');
      while (STYLE_TOKENS.has(type())) i++;
      list.push([first, i - 1]);
      if (type() !== T.COMMA) return list;
      i++;
    }
  };

  while (isEol(type()) || type() === T.SPACE) i++;
  expect(T.QUADRANT, 'header');
  for (;;) {
    if (type() === T.END) return out;
    while (type() === T.SPACE) i++;
    let list: [number, number][] | null = null;
    switch (type()) {
      case T.NEWLINE:
      case T.SEMI:
      case T.EOF:
        break;
      case T.TITLE:
        out.title = i + 1;
        i += 2; // the lexer always follows the keyword with its value
        break;
      case T.ACC_TITLE:
        out.accTitle = i + 1;
        i += 2;
        break;
      case T.ACC_DESCR:
        out.accDescr = i + 1;
        i += 2;
        break;
      case T.ACC_DESCR_MULTILINE_VALUE:
        out.accDescr = i;
        i++;
        break;
      case T.X_AXIS:
      case T.Y_AXIS: {
        const role = type() === T.X_AXIS ? 'x-axis' : 'y-axis';
        i++;
        text(role);
        if (type() === T.ARROW) {
          i++;
          if (startsText()) text(role);
        }
        break;
      }
      case T.QUADRANT_1:
      case T.QUADRANT_2:
      case T.QUADRANT_3:
      case T.QUADRANT_4:
        i++;
        text('quadrant');
        break;
      case T.CLASSDEF:
        i++;
        expect(T.SPACE, 'class-space');
        if (!ID_TOKENS.has(type())) fail('class-name');
        while (ID_TOKENS.has(type())) i++;
        expect(T.SPACE, 'class-styles');
        list = styles();
        break;
      default:
        if (!startsText()) fail('statement');
        text('point');
        if (type() === T.CLASS_NAME) i++;
        expect(T.POINT_START, 'point');
        expect(T.POINT_X, 'point-x');
        expect(T.POINT_Y, 'point-y');
        list = STYLE_TOKENS.has(type()) ? styles() : [];
        break;
    }
    if (!isEol(type())) fail('eol');
    if (list) onStyles({ styles: list, eol: i }, out);
    i++;
  }
}
