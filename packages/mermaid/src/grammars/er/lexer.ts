import {
  anyOrEnd, atEnd, dotChar, dotLineEnd, is, isJsSpace, OWN_CHAR, pattern, RuleLexer, startsWith,
  type LexRule, type MatchFn,
} from './jison.js';

/**
 * Mermaid 11.17.2's erDiagram lexer (erDiagram chunk), rule for rule in its order,
 * case-insensitive. Facts worth knowing, each checked against Mermaid:
 *  - a line holding `direction TB|BT|RL|LR` anywhere from the current token on is one direction
 *    token (tried before everything else, so `A ||--o{ B : "direction LR"` is a direction);
 *  - only blanks, tabs and CR are skipped outside blocks: a form feed or a no-break space is
 *    a character of a name or an error; a line break is a NEWLINE token;
 *  - words are tried as keywords first: `one`, `many`, `to`, `only one`, `zero or more`, …
 *    are cardinalities, `u` before `.`/`-`/`|` is one too, `style`, `class`, `classDef`,
 *    `subgraph` and `end` are statements; `1` before a blank and a letter is a cardinality;
 *  - `{` starts the attribute block, whose words may hold `[](),.*-` and non-ASCII, `` `…` ``
 *    quotes a word, `"…"` is a comment and every other character is a token of its own;
 *  - `style` and `classDef` switch to a mode where only words, `:`, `,`, `#` and `;` exist
 *    (a `.` or `(` there is a lexical error) until the line break.
 */

const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordChar = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const nonSpace = (c: number) => c >= 0 && !isJsSpace(c);
/** A rule whose pattern starts with one literal character (escaped or not). */
const kw = (source: string, token: string): LexRule => pattern(source, token, startsWith(source[0] === '\\' ? source[1]! : source[0]!));

const DIRECTIONS = ['tb', 'bt', 'rl', 'lr'] as const;
/** A case-insensitive regex without the u flag folds only ASCII letters onto ASCII letters. */
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (m) => m.toLowerCase());
const DIRECTION_WORD = /direction/gi;

/** Where `direction\s+XX` occurs last in one `.`-line, from the first position asked about. */
interface DirectionLine {
  from: number;
  end: number;
  /** Per direction: the token end for the last occurrence, or -1. */
  tokenEnd: number[];
  /** Per direction: where that last occurrence starts (a match needs it at or after pos). */
  at: number[];
}

/**
 * `.*direction\s+TB[^\n]*`, then the same for BT, RL and LR (rules 7 to 10, tried as one):
 * from pos, the greedy `.*` makes a match start at the LAST occurrence on the `.`-line whose
 * `\s+XX` follows (the blanks may cross line breaks), and `[^\n]*` runs to the line break after
 * XX; the first of the four rules that matches wins. Each line is looked at once.
 */
const directionToken = (shared: Map<string, unknown>) => `direction_${DIRECTIONS[(shared.get('direction') as { kind: number }).kind]}`;
function directionScanner() {
  return (shared: Map<string, unknown>): MatchFn => {
    const s = { line: { from: 0, end: 0, tokenEnd: [-1, -1, -1, -1], at: [-1, -1, -1, -1] } as DirectionLine, nextWord: -1, searchedFrom: -1, kind: -1 };
    shared.set('direction', s);
    return (text, pos) => {
      const line = s.line;
      if (pos < line.from || pos >= line.end) {
        // One object per text, refilled per line: this runs at every token start.
        line.from = pos;
        line.end = dotLineEnd(text, pos);
        line.tokenEnd.fill(-1);
        line.at.fill(-1);
        for (let q = nextWord(text, pos); q !== -1 && q < line.end; q = nextWord(text, q + 9)) {
          let p = q + 9;
          while (p < text.length && isJsSpace(text.charCodeAt(p))) p++;
          if (p === q + 9 || p + 2 > text.length) continue;
          const found = DIRECTIONS.indexOf(asciiLower(text.slice(p, p + 2)) as (typeof DIRECTIONS)[number]);
          if (found < 0) continue;
          const newline = text.indexOf('\n', p + 2);
          line.tokenEnd[found] = newline === -1 ? text.length : newline;
          line.at[found] = q;
        }
      }
      const { tokenEnd: ends, at } = line;
      s.kind = at[0]! >= pos ? 0 : at[1]! >= pos ? 1 : at[2]! >= pos ? 2 : at[3]! >= pos ? 3 : -1;
      return s.kind < 0 ? -1 : ends[s.kind]!;
    };
    /** The next `direction` at or after from, remembering the last search so no text is searched twice. */
    function nextWord(text: string, from: number): number {
      if (s.searchedFrom !== -1 && from >= s.searchedFrom && (s.nextWord === -1 || from <= s.nextWord)) return s.nextWord;
      DIRECTION_WORD.lastIndex = from;
      const m = DIRECTION_WORD.exec(text);
      s.searchedFrom = from;
      s.nextWord = m ? m.index : -1;
      return s.nextWord;
    }
  };
}

/**
 * `([^\s]*)[~].*[~]([^\s]*)` (a word with a generic type, `List~int~`): the first tilde is the
 * last one of the unbroken run from pos that has another tilde after it on the `.`-line, the
 * second is the line's last tilde, and the match ends where the run after it ends.
 */
function tildeScanner(): MatchFn {
  let lineFrom = -1;
  let lineEnd = -1;
  let lastTilde = -1;
  let tailEnd = -1;
  let runFrom = -1;
  let runEnd = -1;
  let runTilde = -1;
  return (text, pos) => {
    if (pos < lineFrom || pos >= lineEnd) {
      lineFrom = pos;
      lineEnd = dotLineEnd(text, pos);
      lastTilde = -1;
      for (let i = lineEnd - 1; i >= pos; i--) {
        if (text.charCodeAt(i) === 126) {
          lastTilde = i;
          break;
        }
      }
      tailEnd = lastTilde + 1;
      if (lastTilde >= 0) while (tailEnd < text.length && !isJsSpace(text.charCodeAt(tailEnd))) tailEnd++;
      runEnd = -1;
    }
    if (lastTilde < 0) return -1;
    if (pos < runFrom || pos >= runEnd) {
      runFrom = pos;
      runEnd = pos;
      while (runEnd < text.length && !isJsSpace(text.charCodeAt(runEnd))) runEnd++;
      runTilde = -1;
      for (let i = Math.min(runEnd, lastTilde) - 1; i >= pos; i--) {
        if (text.charCodeAt(i) === 126) {
          runTilde = i;
          break;
        }
      }
    }
    return runTilde >= pos ? tailEnd : -1;
  };
}

const UNUSED: LexRule = { token: null, first: () => false, match: () => -1 };

const RULES: LexRule[] = [
  /* 0 */ pattern('accTitle\\s*:\\s*', 'acc_title', startsWith('a'), { begin: 'acc_title' }),
  /* 1 */ pattern('[^\\n]*', 'acc_title_value', anyOrEnd, { pop: true }),
  /* 2 */ pattern('accDescr\\s*:\\s*', 'acc_descr', startsWith('a'), { begin: 'acc_descr' }),
  /* 3 */ pattern('[^\\n]*', 'acc_descr_value', anyOrEnd, { pop: true }),
  /* 4 */ pattern('accDescr\\s*\\{\\s*', null, startsWith('a'), { begin: 'acc_descr_multiline' }),
  /* 5 */ pattern('\\}', null, is('}'), { pop: true }),
  /* 6 */ pattern('[^\\}]*', 'acc_descr_multiline_value', anyOrEnd),
  /* 7 */ { token: directionToken, first: dotChar, scanner: directionScanner() },
  // 8 to 10 (BT, RL, LR) are tried by rule 7's scanner, in their order.
  /* 8 */ UNUSED,
  /* 9 */ UNUSED,
  /* 10 */ UNUSED,
  /* 11 */ pattern('[ \\t\\r]+', null, is(' ', '\t', '\r')),
  /* 12 */ pattern('\\n+', 'NEWLINE', is('\n')),
  /* 13 */ pattern('"[^"%\\r\\n\\v\\x08\\\\]+"', 'ENTITY_NAME', is('"')),
  /* 14 */ pattern('"[^"]*"', 'WORD', is('"')),
  /* 15 */ kw('erDiagram\\b', 'ER_DIAGRAM'),
  /* 16 */ pattern('\\{', 'BLOCK_START', is('{'), { begin: 'block' }),
  /* 17 */ pattern('#', 'BRKT', is('#')),
  /* 18 */ pattern('#', 'BRKT', is('#')),
  /* 19 */ pattern(',', 'COMMA', is(',')),
  /* 20 */ pattern(':::', 'STYLE_SEPARATOR', is(':')),
  /* 21 */ pattern(':', 'COLON', is(':')),
  /* 22 */ pattern('\\s+', null, isJsSpace),
  // Its leading \b sees the start of jison's sliced input: always a boundary before P, F, U.
  /* 23 */ pattern('(?:PK|FK|UK)\\b', 'ATTRIBUTE_KEY', (c) => startsWith('p')(c) || startsWith('f')(c) || startsWith('u')(c)),
  /* 24 */ { token: 'ATTRIBUTE_WORD', first: nonSpace, scanner: tildeScanner },
  /* 25 */ pattern('[*A-Za-z_\\u00C0-\\uFFFF][A-Za-z0-9\\-_\\[\\]().,\\u00C0-\\uFFFF*]*', 'ATTRIBUTE_WORD', (c) => c === 42 || isWordChar(c) || c >= 0x80),
  /* 26 */ pattern('`', null, is('`'), { begin: 'block_bq' }),
  /* 27 */ pattern('[^`]+', 'ATTRIBUTE_WORD', (c) => c >= 0 && c !== 96),
  /* 28 */ pattern('`', null, is('`'), { pop: true }),
  /* 29 */ pattern('"[^"]*"', 'COMMENT', is('"')),
  /* 30 */ pattern('\\n+', null, is('\n')),
  /* 31 */ pattern('\\}', 'BLOCK_STOP', is('}'), { pop: true }),
  /* 32 */ pattern('.', OWN_CHAR, dotChar),
  /* 33 */ pattern('\\[', 'SQS', is('[')),
  /* 34 */ pattern('\\]', 'SQE', is(']')),
  /* 35 */ pattern('style\\b', 'STYLE', startsWith('s'), { begin: 'style' }),
  /* 36 */ pattern('\\n+', 'NEWLINE', is('\n'), { pop: true }),
  /* 37 */ pattern('\\s+', null, isJsSpace),
  /* 38 */ pattern(':', 'COLON', is(':')),
  /* 39 */ pattern(',', 'COMMA', is(',')),
  /* 40 */ pattern('#', 'BRKT', is('#')),
  /* 41 */ pattern('classDef\\b', 'CLASSDEF', startsWith('c'), { begin: 'style' }),
  /* 42 */ kw('class\\b', 'CLASS'),
  /* 43 */ kw('subgraph\\b', 'SUBGRAPH'),
  /* 44 */ kw('end\\b\\s*', 'END'),
  /* 45 */ kw('one or zero\\b', 'ZERO_OR_ONE'),
  /* 46 */ kw('one or more\\b', 'ONE_OR_MORE'),
  /* 47 */ kw('one or many\\b', 'ONE_OR_MORE'),
  /* 48 */ kw('1\\+', 'ONE_OR_MORE'),
  /* 49 */ kw('\\|o\\b', 'ZERO_OR_ONE'),
  /* 50 */ kw('zero or one\\b', 'ZERO_OR_ONE'),
  /* 51 */ kw('zero or more\\b', 'ZERO_OR_MORE'),
  /* 52 */ kw('zero or many\\b', 'ZERO_OR_MORE'),
  /* 53 */ kw('0\\+', 'ZERO_OR_MORE'),
  /* 54 */ kw('\\}o\\b', 'ZERO_OR_MORE'),
  /* 55 */ kw('many\\(0\\)', 'ZERO_OR_MORE'),
  /* 56 */ kw('many\\(1\\)', 'ONE_OR_MORE'),
  /* 57 */ kw('many\\b', 'ZERO_OR_MORE'),
  /* 58 */ kw('\\}\\|', 'ONE_OR_MORE'),
  /* 59 */ kw('one\\b', 'ONLY_ONE'),
  /* 60 */ kw('only one\\b', 'ONLY_ONE'),
  /* 61 */ pattern('[0-9]+\\.[0-9]+', 'DECIMAL_NUM', isDigit),
  /* 62 */ kw('1(?=\\s+[A-Za-z_"\'])', 'ONLY_ONE'),
  /* 63 */ kw('1(?=\\s+[0-9])', 'ONLY_ONE'),
  /* 64 */ kw('1(?=--|\\.\\.|\\.-|-\\.)', 'ONLY_ONE'),
  /* 65 */ kw('1\\b', 'ENTITY_ONE'),
  /* 66 */ pattern('[0-9]+', 'NUM', isDigit),
  /* 67 */ kw('\\|\\|', 'ONLY_ONE'),
  /* 68 */ kw('o\\|', 'ZERO_OR_ONE'),
  /* 69 */ kw('o\\{', 'ZERO_OR_MORE'),
  /* 70 */ kw('\\|\\{', 'ONE_OR_MORE'),
  /* 71 */ kw('u(?=[.\\-|])', 'MD_PARENT'),
  /* 72 */ kw('\\.\\.', 'NON_IDENTIFYING'),
  /* 73 */ kw('--', 'IDENTIFYING'),
  /* 74 */ kw('to\\b', 'IDENTIFYING'),
  /* 75 */ kw('optionally to\\b', 'NON_IDENTIFYING'),
  /* 76 */ kw('\\.-', 'NON_IDENTIFYING'),
  /* 77 */ kw('-\\.', 'NON_IDENTIFYING'),
  // Mermaid's `([^\x00-\x7F]|\w|-|\*)+` as one class: the same words without a backtracking group per character.
  /* 78 */ pattern('[\\u0080-\\uFFFF\\w\\-*]+', 'STYLE_TEXT', (c) => c >= 0 && (c >= 0x80 || isWordChar(c) || c === 45 || c === 42)),
  /* 79 */ pattern(';', 'SEMI', is(';')),
  /* 80 */ pattern('[\\u0080-\\uFFFF\\w\\-*.]+', 'UNICODE_TEXT', (c) => c >= 0 && (c >= 0x80 || isWordChar(c) || c === 45 || c === 42 || c === 46)),
  /* 81 */ pattern('.', OWN_CHAR, dotChar),
  /* 82 */ pattern('$', 'EOF', atEnd),
];

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const erLexer = new RuleLexer(RULES, {
  INITIAL: [0, 2, 4, 7, ...range(11, 21), 33, 34, 35, ...range(41, 77), 80, 81, 82],
  acc_title: [1],
  acc_descr: [3],
  acc_descr_multiline: [5, 6],
  block: [22, 23, 24, 25, 26, 29, 30, 31, 32],
  block_bq: [27, 28],
  style: [36, 37, 38, 39, 40, 78, 79],
});

/** Tokens that are an entity name. */
export const ENTITY_NAME_TOKENS = new Set(['ENTITY_NAME', 'UNICODE_TEXT', 'NUM', 'DECIMAL_NUM', 'ENTITY_ONE']);
export const CARDINALITY_TOKENS = new Set(['ZERO_OR_ONE', 'ZERO_OR_MORE', 'ONE_OR_MORE', 'ONLY_ONE', 'MD_PARENT']);
export const REL_TYPE_TOKENS = new Set(['NON_IDENTIFYING', 'IDENTIFYING']);
