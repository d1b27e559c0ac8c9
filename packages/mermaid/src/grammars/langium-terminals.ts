/**
 * The terminals every Langium diagram of @mermaid-js/parser 1.2.1 shares (its common grammar), as
 * hand-written scans: blanks, line ends, accDescr/accTitle/title, quoted strings and the hidden
 * YAML, directive and comment blocks. Each grammar's lexer extends this with its own tokens.
 */
import { isJsSpace } from '../chars.js';
export { isJsSpace };

export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const SPACE = 32;
export const PERCENT = 37;
export const QUOTE = 34;
export const APOSTROPHE = 39;
export const BACKSLASH = 92;
export const DOT = 46;
export const COLON = 58;
export const OPEN_BRACE = 123;

export const isBlank = (c: number) => c === SPACE || c === TAB;
export const isDigit = (c: number) => c >= 48 && c <= 57;
/** Characters a regex `.` does not match (they end a backslash escape). */
export const isLineTerminator = (c: number) => c === LF || c === CR || c === 0x2028 || c === 0x2029;

/**
 * The first position at or after `from` that `accept` takes, remembered: accepted positions do
 * not depend on where a search starts, so a search from inside the last one's range reuses its
 * answer and repeated failing attempts (many unclosed `accDescr {`) stay linear.
 */
export class ForwardSearch {
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

export class LangiumTerminals {
  private readonly closeBrace = new ForwardSearch((f) => this.text.indexOf('}', f), () => true);
  /** A line break followed by a closing `---` that may end a YAML block. */
  private readonly yamlClose = new ForwardSearch((f) => this.text.indexOf('\n---', f), (at) => this.blockEnd(at + 4) !== -1);
  private readonly directiveClose = new ForwardSearch((f) => this.text.indexOf('}%%', f), (at) => this.blockEnd(at + 3) !== -1);

  constructor(readonly text: string) {}

  at(i: number): number {
    return i < this.text.length ? this.text.charCodeAt(i) : -1;
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

  /** NEWLINE: `\n` or `\r\n`; where it ends, or -1. */
  newline(i: number): number {
    const c = this.at(i);
    if (c === LF) return i + 1;
    return c === CR && this.at(i + 1) === LF ? i + 2 : -1;
  }

  /** The hidden terminals, in the common grammar's order (blanks, YAML, directive, `%%` comment): where one ends, or -1. */
  hidden(i: number): number {
    const c = this.at(i);
    if (isBlank(c)) return this.skipBlanks(i);
    let end = this.yaml(i);
    if (end === -1) end = this.directive(i);
    if (end === -1 && c === PERCENT && this.at(i + 1) === PERCENT) end = this.lineEnd(i);
    return end;
  }
}
