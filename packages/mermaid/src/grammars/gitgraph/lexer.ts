/**
 * The token stream @mermaid-js/parser 1.2.1 makes of a gitGraph diagram. Langium hands Chevrotain
 * the grammar's keywords first (longest first), then its terminals in grammar order; at each
 * offset the first token type that matches wins, except that a keyword gives way to REFERENCE
 * when REFERENCE matches a longer text there (Chevrotain's LONGER_ALT):
 *
 *   cherry-pick  gitGraph:  HIGHLIGHT  gitGraph*  checkout  REVERSE  parent:  commit  NORMAL
 *   branch  order:  switch  type:  merge  msg:  tag:  id:  LR  TB  BT  :
 *       (* only where `%%`, a JS blank or the end follows; the others are plain strings, so
 *        `id:` matches inside `id:x` and `commit` inside `commit.`)
 *   ACC_DESCR, ACC_TITLE, TITLE   blanks allowed before the word; TITLE matches a bare `title`
 *                                 (so `titlex` is TITLE + `x`, and ` title` ends a branch name)
 *   INT          0 | [1-9][0-9]* not before `.` (the run backs off a digit, as the regex does)
 *   STRING       "…" or '…' with backslash escapes; may span lines
 *   NEWLINE      \r?\n
 *   WHITESPACE   [\t ]+ skipped;  YAML, DIRECTIVE, SINGLE_LINE_COMMENT hidden
 *   REFERENCE    ASCII \w, then [-./\w]*, ending on [-\w]
 *
 * Any character none of these takes is a lexer error, and one lexer error makes Mermaid reject
 * the diagram: lexing stops there. Each scan costs time linear in what it consumes, plus
 * remembered forward searches for the block-like tokens.
 */

import { COLON, DOT, LangiumTerminals, PERCENT, isDigit, isJsSpace } from '../langium-terminals.js';

export const T = {
  CHERRY_PICK: 0, GITGRAPH_COLON: 1, HIGHLIGHT: 2, GITGRAPH: 3, CHECKOUT: 4, REVERSE: 5, PARENT: 6,
  COMMIT: 7, NORMAL: 8, BRANCH: 9, ORDER: 10, SWITCH: 11, TYPE: 12, MERGE: 13, MSG: 14, TAG: 15,
  ID: 16, LR: 17, TB: 18, BT: 19, COLON: 20,
  ACC_DESCR: 21, ACC_TITLE: 22, TITLE: 23, INT: 24, STRING: 25, NEWLINE: 26, REFERENCE: 27,
  EOF: 28,
  /** Not a token: where the lexer found nothing it knows. */
  LEXERR: 29,
} as const;
export type TokenType = (typeof T)[keyof typeof T];

/** Keyword spellings, in Chevrotain's order (index = token type). */
export const KEYWORDS = ['cherry-pick', 'gitGraph:', 'HIGHLIGHT', 'gitGraph', 'checkout', 'REVERSE', 'parent:', 'commit', 'NORMAL',
  'branch', 'order:', 'switch', 'type:', 'merge', 'msg:', 'tag:', 'id:', 'LR', 'TB', 'BT', ':'] as const;

const KEYWORD_FIRST = new Set(KEYWORDS.map((k) => k.charCodeAt(0)));

/** Offsets in the encoded text (what the parser saw). */
export interface Token {
  type: TokenType;
  start: number;
  end: number;
}

/** ASCII `\w` (the regexes have no `u` flag). */
const isWord = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

class Scanner extends LangiumTerminals {
  /** The first keyword matching at i: [type, end], or null. */
  keyword(i: number): [TokenType, number] | null {
    const c = this.at(i);
    if (!KEYWORD_FIRST.has(c)) return null;
    for (let k = 0; k < KEYWORDS.length; k++) {
      const word = KEYWORDS[k]!;
      if (!this.text.startsWith(word, i)) continue;
      const end = i + word.length;
      if (k === T.GITGRAPH) {
        const n = this.at(end);
        if (!(n === -1 || isJsSpace(n) || (n === PERCENT && this.at(end + 1) === PERCENT))) continue;
      }
      return [k as TokenType, end];
    }
    return null;
  }

  /** REFERENCE: a word character, then [-./\w]*, backed off to the last [-\w]. */
  reference(i: number): number {
    if (!isWord(this.at(i))) return -1;
    let end = i + 1;
    for (let j = i + 1; ; j++) {
      const c = this.at(j);
      if (isWord(c) || c === 45) end = j + 1;
      else if (c !== DOT && c !== 47) break;
    }
    return end;
  }

  /** INT: `0`, or `[1-9][0-9]*` not followed by `.` (backing off one digit when it is). */
  int(i: number): number {
    const c = this.at(i);
    if (c === 48) return i + 1;
    if (c < 49 || c > 57) return -1;
    let e = i + 1;
    while (isDigit(this.at(e))) e++;
    if (this.at(e) !== DOT) return e;
    return e - i >= 2 ? e - 1 : -1;
  }
}

/**
 * Tokens of `text` (the encoded diagram with its appended newline), hidden ones left out, ending
 * with EOF, or with LEXERR at the first offset no token type matches.
 */
export function lexGitGraph(text: string): Token[] {
  const s = new Scanner(text);
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let end: number;
    let type: TokenType | -1 = -1;
    const keyword = s.keyword(i);
    if (keyword) {
      [type, end] = keyword;
      const longer = s.reference(i);
      if (longer > end) {
        type = T.REFERENCE;
        end = longer;
      }
    } else if ((end = s.accDescr(i)) !== -1) type = T.ACC_DESCR;
    else if ((end = s.accTitle(i)) !== -1) type = T.ACC_TITLE;
    else if ((end = s.title(i)) !== -1) type = T.TITLE;
    else if ((end = s.int(i)) !== -1) type = T.INT;
    else if ((end = s.string(i)) !== -1) type = T.STRING;
    else if ((end = s.newline(i)) !== -1) type = T.NEWLINE;
    else if ((end = s.hidden(i)) !== -1) {
      // skipped: blanks, YAML, directive, comment
    }
    else if ((end = s.reference(i)) !== -1) type = T.REFERENCE;
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
