import { isJsSpace } from './encode.js';

/**
 * The xychart lexer as Mermaid 11.17.2's compiled jison lexer behaves (the bundle, not the
 * upstream .jison: they differ): rules are tried in grammar order and the first match wins, all
 * of them case-insensitive; a stack of start conditions decides which rules apply. The parser
 * never changes the lexer's state, so the whole text is tokenised up front, up to the first
 * character no rule accepts (a LEXERR token).
 *
 * Quirks kept on purpose:
 *  - `\s+` is tried after the newline rules but swallows a newline that follows blanks, so
 *    `x-axis 0 --> 1 ⏎` emits no NEWLINE and the axis state is not left;
 *  - "any character but `}`, then `%%`" is a comment that eats that character (even `]` or a newline);
 *  - numbers are NUMBER tokens only right after `x-axis`/`y-axis` and inside `line`/`bar` brackets,
 *    elsewhere digits are NUM (text) and `-`/`.` are text tokens;
 *  - `:` lexes as a token the grammar does not know, so it always fails;
 *  - the markdown-string rule was mangled by jison into a 144-character literal, kept verbatim.
 */
export const enum T {
  EOF_END, // $end
  XYCHART, ORIENTATION, TITLE, X_AXIS, Y_AXIS, LINE, BAR, ACC_TITLE, ACC_TITLE_VALUE, ACC_DESCR, ACC_DESCR_VALUE,
  ACC_DESCR_MULTILINE_VALUE, OPEN, CLOSE, COMMA, NUMBER, ARROW, STR,
  // text tokens (alphaNumToken)
  AMP, NUM, ALPHA, PLUS, EQUALS, MULT, DOT, BRKT, MINUS, UNDERSCORE,
  COLON, NEWLINE, SEMI, EOF,
  LEXERR,
}

export interface Token {
  type: T;
  start: number;
  end: number;
}

const enum S { INITIAL, AXIS_DATA, AXIS_BAND_DATA, DATA, DATA_INNER, STRING, ACC_TITLE, ACC_DESCR, ACC_DESCR_MULTILINE }

/** Rule 26: jison mangled the markdown-string rules into one literal (matched case-insensitively). */
const MANGLED_MD_RULE =
  '`)                                    { this.pushState(md_string); }\n<md_string>(?:(?!`").)+                  { return MD_STR; }\n<md_string>(?:`';

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWord = (c: number) => isAlpha(c) || isDigit(c) || c === 95;
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Case-insensitive (ASCII) literal at `at`. */
function literalAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) if (lower(text.charCodeAt(at + k)) !== lower(word.charCodeAt(k))) return false;
  return true;
}

/** `word\b` at `at` (word is lower-case and ends in a word character). */
function keywordAt(text: string, at: number, word: string): boolean {
  return literalAt(text, at, word) && !isWord(text.charCodeAt(at + word.length));
}

function lineEndFrom(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl;
}

/** `accTitle\s*:\s*` / `accDescr\s*:\s*` / `accDescr\s*{\s*`: end offset or -1. */
function accAt(text: string, at: number, word: string, punct: number): number {
  if (!literalAt(text, at, word)) return -1;
  let p = at + word.length;
  while (p < text.length && isJsSpace(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== punct) return -1;
  p++;
  while (p < text.length && isJsSpace(text.charCodeAt(p))) p++;
  return p;
}

/** `[+-]?(?:\d+(?:\.\d+)?|\.\d+)`: end offset or -1. */
function numberAt(text: string, at: number): number {
  let p = at;
  const c = text.charCodeAt(p);
  if (c === 43 || c === 45) p++;
  if (isDigit(text.charCodeAt(p))) {
    while (isDigit(text.charCodeAt(p))) p++;
    if (text.charCodeAt(p) === 46 && isDigit(text.charCodeAt(p + 1))) {
      p += 2;
      while (isDigit(text.charCodeAt(p))) p++;
    }
    return p;
  }
  if (text.charCodeAt(p) === 46 && isDigit(text.charCodeAt(p + 1))) {
    p += 2;
    while (isDigit(text.charCodeAt(p))) p++;
    return p;
  }
  return -1;
}

const SINGLE: Record<number, T> = { 58: T.COLON, 43: T.PLUS, 44: T.COMMA, 61: T.EQUALS, 42: T.MULT, 35: T.BRKT, 95: T.UNDERSCORE, 46: T.DOT, 38: T.AMP, 45: T.MINUS, 59: T.SEMI };

/** Tokens of the encoded text (entities replaced, newline appended), ending with EOF + $end or a LEXERR. */
export function lexXychart(text: string): Token[] {
  const tokens: Token[] = [];
  const stack: S[] = [S.INITIAL];
  const top = () => stack[stack.length - 1]!;
  const push = (s: S) => stack.push(s);
  const pop = () => {
    if (stack.length > 1) stack.pop();
  };
  const emit = (type: T, start: number, end: number) => tokens.push({ type, start, end });
  const n = text.length;
  let p = 0;
  for (;;) {
    const state = top();
    if (p >= n) {
      // At the end only empty-matching rules apply: `$` (EOF) in inclusive states, the
      // "rest of line" / "rest of string" rules in the exclusive ones; then jison reports $end.
      if (state === S.STRING) emit(T.STR, p, p);
      else if (state === S.ACC_TITLE) emit(T.ACC_TITLE_VALUE, p, p);
      else if (state === S.ACC_DESCR) emit(T.ACC_DESCR_VALUE, p, p);
      else if (state === S.ACC_DESCR_MULTILINE) emit(T.ACC_DESCR_MULTILINE_VALUE, p, p);
      else emit(T.EOF, p, p);
      emit(T.EOF_END, p, p);
      return tokens;
    }
    const c = text.charCodeAt(p);
    switch (state) {
      case S.STRING:
        if (c === 34) {
          pop();
          p++;
        } else {
          const q = text.indexOf('"', p);
          const end = q === -1 ? n : q;
          emit(T.STR, p, end);
          p = end;
        }
        continue;
      case S.ACC_TITLE:
      case S.ACC_DESCR: {
        const end = lineEndFrom(text, p);
        pop();
        emit(state === S.ACC_TITLE ? T.ACC_TITLE_VALUE : T.ACC_DESCR_VALUE, p, end);
        p = end;
        continue;
      }
      case S.ACC_DESCR_MULTILINE:
        if (c === 125) {
          pop();
          p++;
        } else {
          const q = text.indexOf('}', p);
          const end = q === -1 ? n : q;
          emit(T.ACC_DESCR_MULTILINE_VALUE, p, end);
          p = end;
        }
        continue;
      default:
        break;
    }
    // Inclusive states: the rules in grammar order.
    // 0, 1, 5: comments ("%%…", "x%%…" with x not '}', "%%{…").
    if (c === 37 && text.charCodeAt(p + 1) === 37) {
      p = lineEndFrom(text, p);
      continue;
    }
    if (c !== 125 && text.charCodeAt(p + 1) === 37 && text.charCodeAt(p + 2) === 37) {
      p = lineEndFrom(text, p + 1);
      continue;
    }
    // 2, 3, 4: newlines.
    if (c === 10 || c === 13) {
      if (state === S.AXIS_DATA || state === S.DATA) {
        const end = c === 13 && text.charCodeAt(p + 1) === 10 ? p + 2 : c === 10 ? p + 1 : -1;
        if (end !== -1) {
          pop();
          emit(T.NEWLINE, p, end);
          p = end;
          continue;
        }
      }
      let end = p;
      while (end < n && (text.charCodeAt(end) === 10 || text.charCodeAt(end) === 13)) end++;
      emit(T.NEWLINE, p, end);
      p = end;
      continue;
    }
    if (isAlpha(c)) {
      const l = lower(c);
      let end = -1;
      if (l === 116 && keywordAt(text, p, 'title')) {
        emit(T.TITLE, p, p + 5);
        p += 5;
        continue;
      }
      if (l === 97) {
        if ((end = accAt(text, p, 'acctitle', 58)) !== -1) {
          emit(T.ACC_TITLE, p, end);
          push(S.ACC_TITLE);
          p = end;
          continue;
        }
        if ((end = accAt(text, p, 'accdescr', 58)) !== -1) {
          emit(T.ACC_DESCR, p, end);
          push(S.ACC_DESCR);
          p = end;
          continue;
        }
        if ((end = accAt(text, p, 'accdescr', 123)) !== -1) {
          push(S.ACC_DESCR_MULTILINE);
          p = end;
          continue;
        }
      }
      if (l === 120 && (keywordAt(text, p, 'xychart-beta') || keywordAt(text, p, 'xychart'))) {
        end = keywordAt(text, p, 'xychart-beta') ? p + 12 : p + 7;
        emit(T.XYCHART, p, end);
        p = end;
        continue;
      }
      if ((l === 118 && literalAt(text, p, 'vertical')) || (l === 104 && literalAt(text, p, 'horizontal'))) {
        end = p + (l === 118 ? 8 : 10);
        emit(T.ORIENTATION, p, end);
        p = end;
        continue;
      }
      if ((l === 120 || l === 121) && keywordAt(text, p, l === 120 ? 'x-axis' : 'y-axis')) {
        emit(l === 120 ? T.X_AXIS : T.Y_AXIS, p, p + 6);
        push(S.AXIS_DATA);
        p += 6;
        continue;
      }
      if ((l === 108 && keywordAt(text, p, 'line')) || (l === 98 && keywordAt(text, p, 'bar'))) {
        end = p + (l === 108 ? 4 : 3);
        emit(l === 108 ? T.LINE : T.BAR, p, end);
        push(S.DATA);
        p = end;
        continue;
      }
      end = p + 1;
      while (end < n && isAlpha(text.charCodeAt(end))) end++;
      emit(T.ALPHA, p, end);
      p = end;
      continue;
    }
    if (c === 91) {
      // 19 / 23 / 30: '[' opens band data after an axis, data after line/bar, else a plain token.
      emit(T.OPEN, p, p + 1);
      if (state === S.AXIS_DATA) push(S.AXIS_BAND_DATA);
      else if (state === S.DATA) push(S.DATA_INNER);
      p++;
      continue;
    }
    if (state === S.AXIS_DATA && c === 45 && text.charCodeAt(p + 1) === 45 && text.charCodeAt(p + 2) === 62) {
      emit(T.ARROW, p, p + 3);
      p += 3;
      continue;
    }
    if (state === S.AXIS_DATA || state === S.DATA_INNER) {
      const end = numberAt(text, p);
      if (end !== -1) {
        emit(T.NUMBER, p, end);
        p = end;
        continue;
      }
    }
    if (c === 93) {
      // 25 / 31: ']' closes band or data brackets.
      if (state === S.AXIS_BAND_DATA || state === S.DATA_INNER) pop();
      emit(T.CLOSE, p, p + 1);
      p++;
      continue;
    }
    if (c === 96 && literalAt(text, p, MANGLED_MD_RULE)) {
      pop();
      p += MANGLED_MD_RULE.length;
      continue;
    }
    if (c === 34) {
      push(S.STRING);
      p++;
      continue;
    }
    const single = SINGLE[c];
    if (single !== undefined) {
      emit(single, p, p + 1);
      p++;
      continue;
    }
    if (isDigit(c)) {
      let end = p + 1;
      while (end < n && isDigit(text.charCodeAt(end))) end++;
      emit(T.NUM, p, end);
      p = end;
      continue;
    }
    if (isJsSpace(c)) {
      let end = p + 1;
      while (end < n && isJsSpace(text.charCodeAt(end))) end++;
      p = end;
      continue;
    }
    emit(T.LEXERR, p, p + 1);
    return tokens;
  }
}
