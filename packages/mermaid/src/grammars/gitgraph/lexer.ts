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

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const PERCENT = 37;
const QUOTE = 34;
const APOSTROPHE = 39;
const BACKSLASH = 92;
const DOT = 46;
const COLON = 58;
const OPEN_BRACE = 123;

const isBlank = (c: number) => c === SPACE || c === TAB;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** ASCII `\w` (the regexes have no `u` flag). */
const isWord = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** Characters a regex `.` does not match (they end a backslash escape). */
const isLineTerminator = (c: number) => c === LF || c === CR || c === 0x2028 || c === 0x2029;

/** JavaScript's `\s`. */
export function isJsSpace(c: number): boolean {
  return c === SPACE || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The first position at or after `from` that `accept` takes, remembered: accepted positions do
 * not depend on where a search starts, so a search from inside the last one's range reuses its
 * answer and repeated failing attempts (many unclosed `accDescr {`) stay linear.
 */
class ForwardSearch {
  private from = -1;
  private found = -1;
  constructor(private readonly next: (from: number) => number, private readonly accept: (at: number) => boolean) {}

  get(from: number): number {
    if (this.from !== -1 && from >= this.from && (this.found === -1 || from <= this.found)) return this.found;
    let at = this.next(from);
    while (at !== -1 && !this.accept(at)) at = this.next(at + 1);
    this.from = from;
    this.found = at;
    return at;
  }
}

class Scanner {
  private readonly closeBrace = new ForwardSearch((f) => this.text.indexOf('}', f), () => true);
  /** A line break followed by a closing `---` that may end a YAML block. */
  private readonly yamlClose = new ForwardSearch((f) => this.text.indexOf('\n---', f), (at) => this.blockEnd(at + 4) !== -1);
  private readonly directiveClose = new ForwardSearch((f) => this.text.indexOf('}%%', f), (at) => this.blockEnd(at + 3) !== -1);

  constructor(readonly text: string) {}

  at(i: number): number {
    return i < this.text.length ? this.text.charCodeAt(i) : -1;
  }

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

  skipBlanks(i: number): number {
    while (isBlank(this.at(i))) i++;
    return i;
  }

  /** End of the line: the first \n or \r at or after i. */
  lineEnd(i: number): number {
    while (i < this.text.length && !(this.text.charCodeAt(i) === LF || this.text.charCodeAt(i) === CR)) i++;
    return i;
  }

  /** Text up to the first `%%` on the line, else to the line end (the lazy `(?=%%)` form). */
  restOfLine(i: number): number {
    const t = this.text;
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (c === LF || c === CR || (c === PERCENT && t.charCodeAt(i + 1) === PERCENT)) break;
      i++;
    }
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
    for (let j = i + 1; j < t.length; ) {
      const c = t.charCodeAt(j);
      if (c === quote) return j + 1;
      if (c === BACKSLASH) {
        if (j + 1 >= t.length || isLineTerminator(t.charCodeAt(j + 1))) return -1;
        j += 2;
      } else j++;
    }
    return -1;
  }

  /** After a closing `---` or `}%%`: a line break (consumed) or no non-blank (not consumed). */
  blockEnd(i: number): number {
    const c = this.at(i);
    if (c === LF) return i + 1;
    if (c === CR && this.at(i + 1) === LF) return i + 2;
    return c === -1 || isJsSpace(c) ? i : -1;
  }

  /** YAML: `---`, blanks, a line break, then up to the first line break + closing `---`, else a `---` right after. */
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
    else if (c === LF || (c === CR && s.at(i + 1) === LF)) {
      end = c === LF ? i + 1 : i + 2;
      type = T.NEWLINE;
    } else if (isBlank(c)) {
      end = s.skipBlanks(i);
    } else if ((end = s.yaml(i)) !== -1 || (end = s.directive(i)) !== -1) {
      // hidden
    } else if (c === PERCENT && s.at(i + 1) === PERCENT) end = s.lineEnd(i);
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
