/**
 * The token stream @mermaid-js/parser 1.2.1 (Langium over a Chevrotain lexer) makes of a pie
 * diagram, as Mermaid 11.17.2 runs it. Chevrotain tries the token types in a fixed order at each
 * offset and the first that matches wins (no longest match); the order of the pie grammar is:
 *
 *   showData, pie            keywords, each ending where a blank, the end or `%%` follows
 *   :                        literal
 *   NUMBER_PIE               -?digits.digits or -?integer without leading zeros, never before a `.`
 *   ACC_DESCR, ACC_TITLE, TITLE   blanks allowed before the word; text runs to `%%` or the line end
 *   STRING                   "…" or '…' with backslash escapes; may span lines
 *   NEWLINE                  \r?\n
 *   WHITESPACE               [\t ]+, skipped
 *   YAML, DIRECTIVE, COMMENT hidden: a `---` block, `%%{…}%%`, `%%` to the line end
 *
 * Whatever none of these matches is a lexer error, and any lexer error makes Mermaid reject the
 * diagram; lexing stops at the first one (its offset is what the error reports). Every scan is
 * done by hand so each token costs time linear in its own length (plus one forward search for the
 * block-like hidden tokens).
 */

export const T = {
  SHOW_DATA: 0,
  PIE: 1,
  COLON: 2,
  NUMBER: 3,
  ACC_DESCR: 4,
  ACC_TITLE: 5,
  TITLE: 6,
  STRING: 7,
  NEWLINE: 8,
  EOF: 9,
  /** Not a token: where the lexer found nothing it knows. */
  LEXERR: 10,
} as const;
export type TokenType = (typeof T)[keyof typeof T];

/** Offsets in the encoded text (what the parser saw). */
export interface Token {
  type: TokenType;
  start: number;
  end: number;
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const PERCENT = 37;
const QUOTE = 34;
const APOSTROPHE = 39;
const BACKSLASH = 92;
const MINUS = 45;
const DOT = 46;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

const isBlank = (c: number) => c === SPACE || c === TAB;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Characters a regex `.` does not match (they end a backslash escape). */
const isLineTerminator = (c: number) => c === LF || c === CR || c === 0x2028 || c === 0x2029;

/** JavaScript's `\s`: what `(?!\S)` lets follow a keyword. */
function isJsSpace(c: number): boolean {
  return c === SPACE || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The first position at or after `from` that `find` accepts, remembered: the accepted positions do
 * not depend on where a search starts, so a later search from inside the last one's range reuses
 * its answer, and repeated failing attempts (say, many unclosed `accDescr {`) stay linear.
 */
class ForwardSearch {
  private from = -1;
  private found = -1;

  constructor(private readonly find: (from: number) => number) {}

  get(from: number): number {
    if (this.from !== -1 && this.from <= from && (this.found === -1 || this.found >= from)) return this.found;
    this.from = from;
    this.found = this.find(from);
    return this.found;
  }
}

class Scanner {
  private readonly closeBrace = new ForwardSearch((from) => this.text.indexOf('}', from));
  /** A line break followed by `---` and then a line break, a blank or the end. */
  private readonly yamlClose = new ForwardSearch((from) => {
    for (let nl = this.text.indexOf('\n', from); nl !== -1; nl = this.text.indexOf('\n', nl + 1)) {
      if (this.text.startsWith('---', nl + 1) && this.blockEnd(nl + 4) !== -1) return nl;
    }
    return -1;
  });
  /** `}%%` followed by a line break, a blank or the end. */
  private readonly directiveClose = new ForwardSearch((from) => {
    for (let close = this.text.indexOf('}%%', from); close !== -1; close = this.text.indexOf('}%%', close + 1)) {
      if (this.blockEnd(close + 3) !== -1) return close;
    }
    return -1;
  });

  constructor(readonly text: string) {}

  at(i: number): number {
    return i < this.text.length ? this.text.charCodeAt(i) : -1;
  }

  /** A keyword ends at the text's end, before a JS blank, or before `%%`. */
  private keywordEnd(i: number): boolean {
    const c = this.at(i);
    return c === -1 || isJsSpace(c) || (c === PERCENT && this.at(i + 1) === PERCENT);
  }

  keyword(i: number, word: string): number {
    return this.text.startsWith(word, i) && this.keywordEnd(i + word.length) ? i + word.length : -1;
  }

  /** End of the current line: the first \n or \r at or after i. */
  lineEnd(i: number): number {
    const t = this.text;
    let e = i;
    while (e < t.length) {
      const c = t.charCodeAt(e);
      if (c === LF || c === CR) break;
      e++;
    }
    return e;
  }

  /** Text up to the first `%%` on the line, else up to the line end (the common grammar's lazy `(?=%%)` form). */
  restOfLine(i: number): number {
    const t = this.text;
    let e = i;
    while (e < t.length) {
      const c = t.charCodeAt(e);
      if (c === LF || c === CR || (c === PERCENT && t.charCodeAt(e + 1) === PERCENT)) break;
      e++;
    }
    return e;
  }

  private digitsEnd(i: number): number {
    while (isDigit(this.at(i))) i++;
    return i;
  }

  /**
   * NUMBER_PIE: first `-?[0-9]+\.[0-9]+(?!\.)`, then `-?(0|[1-9][0-9]*)(?!\.)`. A run of digits
   * followed by `.` backs off one digit (the lookahead then sees a digit), as the regex does.
   */
  number(i: number): number {
    const digits = this.at(i) === MINUS ? i + 1 : i;
    const intEnd = this.digitsEnd(digits);
    if (intEnd === digits) return -1;
    if (this.at(intEnd) === DOT && isDigit(this.at(intEnd + 1))) {
      const fracEnd = this.digitsEnd(intEnd + 1);
      if (this.at(fracEnd) !== DOT) return fracEnd;
      if (fracEnd - (intEnd + 1) >= 2) return fracEnd - 1;
    }
    if (this.at(digits) === 48) return this.at(digits + 1) === DOT ? -1 : digits + 1;
    if (this.at(intEnd) !== DOT) return intEnd;
    return intEnd - digits >= 2 ? intEnd - 1 : -1;
  }

  private skipBlanks(i: number): number {
    while (isBlank(this.at(i))) i++;
    return i;
  }

  /** `[\t ]*accDescr` then `[\t ]*:` and the rest of the line, or `\s*{` … the first `}`. */
  accDescr(i: number): number {
    const word = this.skipBlanks(i);
    if (!this.text.startsWith('accDescr', word)) return -1;
    const after = word + 8;
    const colon = this.skipBlanks(after);
    if (this.at(colon) === COLON) return this.restOfLine(colon + 1);
    let brace = after;
    while (isJsSpace(this.at(brace))) brace++;
    if (this.at(brace) !== OPEN_BRACE) return -1;
    const close = this.closeBrace.get(brace + 1);
    return close === -1 ? -1 : close + 1;
  }

  accTitle(i: number): number {
    const word = this.skipBlanks(i);
    if (!this.text.startsWith('accTitle', word)) return -1;
    const colon = this.skipBlanks(word + 8);
    return this.at(colon) === COLON ? this.restOfLine(colon + 1) : -1;
  }

  /** `title` alone, or `title` + one blank + text to `%%` or the line end. */
  title(i: number): number {
    const word = this.skipBlanks(i);
    if (!this.text.startsWith('title', word)) return -1;
    const after = word + 5;
    return isBlank(this.at(after)) ? this.restOfLine(after + 1) : after;
  }

  /** A quoted string; a backslash escapes any character but a line terminator. */
  string(i: number): number {
    const quote = this.at(i);
    if (quote !== QUOTE && quote !== APOSTROPHE) return -1;
    const t = this.text;
    let j = i + 1;
    while (j < t.length) {
      const c = t.charCodeAt(j);
      if (c === quote) return j + 1;
      if (c === BACKSLASH) {
        if (j + 1 >= t.length || isLineTerminator(t.charCodeAt(j + 1))) return -1;
        j += 2;
      } else j++;
    }
    return -1;
  }

  /** What may follow a closing `---` or `}%%`: a line break (consumed) or no non-blank (not consumed). */
  blockEnd(i: number): number {
    const c = this.at(i);
    if (c === LF) return i + 1;
    if (c === CR && this.at(i + 1) === LF) return i + 2;
    return c === -1 || isJsSpace(c) ? i : -1;
  }

  /**
   * YAML: `---`, blanks, a line break, then (preferably) everything up to the first line break
   * followed by a closing `---`; failing that, a `---` right after the opening line.
   */
  yaml(i: number): number {
    if (!this.text.startsWith('---', i)) return -1;
    let j = this.skipBlanks(i + 3);
    if (this.at(j) === CR) j++;
    if (this.at(j) !== LF) return -1;
    const body = j + 1;
    const nl = this.yamlClose.get(body);
    if (nl !== -1) return this.blockEnd(nl + 4);
    return this.text.startsWith('---', body) ? this.blockEnd(body + 3) : -1;
  }

  /** `%%{` up to the first `}%%` that a line break, a blank or the end follows. */
  directive(i: number): number {
    if (!this.text.startsWith('%%{', i)) return -1;
    const close = this.directiveClose.get(i + 3);
    return close === -1 ? -1 : this.blockEnd(close + 3);
  }
}

/**
 * Tokens of `text` (the encoded diagram with its appended newline), hidden ones left out, ending
 * with EOF, or with LEXERR at the first offset where no token type matches.
 */
export function lexPie(text: string): Token[] {
  const s = new Scanner(text);
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let end: number;
    let type: TokenType | -1 = -1;
    if ((end = s.keyword(i, 'showData')) !== -1) type = T.SHOW_DATA;
    else if ((end = s.keyword(i, 'pie')) !== -1) type = T.PIE;
    else if (c === COLON) {
      end = i + 1;
      type = T.COLON;
    } else if ((end = s.number(i)) !== -1) type = T.NUMBER;
    else if ((end = s.accDescr(i)) !== -1) type = T.ACC_DESCR;
    else if ((end = s.accTitle(i)) !== -1) type = T.ACC_TITLE;
    else if ((end = s.title(i)) !== -1) type = T.TITLE;
    else if ((end = s.string(i)) !== -1) type = T.STRING;
    else if (c === LF || (c === CR && s.at(i + 1) === LF)) {
      end = c === LF ? i + 1 : i + 2;
      type = T.NEWLINE;
    } else if (isBlank(c)) {
      end = i + 1;
      while (isBlank(s.at(end))) end++;
    } else if ((end = s.yaml(i)) !== -1 || (end = s.directive(i)) !== -1) {
      // hidden
    } else if (c === PERCENT && s.at(i + 1) === PERCENT) end = s.lineEnd(i);
    else {
      tokens.push({ type: T.LEXERR, start: i, end: i + 1 });
      return tokens;
    }
    if (type !== -1) tokens.push({ type, start: i, end });
    i = end;
  }
  tokens.push({ type: T.EOF, start: n, end: n });
  return tokens;
}
