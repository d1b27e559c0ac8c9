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

import { COLON, DOT, LangiumTerminals, PERCENT, isDigit, isJsSpace } from '../langium-terminals.js';

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

const MINUS = 45;

class Scanner extends LangiumTerminals {
  /** A keyword ends at the text's end, before a JS blank, or before `%%`. */
  private keywordEnd(i: number): boolean {
    const c = this.at(i);
    return c === -1 || isJsSpace(c) || (c === PERCENT && this.at(i + 1) === PERCENT);
  }

  keyword(i: number, word: string): number {
    return this.text.startsWith(word, i) && this.keywordEnd(i + word.length) ? i + word.length : -1;
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
    else if ((end = s.newline(i)) !== -1) type = T.NEWLINE;
    else if ((end = s.hidden(i)) !== -1) {
      // skipped: blanks, YAML, directive, comment
    }
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
