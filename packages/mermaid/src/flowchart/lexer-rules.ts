import {
  completeDottedLink, completeLink, digits, directionStatement, dottedLinkStart, edgeId, endKeyword, invisibleLink, keywordThen, LINE, linkStart,
  literalOf, newlines, noDirection, nodeString, oneCharExcept, oneSpace, runBefore, runOutside, scannerFor, spaceThen, type Scan,
} from './scanners.js';
import { buildDispatch, WHITESPACE, type Dispatch } from './dispatch.js';
import { T, type TokenStream } from './tokens.js';

export type { Dispatch } from './dispatch.js';

/**
 * The flowchart lexer, behaving as Mermaid 11.17.2's: a stack of start conditions, and in each
 * condition the rules are tried in a fixed order and the FIRST that matches wins (not the
 * longest). Rules are written here as Mermaid's regexes plus what they do to the state stack;
 * each is matched by a scanner (scanners.ts) that ends where the regex would.
 */

export type TokenType =
  | 'ACC_TITLE' | 'ACC_TITLE_VALUE' | 'ACC_DESCR' | 'ACC_DESCR_VALUE' | 'ACC_DESCR_MULTILINE_VALUE'
  | 'SHAPE_DATA' | 'MD_STR' | 'STR' | 'STYLE' | 'DEFAULT' | 'LINKSTYLE' | 'INTERPOLATE' | 'CLASSDEF'
  | 'CLASS' | 'HREF' | 'CLICK' | 'CALLBACKNAME' | 'CALLBACKARGS' | 'GRAPH' | 'SUBGRAPH' | 'END'
  | 'LINK_TARGET' | 'NODIR' | 'DIR' | 'DIRECTION' | 'LINK_ID' | 'NUM' | 'BRKT' | 'STYLE_SEPARATOR'
  | 'COLON' | 'AMP' | 'SEMI' | 'COMMA' | 'MULT' | 'LINK' | 'START_LINK' | 'EDGE_TEXT'
  | 'ELLIPSE_START' | 'ELLIPSE_END' | 'TEXT' | 'STADIUMSTART' | 'STADIUMEND' | 'SUBROUTINESTART'
  | 'SUBROUTINEEND' | 'VERTEX_WITH_PROPS_START' | 'TAGEND' | 'TAGSTART' | 'CYLINDERSTART' | 'CYLINDEREND'
  | 'DOUBLECIRCLESTART' | 'DOUBLECIRCLEEND' | 'TRAPSTART' | 'TRAPEND' | 'INVTRAPSTART' | 'INVTRAPEND'
  | 'UP' | 'SEP' | 'DOWN' | 'NODE_STRING' | 'MINUS' | 'UNICODE_TEXT' | 'PIPE' | 'PS' | 'PE' | 'SQS'
  | 'SQE' | 'DIAMOND_START' | 'DIAMOND_STOP' | 'QUOTE' | 'NEWLINE' | 'SPACE' | 'EOF'
  /** The real end of input (jison's $end), distinct from the grammar's EOF token. */
  | 'END_OF_INPUT';

export interface Token {
  type: TokenType;
  text: string;
  start: number;
  end: number;
  /** The grammar classes the type belongs to (token-classes.ts), for the parser's membership tests. */
  flags: number;
}

export type State =
  | 'INITIAL' | 'string' | 'md_string' | 'acc_title' | 'acc_descr' | 'acc_descr_multiline' | 'dir' | 'text'
  | 'ellipseText' | 'trapText' | 'edgeText' | 'thickEdgeText' | 'dottedEdgeText' | 'click' | 'callbackname'
  | 'callbackargs' | 'shapeData' | 'shapeDataStr';

/** What may follow the leading white space of a link token: [xo<]? then -, = or . (or ~~~). */
export const LINK_CHARS = 'xo<-=.~';

export interface Lexer {
  /** The start conditions, innermost last (their tables, so a state change needs no lookup by name). */
  stack: StateTable[];
  firstGraph: boolean;
}

/** What a rule does: the token it emits (if any) and its effect on the state stack. */
export interface Rule {
  re: RegExp;
  scan: Scan;
  token?: TokenType;
  push?: State;
  pop?: boolean;
  /** pop then push (jison's popState(); begin()) */
  swap?: State;
  /** Runs after the token (index in the stream, or -1 when the rule makes none) is pushed. */
  special?: (lexer: Lexer, stream: TokenStream, index: number) => void;
  /** Only worth trying when "direction" occurs later on the line (the rule scans the whole line). */
  needsDirection?: boolean;
  /** Only worth trying when an '@' occurs before the next white space. */
  needsAt?: boolean;
  /** The characters a match can start with, where the regex source does not tell. */
  first?: string;
  /** The tables of `push` and `swap` (set once every state's table exists). */
  pushTable?: StateTable;
  swapTable?: StateTable;
  /** Whether the rule changes the state stack (push, pop, swap or special): then the lexer rereads its top. */
  changesState: boolean;
  /** For a one-character literal rule, that character's code (the lexer tests it in place); otherwise -1. */
  char: number;
  /** The token's type code (tokens.ts), or -1 when the rule makes no token. */
  code: number;
  /** The character every match has second, when the source tells (`[[`, `style\b`…), else -1: tested before the scan. */
  second: number;
}

function singleChar(source: string, scan: Scan | undefined): number {
  const literal = scan ? null : literalOf(source);
  return literal && !literal.boundary && literal.text.length === 1 ? literal.text.charCodeAt(0) : -1;
}

// Every rule object gets the same fields in the same order, so the lexer's loop reads them at one shape.
/** One literal atom of a regex source at j (a plain character or an escaped non-word one): [code, length], or null. */
function atom(source: string, j: number): [number, number] | null {
  const c = source[j];
  if (c === undefined) return null;
  if (c === '\\') return /[^A-Za-z0-9]/.test(source[j + 1] ?? 'a') ? [source.charCodeAt(j + 1), 2] : null;
  return '[](){}|.*+?^$'.includes(c) ? null : [source.charCodeAt(j), 1];
}

/** The second character of every match, when the source opens with two unquantified literal atoms. */
function secondChar(source: string): number {
  const first = atom(source, 0);
  if (!first || '*+?{'.includes(source[first[1]] ?? 'x')) return -1;
  const second = atom(source, first[1]);
  if (!second || '*?{'.includes(source[first[1] + second[1]] ?? 'x')) return -1;
  return second[0];
}

const r = (source: string, rest: Omit<Rule, 're' | 'scan' | 'changesState' | 'char' | 'code' | 'second'> & { scan?: Scan } = {}): Rule => {
  const re = new RegExp(source, 'y');
  return {
    re, scan: rest.scan ?? scannerFor(re), token: rest.token, push: rest.push, pop: rest.pop ?? false, swap: rest.swap,
    special: rest.special, needsDirection: rest.needsDirection ?? false, needsAt: rest.needsAt ?? false, first: rest.first,
    pushTable: undefined, swapTable: undefined, changesState: Boolean(rest.push || rest.pop || rest.swap || rest.special),
    char: singleChar(source, rest.scan), code: rest.token ? T[rest.token] : -1, second: secondChar(source),
  };
};

// Rules that every start condition has, in their place in the order (jison's <*> rules).
const MD_STRING_START = r('"`', { push: 'md_string' });
const STRING_START = r('"', { push: 'string' });
const INVISIBLE_LINK = r('\\s*~~~+\\s*', { token: 'LINK', scan: invisibleLink });
const ELLIPSE_START = r('\\(-', { token: 'ELLIPSE_START', push: 'ellipseText' });
const STADIUM_START = r('\\(\\[', { token: 'STADIUMSTART', push: 'text' });
const SUBROUTINE_START = r('\\[\\[', { token: 'SUBROUTINESTART', push: 'text' });
const CYLINDER_START = r('\\[\\(', { token: 'CYLINDERSTART', push: 'text' });
const DOUBLECIRCLE_START = r('\\(\\(\\(', { token: 'DOUBLECIRCLESTART', push: 'text' });
const TRAP_START = r('\\[/', { token: 'TRAPSTART', push: 'trapText' });
const INVTRAP_START = r('\\[\\\\', { token: 'INVTRAPSTART', push: 'trapText' });
const PIPE_OPEN = r('\\|', { token: 'PIPE', push: 'text' });
const PAREN_OPEN = r('\\(', { token: 'PS', push: 'text' });
const SQUARE_OPEN = r('\\[', { token: 'SQS', push: 'text' });
const DIAMOND_OPEN = r('\\{', { token: 'DIAMOND_START', push: 'text' });

/** The shape openers that every state shares, in rule order (after the state's own early rules). */
const SHARED_TAIL_A = [INVISIBLE_LINK, ELLIPSE_START, STADIUM_START, SUBROUTINE_START, CYLINDER_START, DOUBLECIRCLE_START];
const SHARED_TAIL_B = [TRAP_START, INVTRAP_START];
const SHARED_TAIL_C = [PIPE_OPEN, PAREN_OPEN, SQUARE_OPEN, DIAMOND_OPEN];
const shared = (...early: Rule[]) => [MD_STRING_START, ...early, STRING_START, ...SHARED_TAIL_A, ...SHARED_TAIL_B, ...SHARED_TAIL_C];

const firstGraphRule = (re: string): Rule => r(re, {
  token: 'GRAPH',
  special: (lexer) => {
    if (lexer.firstGraph) {
      lexer.firstGraph = false;
      lexer.stack.push(STATES.dir);
    }
  },
});

// INITIAL: the statement-level rules, in Mermaid's order.
const INITIAL: Rule[] = [
  r('accTitle\\s*:\\s*', { token: 'ACC_TITLE', push: 'acc_title', scan: keywordThen('accTitle', '\\s*:\\s*') }),
  r('accDescr\\s*:\\s*', { token: 'ACC_DESCR', push: 'acc_descr', scan: keywordThen('accDescr', '\\s*:\\s*') }),
  r('accDescr\\s*\\{\\s*', { push: 'acc_descr_multiline', scan: keywordThen('accDescr', '\\s*\\{\\s*') }),
  r('@\\{', { token: 'SHAPE_DATA', push: 'shapeData', special: (_l, stream, i) => stream.setText(i, '') }),
  r('call\\s+', { push: 'callbackname', scan: keywordThen('call', '\\s+') }),
  MD_STRING_START,
  STRING_START,
  r('style\\b', { token: 'STYLE' }),
  r('default\\b', { token: 'DEFAULT' }),
  r('linkStyle\\b', { token: 'LINKSTYLE' }),
  r('interpolate\\b', { token: 'INTERPOLATE' }),
  r('classDef\\b', { token: 'CLASSDEF' }),
  r('class\\b', { token: 'CLASS' }),
  r('href\\s', { token: 'HREF', scan: keywordThen('href', '\\s') }),
  r('click\\s+', { push: 'click', scan: keywordThen('click', '\\s+') }),
  firstGraphRule('flowchart-elk\\b'),
  firstGraphRule('swimlane-beta\\b'),
  firstGraphRule('graph\\b'),
  firstGraphRule('flowchart\\b'),
  r('subgraph\\b', { token: 'SUBGRAPH' }),
  r('end\\b\\s*', { token: 'END', scan: endKeyword }),
  r('_self\\b', { token: 'LINK_TARGET' }),
  r('_blank\\b', { token: 'LINK_TARGET' }),
  r('_parent\\b', { token: 'LINK_TARGET' }),
  r('_top\\b', { token: 'LINK_TARGET' }),
  ...['TB', 'BT', 'RL', 'LR', 'TD'].map((dir) => r(`.*direction\\s+${dir}[^\\n]*`, { token: 'DIRECTION', needsDirection: true, scan: directionStatement(dir) })),
  r('[^\\s"]+@(?=[^{"])', { token: 'LINK_ID', needsAt: true, scan: edgeId }),
  r('[0-9]+', { token: 'NUM', first: '0123456789', scan: digits }),
  r('#', { token: 'BRKT' }),
  r(':::', { token: 'STYLE_SEPARATOR' }),
  r(':', { token: 'COLON' }),
  r('&', { token: 'AMP' }),
  r(';', { token: 'SEMI' }),
  r(',', { token: 'COMMA' }),
  r('\\*', { token: 'MULT' }),
  r('\\s*[xo<]?--+[-xo>]\\s*', { token: 'LINK', pop: true, scan: completeLink(LINE.solid) }),
  r('\\s*[xo<]?--\\s*', { token: 'START_LINK', push: 'edgeText', scan: linkStart(LINE.solid) }),
  r('\\s*[xo<]?==+[=xo>]\\s*', { token: 'LINK', pop: true, scan: completeLink(LINE.thick) }),
  r('\\s*[xo<]?==\\s*', { token: 'START_LINK', push: 'thickEdgeText', scan: linkStart(LINE.thick) }),
  r('\\s*[xo<]?-?\\.+-[xo>]?\\s*', { token: 'LINK', pop: true, scan: completeDottedLink }),
  r('\\s*[xo<]?-\\.\\s*', { token: 'START_LINK', push: 'dottedEdgeText', scan: dottedLinkStart }),
  ...SHARED_TAIL_A,
  r('\\[\\|', { token: 'VERTEX_WITH_PROPS_START' }),
  r('>', { token: 'TAGEND', push: 'text' }),
  ...SHARED_TAIL_B,
  r('<', { token: 'TAGSTART' }),
  r('\\^', { token: 'UP' }),
  r('\\\\\\|', { token: 'SEP' }),
  r('v\\b', { token: 'DOWN' }),
  // Node-id characters; "-" only when not starting an arrow; "=" never (Mermaid's compiled lookahead fails).
  r('(?:[A-Za-z0-9!"#$%&\'*+.`?\\\\_/]|-(?=[^>\\-.]))+', { token: 'NODE_STRING', scan: nodeString, first: `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!"#$%&'*+.\`?\\_/-` }),
  r('-', { token: 'MINUS' }),
  // UNICODE_TEXT is matched by code below (a table lookup), between MINUS and the openers.
  ...SHARED_TAIL_C,
  r('(?:\\r?\\n)+', { token: 'NEWLINE', first: '\r\n', scan: newlines }),
  r('\\s', { token: 'SPACE', first: WHITESPACE, scan: oneSpace }),
];
/** UNICODE_TEXT is matched by code (a table lookup) in INITIAL, after the rule at this index. */
export const UNICODE_AFTER = INITIAL.findIndex((rule) => rule.token === 'MINUS');

const TEXT_RULES: Rule[] = [
  MD_STRING_START, STRING_START, INVISIBLE_LINK, ELLIPSE_START,
  r('\\]\\)', { token: 'STADIUMEND', pop: true }), STADIUM_START,
  r('\\]\\]', { token: 'SUBROUTINEEND', pop: true }), SUBROUTINE_START,
  r('\\)\\]', { token: 'CYLINDEREND', pop: true }), CYLINDER_START,
  r('\\)\\)\\)', { token: 'DOUBLECIRCLEEND', pop: true }), DOUBLECIRCLE_START,
  ...SHARED_TAIL_B,
  r('\\|', { token: 'PIPE', pop: true }),
  r('\\)', { token: 'PE', pop: true }), PAREN_OPEN,
  r('\\]', { token: 'SQE', pop: true }), SQUARE_OPEN,
  r('\\}', { token: 'DIAMOND_STOP', pop: true }), DIAMOND_OPEN,
  // Label text: its regex (a native loop) is faster than a scanner in JavaScript here.
  r('[^\\[\\](){}|"]+', { token: 'TEXT' }),
];

const EDGE_TEXT_RULES = (link: Rule, text: Rule): Rule[] => [MD_STRING_START, STRING_START, link, text, ...SHARED_TAIL_A, ...SHARED_TAIL_B, ...SHARED_TAIL_C];

const RULES: Record<State, Rule[]> = {
  INITIAL,
  text: TEXT_RULES,
  string: [MD_STRING_START, r('[^"]+', { token: 'STR', scan: runBefore('"') }), r('"', { pop: true }), ...SHARED_TAIL_A, ...SHARED_TAIL_B, ...SHARED_TAIL_C],
  md_string: [r('[^`"]+', { token: 'MD_STR', scan: runOutside('`"') }), r('`"', { pop: true }), ...shared()],
  acc_title: [r('[^\\n]*', { token: 'ACC_TITLE_VALUE', pop: true }), ...shared()],
  acc_descr: [r('[^\\n]*', { token: 'ACC_DESCR_VALUE', pop: true }), ...shared()],
  acc_descr_multiline: [r('\\}', { pop: true }), r('[^}]*', { token: 'ACC_DESCR_MULTILINE_VALUE' }), ...shared()],
  dir: [
    MD_STRING_START, STRING_START,
    r('(?:\\r?\\n)*\\s*\\n', { token: 'NODIR', pop: true, scan: noDirection }),
    ...['LR', 'RL', 'TB', 'BT', 'TD', 'BR'].map((d) => r(`\\s*${d}\\b`, { token: 'DIR', pop: true, scan: spaceThen(d, true) })),
    r('\\s*<', { token: 'DIR', pop: true, scan: spaceThen('<', false) }), r('\\s*>', { token: 'DIR', pop: true, scan: spaceThen('>', false) }),
    r('\\s*\\^', { token: 'DIR', pop: true, scan: spaceThen('^', false) }), r('\\s*v\\b', { token: 'DIR', pop: true, scan: spaceThen('v', true) }),
    ...SHARED_TAIL_A, ...SHARED_TAIL_B, ...SHARED_TAIL_C,
  ],
  ellipseText: [MD_STRING_START, STRING_START, INVISIBLE_LINK, r('[-/)]\\)', { token: 'ELLIPSE_END', pop: true }), r('[^()\\[\\]{}]', { token: 'TEXT' }), ...SHARED_TAIL_A.slice(1), ...SHARED_TAIL_B, ...SHARED_TAIL_C],
  trapText: [
    MD_STRING_START, STRING_START, ...SHARED_TAIL_A,
    r('[\\\\(?=\\])]\\]', { token: 'TRAPEND', pop: true }),
    r('/\\]', { token: 'INVTRAPEND', pop: true }),
    r('/(?!\\])|\\\\(?!\\])|[^\\\\\\[\\](){}/]+', { token: 'TEXT' }),
    ...SHARED_TAIL_B, ...SHARED_TAIL_C,
  ],
  edgeText: EDGE_TEXT_RULES(
    r('\\s*[xo<]?--+[-xo>]\\s*', { token: 'LINK', pop: true, scan: completeLink(LINE.solid) }),
    r('[^-]|-(?!-)', { token: 'EDGE_TEXT', scan: oneCharExcept('-', true) }),
  ),
  thickEdgeText: EDGE_TEXT_RULES(
    r('\\s*[xo<]?==+[=xo>]\\s*', { token: 'LINK', pop: true, scan: completeLink(LINE.thick) }),
    r('[^=]', { token: 'EDGE_TEXT', scan: oneCharExcept('=') }),
  ),
  dottedEdgeText: EDGE_TEXT_RULES(
    r('\\s*[xo<]?-?\\.+-[xo>]?\\s*', { token: 'LINK', pop: true, scan: completeDottedLink }),
    r('[^.]', { token: 'EDGE_TEXT', scan: oneCharExcept('.') }),
  ),
  click: [MD_STRING_START, STRING_START, r('[\\s\\n]', { pop: true }), r('[^\\s\\n]*', { token: 'CLICK' }), ...SHARED_TAIL_A, ...SHARED_TAIL_B, ...SHARED_TAIL_C],
  callbackname: [r('\\(\\s*\\)', { pop: true }), r('\\(', { swap: 'callbackargs' }), r('[^(]*', { token: 'CALLBACKNAME' }), ...shared()],
  callbackargs: [r('\\)', { pop: true }), r('[^)]*', { token: 'CALLBACKARGS' }), ...shared()],
  shapeData: [r('"', { token: 'SHAPE_DATA', push: 'shapeDataStr' }), r('[^}^"]+', { token: 'SHAPE_DATA' }), r('\\}', { pop: true }), ...shared()],
  shapeDataStr: [r('"', { token: 'SHAPE_DATA', pop: true }), r('[^"]+', { token: 'SHAPE_DATA', special: (_l, stream, i) => stream.setText(i, stream.text(i).replace(/\n\s*/g, '<br/>')) }), ...shared()],
};

/** Per start condition: its rules in order, and its dispatch per variant (1 = '@' in text, 2 = "direction"). */
export interface StateTable {
  name: State;
  rules: Rule[];
  /** Built on first use (dispatchOf): a run meets few of the 18 × 4, and each costs milliseconds at load, in the interpreter. */
  variants: (Dispatch | undefined)[];
}

/** The dispatch of a state for a variant. */
export function dispatchOf(table: StateTable, variant: number): Dispatch {
  return (table.variants[variant] ??= buildDispatch(table.rules, (variant & 1) !== 0, (variant & 2) !== 0));
}

export const STATES = Object.fromEntries(
  Object.entries(RULES).map(([state, rules]) => [state, { name: state as State, rules, variants: [undefined, undefined, undefined, undefined] }]),
) as Record<State, StateTable>;

for (const table of Object.values(STATES)) {
  for (const rule of table.rules) {
    if (rule.push) rule.pushTable = STATES[rule.push];
    if (rule.swap) rule.swapTable = STATES[rule.swap];
  }
}
