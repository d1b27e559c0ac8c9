/**
 * A jison lexer run the way Mermaid 11.17.2's generated lexers run (erDiagram, mindmap): the
 * same first-match semantics as gantt/jison-lexer.ts (rules of the active start condition tried
 * in order, the first match wins, empty matches allowed, one last round of rules once the input
 * is used up, then the end marker forever), plus rules that are hand-written scanners instead of
 * regexes. Those exist because some of Mermaid's patterns (`.*direction\s+TB[^\n]*`,
 * `([^\s]*)[~].*[~]([^\s]*)`) rescan the rest of the line at every token: a scanner with a
 * per-line cache gives the same match in linear time overall.
 */
export { isJsSpace } from '../../chars.js';

export type LexAction = { begin: string } | { pop: true } | null;

/** End offset of a match at `pos`, or -1. */
export type MatchFn = (text: string, pos: number) => number;

/** Token name that stands for "the matched character itself" (jison's `return yytext[0]`). */
export const OWN_CHAR = '\u0000char';

export interface LexRule {
  /**
   * Token name, OWN_CHAR, or null for text that yields nothing; or, for a scanner that stands for
   * several consecutive rules of the same start condition, a function reading which one matched.
   */
  token: string | null | ((shared: Map<string, unknown>) => string);
  action?: LexAction;
  /** Can the rule match starting with char code c (-1 at the end)? A superset is fine. */
  first: (c: number) => boolean;
  /** A stateless matcher, or `scanner` below. */
  match?: MatchFn;
  /**
   * A matcher with caches, made fresh for every text; `shared` is one map per text for scanners
   * that work out several rules at once.
   */
  scanner?: (shared: Map<string, unknown>) => MatchFn;
}

export interface LexToken {
  /** Token name, the character for OWN_CHAR rules, '$end' at the end, 'LEXERR' when no rule matches. */
  type: string;
  start: number;
  end: number;
}

/** A rule from a jison pattern (written without `^`), compiled sticky and case-insensitive. */
export function pattern(source: string, token: string | null, first: (c: number) => boolean, action?: LexAction): LexRule {
  const re = new RegExp(`(?:${source})`, 'yi');
  const prefix = literalPrefix(source);
  // Most keyword rules fail on their second character: comparing it first spares the regex.
  const second = prefix.length > 1 ? prefix.charCodeAt(1) : -1;
  const match: MatchFn = second < 0
    ? (text, pos) => {
      re.lastIndex = pos;
      return re.test(text) ? re.lastIndex : -1;
    }
    : (text, pos) => {
      const c = text.charCodeAt(pos + 1);
      if (c !== second && (c | 0x20) !== second) return -1;
      re.lastIndex = pos;
      return re.test(text) ? re.lastIndex : -1;
    };
  return { token, action: action ?? null, first, match };
}

/**
 * The literal characters every match of `source` starts with, lower-cased (the rules are
 * case-insensitive; only letters fold): escapes like `\|` count as their character, the scan
 * stops at the first class, group, assertion or escape sequence, and a character made optional
 * by a following `*`, `?` or `{` is left out. A top-level `|` anywhere means no prefix.
 */
export function literalPrefix(source: string): string {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') i++;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === '|' && depth === 0) return '';
  }
  let prefix = '';
  for (let i = 0; i < source.length; i++) {
    let ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (!/[|{}().\-+*?[\]\\/]/.test(next)) break;
      ch = next;
      i++;
    } else if ('[(?*+{^$.'.includes(ch)) break;
    const after = source[i + 1];
    if (after === '*' || after === '?' || after === '{') break;
    prefix += /[A-Z]/.test(ch) ? ch.toLowerCase() : ch;
  }
  return prefix;
}

export class RuleLexer {
  /** Per condition: candidate rules by char code (index c + 1, 0 = end of input). */
  private readonly candidates = new Map<string, (number[] | undefined)[]>();

  constructor(readonly rules: LexRule[], private readonly conditions: Record<string, number[]>) {
    for (const name of Object.keys(conditions)) this.candidates.set(name, []);
  }

  candidatesFor(condition: string, c: number): number[] | undefined {
    const table = this.candidates.get(condition);
    if (!table) return undefined;
    const slot = c < 0 ? 0 : c + 1;
    let list = table[slot];
    if (!list) {
      list = this.conditions[condition]!.filter((i) => this.rules[i]!.first(c));
      table[slot] = list;
    }
    return list;
  }

  start(text: string): LexerRun {
    return new LexerRun(this, text);
  }
}

export class LexerRun {
  pos = 0;
  private done = false;
  private readonly stack: string[] = ['INITIAL'];
  private readonly scanners: (MatchFn | undefined)[] = [];
  private readonly shared = new Map<string, unknown>();

  constructor(private readonly lexer: RuleLexer, readonly text: string) {}

  get condition(): string {
    return this.stack[this.stack.length - 1]!;
  }

  /** The next token, as jison's `lex()` hands it to the parser. */
  next(): LexToken {
    const { text } = this;
    const rules = this.lexer.rules;
    for (;;) {
      if (this.done) return { type: '$end', start: text.length, end: text.length };
      if (this.pos >= text.length) this.done = true;
      const c = this.pos < text.length ? text.charCodeAt(this.pos) : -1;
      const list = this.lexer.candidatesFor(this.condition, c);
      if (!list) return { type: 'LEXERR', start: this.pos, end: Math.min(text.length, this.pos + 1) };
      let matched = -1;
      let end = -1;
      for (let k = 0; k < list.length; k++) {
        const index = list[k]!;
        const rule = rules[index]!;
        let match = rule.match;
        if (!match) {
          match = this.scanners[index];
          if (!match) match = this.scanners[index] = rule.scanner!(this.shared);
        }
        end = match(text, this.pos);
        if (end >= 0) {
          matched = index;
          break;
        }
      }
      if (matched < 0) {
        if (this.pos >= text.length) return { type: '$end', start: text.length, end: text.length };
        return { type: 'LEXERR', start: this.pos, end: this.pos + 1 };
      }
      const rule = rules[matched]!;
      const start = this.pos;
      this.pos = end;
      const action = rule.action;
      if (action) {
        if ('begin' in action) this.stack.push(action.begin);
        else if (this.stack.length > 1) this.stack.pop(); // jison never pops the last condition
      }
      const token = rule.token;
      if (token === null) continue;
      if (typeof token === 'function') return { type: token(this.shared), start, end };
      return { type: token === OWN_CHAR ? text[start]! : token, start, end };
    }
  }
}

// ------------------------------------------------------------ first-character predicates

const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Starts with this ASCII character, in either case. */
export const startsWith = (ch: string) => {
  const code = lower(ch.charCodeAt(0));
  return (c: number) => lower(c) === code;
};
export const is = (...chars: string[]) => {
  const codes = chars.map((ch) => ch.charCodeAt(0));
  return (c: number) => codes.includes(c);
};
export const anyChar = (c: number) => c >= 0;
export const anyOrEnd = () => true;
export const atEnd = (c: number) => c === -1;

/** Characters a regex `.` does not match. */
export const isLineTerminator = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** What a regex `.` matches. */
export const dotChar = (c: number) => c >= 0 && !isLineTerminator(c);

/** End of the `.`-line holding pos (the first line terminator at or after it, or the end). */
export function dotLineEnd(text: string, pos: number): number {
  let end = pos;
  while (end < text.length && !isLineTerminator(text.charCodeAt(end))) end++;
  return end;
}
