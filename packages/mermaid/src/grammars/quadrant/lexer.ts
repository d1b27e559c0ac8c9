import { isJsSpace } from '../xychart/encode.js';

/**
 * The quadrantChart lexer as Mermaid 11.17.2's compiled jison lexer behaves: case-insensitive,
 * the first rule in grammar order wins, start conditions for titles, strings, `:::class` and the
 * `: [x, y]` point syntax. The parser never changes its state, so the text is tokenised up front,
 * up to the first character no rule accepts (LEXERR) or the end ($end).
 *
 * Quirks kept on purpose: keywords `x-axis`, `y-axis`, `quadrant-N`, `-->` and `quadrantChart`
 * carry the blanks around them and need no word boundary; `title` starts a rest-of-line title
 * wherever it appears; a blank is a token of its own (one per character); every run of non-ASCII
 * characters is one text token (so entity codes are fine in texts); a coordinate is `1` or `0`
 * followed by any one character and digits (`0.5`, `0,5`), read right after `[`.
 */
export const enum T {
  END, QUADRANT, NEWLINE, SEMI, EOF, SPACE,
  TITLE, TITLE_VALUE, ACC_TITLE, ACC_TITLE_VALUE, ACC_DESCR, ACC_DESCR_VALUE, ACC_DESCR_MULTILINE_VALUE,
  X_AXIS, Y_AXIS, ARROW, QUADRANT_1, QUADRANT_2, QUADRANT_3, QUADRANT_4, CLASSDEF,
  STR, MD_STR, CLASS_NAME, POINT_START, POINT_X, POINT_Y,
  ALPHA, UNICODE_TEXT, COLON, PLUS, COMMA, EQUALS, MULT, BRKT, UNDERSCORE, DOT, AMP, MINUS, NUM, PUNCTUATION,
  LEXERR,
}

export interface Token {
  type: T;
  start: number;
  end: number;
}

const enum S { INITIAL, TITLE, ACC_TITLE, ACC_DESCR, ACC_DESCR_MULTILINE, STRING, MD_STRING, CLASS_NAME, POINT_START, POINT_X, POINT_Y }

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWord = (c: number) => isAlpha(c) || isDigit(c) || c === 95;
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
/** What a regex `.` matches. */
const isDotChar = (c: number) => c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029 && !Number.isNaN(c);

function literalAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) if (lower(text.charCodeAt(at + k)) !== word.charCodeAt(k)) return false;
  return true;
}

function skipSpaces(text: string, at: number): number {
  while (text.charCodeAt(at) === 32) at++;
  return at;
}

function skipBlanks(text: string, at: number): number {
  while (at < text.length && isJsSpace(text.charCodeAt(at))) at++;
  return at;
}

/** ` *word *`: end offset or -1. */
function spacedWordAt(text: string, at: number, word: string): number {
  const p = skipSpaces(text, at);
  return literalAt(text, p, word) ? skipSpaces(text, p + word.length) : -1;
}

/** ` *--+> *`: end offset or -1. */
function arrowAt(text: string, at: number): number {
  let p = skipSpaces(text, at);
  if (text.charCodeAt(p) !== 45 || text.charCodeAt(p + 1) !== 45) return -1;
  p += 2;
  while (text.charCodeAt(p) === 45) p++;
  return text.charCodeAt(p) === 62 ? skipSpaces(text, p + 1) : -1;
}

/** `accTitle\s*:\s*`-like openers: end offset or -1. */
function accAt(text: string, at: number, word: string, punct: number): number {
  if (!literalAt(text, at, word)) return -1;
  const p = skipBlanks(text, at + word.length);
  return text.charCodeAt(p) === punct ? skipBlanks(text, p + 1) : -1;
}

/** `(1)|(0(.\d+)?)`: end offset or -1. */
function coordinateAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 49) return at + 1;
  if (c !== 48) return -1;
  if (isDotChar(text.charCodeAt(at + 1)) && isDigit(text.charCodeAt(at + 2))) {
    let p = at + 3;
    while (isDigit(text.charCodeAt(p))) p++;
    return p;
  }
  return at + 1;
}

const SINGLE: Record<number, T> = { 58: T.COLON, 43: T.PLUS, 44: T.COMMA, 61: T.EQUALS, 42: T.MULT, 35: T.BRKT, 95: T.UNDERSCORE, 46: T.DOT, 38: T.AMP, 45: T.MINUS, 59: T.SEMI };
/** `[!"#$%&'*+,-.\`?\\_/]` minus what earlier rules take: ! $ % ' ` ? \ / */
const PUNCTUATION = new Set([33, 36, 37, 39, 96, 63, 92, 47]);

export function lexQuadrant(text: string): Token[] {
  const tokens: Token[] = [];
  const stack: S[] = [S.INITIAL];
  const n = text.length;
  let p = 0;
  const emit = (type: T, start: number, end: number) => {
    tokens.push({ type, start, end });
    p = end;
  };
  const pop = () => {
    if (stack.length > 1) stack.pop();
  };
  const restOfLine = (from: number) => {
    const nl = text.indexOf('\n', from);
    return nl === -1 ? n : nl;
  };
  for (;;) {
    const state = stack[stack.length - 1]!;
    if (p >= n) {
      // Rules that match the empty string; other exclusive states have none and jison reports $end.
      if (state === S.INITIAL) emit(T.EOF, p, p);
      else if (state === S.TITLE) emit(T.TITLE_VALUE, p, p);
      else if (state === S.ACC_TITLE) emit(T.ACC_TITLE_VALUE, p, p);
      else if (state === S.ACC_DESCR) emit(T.ACC_DESCR_VALUE, p, p);
      else if (state === S.ACC_DESCR_MULTILINE) emit(T.ACC_DESCR_MULTILINE_VALUE, p, p);
      else if (state === S.STRING) emit(T.STR, p, p);
      emit(T.END, p, p);
      return tokens;
    }
    const c = text.charCodeAt(p);
    let end = -1;
    switch (state) {
      case S.TITLE:
      case S.ACC_TITLE:
      case S.ACC_DESCR:
        pop();
        emit(state === S.TITLE ? T.TITLE_VALUE : state === S.ACC_TITLE ? T.ACC_TITLE_VALUE : T.ACC_DESCR_VALUE, p, restOfLine(p));
        continue;
      case S.ACC_DESCR_MULTILINE:
        if (c === 125) {
          pop();
          p++;
        } else {
          const q = text.indexOf('}', p);
          emit(T.ACC_DESCR_MULTILINE_VALUE, p, q === -1 ? n : q);
        }
        continue;
      case S.STRING:
        if (c === 34) {
          pop();
          p++;
        } else {
          const q = text.indexOf('"', p);
          emit(T.STR, p, q === -1 ? n : q);
        }
        continue;
      case S.MD_STRING:
        if (c === 96 && text.charCodeAt(p + 1) === 34) {
          pop();
          p += 2;
          continue;
        }
        end = p;
        while (end < n && text.charCodeAt(end) !== 96 && text.charCodeAt(end) !== 34) end++;
        if (end === p) return lexError(tokens, p);
        emit(T.MD_STR, p, end);
        continue;
      case S.CLASS_NAME:
        end = p;
        while (end < n && isWord(text.charCodeAt(end))) end++;
        if (end === p) return lexError(tokens, p);
        pop();
        emit(T.CLASS_NAME, p, end);
        continue;
      case S.POINT_START:
        if ((end = coordinateAt(text, p)) !== -1) {
          stack.push(S.POINT_X);
          emit(T.POINT_X, p, end);
          continue;
        }
        end = skipBlanks(text, p);
        if (text.charCodeAt(end) !== 93) return lexError(tokens, p);
        pop();
        p = skipSpaces(text, end + 1);
        continue;
      case S.POINT_X:
        end = skipBlanks(text, p);
        if (text.charCodeAt(end) !== 44) return lexError(tokens, p);
        pop();
        stack.push(S.POINT_Y);
        p = skipBlanks(text, end + 1);
        continue;
      case S.POINT_Y:
        if ((end = coordinateAt(text, p)) === -1) return lexError(tokens, p);
        pop();
        emit(T.POINT_Y, p, end);
        continue;
      default:
        break;
    }
    // INITIAL, rules in grammar order.
    if (c === 37 && text.charCodeAt(p + 1) === 37) {
      p = restOfLine(p);
      continue;
    }
    if (c !== 125 && text.charCodeAt(p + 1) === 37 && text.charCodeAt(p + 2) === 37) {
      p = restOfLine(p + 1);
      continue;
    }
    if (c === 10 || c === 13) {
      end = p;
      while (end < n && (text.charCodeAt(end) === 10 || text.charCodeAt(end) === 13)) end++;
      emit(T.NEWLINE, p, end);
      continue;
    }
    const l = lower(c);
    if (l === 116 && literalAt(text, p, 'title') && !isWord(text.charCodeAt(p + 5))) {
      stack.push(S.TITLE);
      emit(T.TITLE, p, p + 5);
      continue;
    }
    if (l === 97) {
      if ((end = accAt(text, p, 'acctitle', 58)) !== -1) {
        stack.push(S.ACC_TITLE);
        emit(T.ACC_TITLE, p, end);
        continue;
      }
      if ((end = accAt(text, p, 'accdescr', 58)) !== -1) {
        stack.push(S.ACC_DESCR);
        emit(T.ACC_DESCR, p, end);
        continue;
      }
      if ((end = accAt(text, p, 'accdescr', 123)) !== -1) {
        stack.push(S.ACC_DESCR_MULTILINE);
        p = end;
        continue;
      }
    }
    if (c === 32 || l === 120 || l === 121 || l === 45 || l === 113) {
      if ((end = spacedWordAt(text, p, 'x-axis')) !== -1) { emit(T.X_AXIS, p, end); continue; }
      if ((end = spacedWordAt(text, p, 'y-axis')) !== -1) { emit(T.Y_AXIS, p, end); continue; }
      if ((end = arrowAt(text, p)) !== -1) { emit(T.ARROW, p, end); continue; }
      if ((end = spacedWordAt(text, p, 'quadrant-1')) !== -1) { emit(T.QUADRANT_1, p, end); continue; }
      if ((end = spacedWordAt(text, p, 'quadrant-2')) !== -1) { emit(T.QUADRANT_2, p, end); continue; }
      if ((end = spacedWordAt(text, p, 'quadrant-3')) !== -1) { emit(T.QUADRANT_3, p, end); continue; }
      if ((end = spacedWordAt(text, p, 'quadrant-4')) !== -1) { emit(T.QUADRANT_4, p, end); continue; }
    }
    if (l === 99 && literalAt(text, p, 'classdef') && !isWord(text.charCodeAt(p + 8))) {
      emit(T.CLASSDEF, p, p + 8);
      continue;
    }
    if (c === 34) {
      if (text.charCodeAt(p + 1) === 96) stack.push(S.MD_STRING);
      else stack.push(S.STRING);
      p += text.charCodeAt(p + 1) === 96 ? 2 : 1;
      continue;
    }
    if (c === 58 && text.charCodeAt(p + 1) === 58 && text.charCodeAt(p + 2) === 58) {
      stack.push(S.CLASS_NAME);
      p += 3;
      continue;
    }
    if (c === 58 || isJsSpace(c)) {
      // `\s*:\s*\[\s*`
      end = skipBlanks(text, p);
      if (text.charCodeAt(end) === 58) {
        end = skipBlanks(text, end + 1);
        if (text.charCodeAt(end) === 91) {
          stack.push(S.POINT_START);
          emit(T.POINT_START, p, skipBlanks(text, end + 1));
          continue;
        }
      }
    }
    if (c === 32 || l === 113) {
      if ((end = spacedWordAt(text, p, 'quadrantchart')) !== -1) { emit(T.QUADRANT, p, end); continue; }
    }
    if (isAlpha(c)) {
      end = p + 1;
      while (end < n && isAlpha(text.charCodeAt(end))) end++;
      emit(T.ALPHA, p, end);
      continue;
    }
    if (c > 0x7f) {
      end = p + 1;
      while (end < n && text.charCodeAt(end) > 0x7f) end++;
      emit(T.UNICODE_TEXT, p, end);
      continue;
    }
    const single = SINGLE[c];
    if (single !== undefined) {
      emit(single, p, p + 1);
      continue;
    }
    if (isDigit(c)) {
      end = p + 1;
      while (end < n && isDigit(text.charCodeAt(end))) end++;
      emit(T.NUM, p, end);
      continue;
    }
    if (isJsSpace(c)) {
      emit(T.SPACE, p, p + 1);
      continue;
    }
    if (PUNCTUATION.has(c)) {
      emit(T.PUNCTUATION, p, p + 1);
      continue;
    }
    return lexError(tokens, p);
  }
}

function lexError(tokens: Token[], at: number): Token[] {
  tokens.push({ type: T.LEXERR, start: at, end: at + 1 });
  return tokens;
}
