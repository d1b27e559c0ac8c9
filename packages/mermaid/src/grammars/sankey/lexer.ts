import { isJsSpace } from '../xychart/encode.js';

/**
 * The sankey lexer as Mermaid 11.17.2's compiled jison lexer behaves: case-insensitive, first
 * matching rule wins, start conditions INITIAL → csv (after the header) → escaped_text (inside
 * quotes). It is pulled one token at a time, like jison's: two of its rules can match the empty
 * string (an unquoted field at a character it does not accept, such as a tab or any non-ASCII
 * character; a quoted field's text at such a character), and then the next call would return the
 * same empty token again, so the parser must fail before asking twice.
 */
export const enum T { END, SANKEY, NEWLINE, COMMA, DQUOTE, NON_ESCAPED, ESCAPED, EOF }

export interface Token {
  type: T;
  start: number;
  end: number;
}

const enum S { INITIAL, CSV, ESCAPED }

/** `[\x20-\x21\x23-\x2B\x2D-\x7E]`: printable ASCII except `"` and `,`. */
const isFieldChar = (c: number) => c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x2c;
const isWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

function keywordAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return !isWord(text.charCodeAt(at + word.length));
}

export class SankeyLexer {
  private p = 0;
  private done = false;
  private readonly stack: S[] = [S.INITIAL];
  constructor(private readonly text: string) {}

  next(): Token {
    const { text } = this;
    const p = this.p;
    if (this.done) return { type: T.END, start: p, end: p };
    if (p >= text.length) this.done = true;
    const state = this.stack[this.stack.length - 1]!;
    const c = text.charCodeAt(p);
    const token = (type: T, end: number): Token => {
      this.p = end;
      return { type, start: p, end };
    };
    if (state === S.INITIAL) {
      if (keywordAt(text, p, 'sankey-beta')) {
        this.stack.push(S.CSV);
        return token(T.SANKEY, p + 11);
      }
      if (keywordAt(text, p, 'sankey')) {
        this.stack.push(S.CSV);
        return token(T.SANKEY, p + 6);
      }
    }
    if (state !== S.ESCAPED) {
      if (p >= text.length) return token(T.EOF, p);
      if (c === 10) return token(T.NEWLINE, p + 1);
      if (c === 13 && text.charCodeAt(p + 1) === 10) return token(T.NEWLINE, p + 2);
      if (c === 44) return token(T.COMMA, p + 1);
      if (c === 34) {
        this.stack.push(S.ESCAPED);
        return token(T.DQUOTE, p + 1);
      }
      let end = p;
      while (end < text.length && isFieldChar(text.charCodeAt(end))) end++;
      return token(T.NON_ESCAPED, end);
    }
    // Inside quotes (INITIAL would also try these, but only after the field rule, which always matches).
    if (c === 34 && text.charCodeAt(p + 1) !== 34) {
      if (this.stack.length > 1) this.stack.pop();
      return token(T.DQUOTE, p + 1);
    }
    let end = p;
    for (;;) {
      const d = text.charCodeAt(end);
      if (end >= text.length) break;
      if (isFieldChar(d) || d === 44 || d === 10 || d === 13) end++;
      else if (d === 34 && text.charCodeAt(end + 1) === 34) end += 2;
      else break;
    }
    return token(T.ESCAPED, end);
  }
}

/**
 * What the sankey parser wrapper does before jison sees the text (sankeyUtils'
 * prepareTextForParsing): blanks at the very start and end go, every run of line breaks becomes
 * one "\n" (lines holding only blanks stay), then the whole text is trimmed. Returns the text and,
 * for each of its characters, the offset it came from in `input`.
 */
export function prepareSankeyText(input: string): { text: string; source: Int32Array } {
  let first = 0;
  let last = input.length;
  while (first < last && isJsSpace(input.charCodeAt(first))) first++;
  while (last > first && isJsSpace(input.charCodeAt(last - 1))) last--;
  const source = new Int32Array(last - first + 1);
  const parts: string[] = [];
  let length = 0;
  let from = first;
  for (let i = first; i < last; i++) {
    const c = input.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    // Keep the first break of a run, drop the rest (the trimmed ends hold no break).
    let j = i + 1;
    while (j < last && (input.charCodeAt(j) === 10 || input.charCodeAt(j) === 13)) j++;
    for (let k = from; k < i; k++) source[length++] = k;
    source[length++] = i;
    parts.push(input.slice(from, i), '\n');
    from = j;
    i = j - 1;
  }
  for (let k = from; k < last; k++) source[length++] = k;
  parts.push(input.slice(from, last));
  source[length] = last < input.length ? last : input.length;
  return { text: parts.join(''), source: source.subarray(0, length + 1) };
}
