/**
 * A jison lexer run the way Mermaid 11.17.2's generated lexers run (gantt, timeline):
 *  - the rules of the active start condition are tried in their order and the FIRST that matches
 *    wins (no longest match: none of these grammars sets `%options flex`);
 *  - a rule may match the empty string (e.g. `[^\n]*` right before a newline or at the end);
 *  - once the input is used up the lexer is "done": that call still tries the rules (so an
 *    empty-matching rule or `$` yields a last token), every later call yields the end marker;
 *  - a rule without a token (comments, blanks) is skipped and lexing goes on.
 * The patterns are written against a sticky position instead of jison's sliced input, which is
 * the same language because no pattern looks behind its start. To keep tens of µs per diagram,
 * each start condition only tries the rules whose first character can be the current one
 * (worked out once per character code and kept).
 */
export { isJsSpace } from '../../chars.js';

/** What a matching rule does besides yielding its token. */
export type LexAction = { begin: string } | { pop: true } | { popThenBegin: string } | null;

export interface LexRule {
  /** The pattern, without `^` (compiled sticky, case-insensitive when the grammar says so). */
  pattern: string;
  /** Token name, or null for a rule that yields nothing (skipped text). */
  token: string | null;
  action?: LexAction;
  /**
   * Can the rule match starting with char code c (-1: at the end of the input)? A superset is
   * fine (the regex decides); missing a character would be a bug.
   */
  first: (c: number) => boolean;
}

export interface LexerSpec {
  rules: LexRule[];
  /** Start condition → rule indices, in order. Conditions not listed here crash jison's lexer. */
  conditions: Record<string, number[]>;
  caseInsensitive: boolean;
}

export interface LexToken {
  /** Token name; '$end' once the input is used up; 'LEXERR' when no rule matches. */
  type: string;
  start: number;
  end: number;
}

interface CompiledRule {
  re: RegExp;
  token: string | null;
  action: LexAction;
  first: (c: number) => boolean;
}

export class CompiledLexer {
  readonly rules: CompiledRule[];
  private readonly conditions: Record<string, number[]>;
  /** Per condition: candidate rules by char code (index 0 = end of input, c + 1 otherwise). */
  private readonly candidates: Record<string, Map<number, number[]>> = {};

  constructor(spec: LexerSpec) {
    const flags = spec.caseInsensitive ? 'yi' : 'y';
    this.rules = spec.rules.map((r) => ({ re: new RegExp(`(?:${r.pattern})`, flags), token: r.token, action: r.action ?? null, first: r.first }));
    this.conditions = spec.conditions;
    for (const name of Object.keys(spec.conditions)) this.candidates[name] = new Map();
  }

  candidatesFor(condition: string, c: number): number[] | undefined {
    const table = this.candidates[condition];
    if (!table) return undefined;
    let list = table.get(c);
    if (!list) {
      list = this.conditions[condition]!.filter((i) => this.rules[i]!.first(c));
      table.set(c, list);
    }
    return list;
  }

  start(text: string): JisonLexer {
    return new JisonLexer(this, text);
  }
}

export class JisonLexer {
  private pos = 0;
  private done = false;
  private readonly stack: string[] = ['INITIAL'];

  constructor(private readonly lexer: CompiledLexer, readonly text: string) {}

  /** The active start condition (jison's top of the condition stack). */
  get condition(): string {
    return this.stack[this.stack.length - 1]!;
  }

  /** The next token, exactly as jison's `lex()` would hand it to the parser. */
  next(): LexToken {
    const { text } = this;
    for (;;) {
      if (this.done) return { type: '$end', start: text.length, end: text.length };
      if (this.pos >= text.length) this.done = true;
      const c = this.pos < text.length ? text.charCodeAt(this.pos) : -1;
      const list = this.lexer.candidatesFor(this.condition, c);
      // A start condition the lexer has no rules for: jison's lexer crashes on its next call.
      if (!list) return { type: 'LEXERR', start: this.pos, end: Math.min(text.length, this.pos + 1) };
      let matched = -1;
      let length = 0;
      for (const index of list) {
        const rule = this.lexer.rules[index]!;
        rule.re.lastIndex = this.pos;
        const m = rule.re.exec(text);
        if (m) {
          matched = index;
          length = m[0].length;
          break;
        }
      }
      if (matched < 0) {
        if (this.pos >= text.length) return { type: '$end', start: text.length, end: text.length };
        return { type: 'LEXERR', start: this.pos, end: this.pos + 1 };
      }
      const rule = this.lexer.rules[matched]!;
      const start = this.pos;
      this.pos += length;
      const action = rule.action;
      if (action) {
        if ('begin' in action) this.stack.push(action.begin);
        else if ('pop' in action) this.pop();
        else {
          this.pop();
          this.stack.push(action.popThenBegin);
        }
      }
      if (rule.token !== null) return { type: rule.token, start, end: this.pos };
    }
  }

  /** jison's popState: never pops the last condition. */
  private pop(): void {
    if (this.stack.length > 1) this.stack.pop();
  }
}

// ------------------------------------------------------------ first-character predicates

const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Starts with this (ASCII) letter, in either case when the grammar is case-insensitive. */
export const startsWith = (ch: string) => {
  const code = lower(ch.charCodeAt(0));
  return (c: number) => lower(c) === code;
};
export const anyChar = (c: number) => c >= 0;
export const anyOrEnd = () => true;
export const atEnd = (c: number) => c === -1;
export const notNewline = (c: number) => c >= 0 && c !== 10;

/** What a regex `.` matches. */
export const dotChar = (c: number) => c >= 0 && c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029;
