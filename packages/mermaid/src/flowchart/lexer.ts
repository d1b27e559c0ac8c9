import { isUnicodeLetter } from './unicode.js';

/**
 * The flowchart lexer, behaving as Mermaid 11.17.2's: a stack of start conditions, and in each
 * condition the rules are tried in a fixed order and the FIRST that matches wins (not the
 * longest). Rules are written here as sticky regexes plus what they do to the state stack.
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
  /** For DIRECTION tokens: TB, BT, RL, LR or TD. */
  value?: string;
}

type State =
  | 'INITIAL' | 'string' | 'md_string' | 'acc_title' | 'acc_descr' | 'acc_descr_multiline' | 'dir' | 'text'
  | 'ellipseText' | 'trapText' | 'edgeText' | 'thickEdgeText' | 'dottedEdgeText' | 'click' | 'callbackname'
  | 'callbackargs' | 'shapeData' | 'shapeDataStr';

const WHITESPACE = ' \t\n\r\v\f';
/** What may follow the leading white space of a link token: [xo<]? then -, = or . (or ~~~). */
const LINK_CHARS = 'xo<-=.~';

interface Lexer {
  stack: State[];
  firstGraph: boolean;
}

/** What a rule does: the token it emits (if any) and its effect on the state stack. */
interface Rule {
  re: RegExp;
  token?: TokenType;
  push?: State;
  pop?: boolean;
  /** pop then push (jison's popState(); begin()) */
  swap?: State;
  special?: (lexer: Lexer, match: RegExpExecArray, token: Token) => void;
  /** Only worth trying when "direction" occurs later on the line (the rule scans the whole line). */
  needsDirection?: boolean;
  /** Only worth trying when an '@' occurs before the next white space. */
  needsAt?: boolean;
  /** The characters a match can start with, where the regex source does not tell. */
  first?: string;
}

const r = (source: string, rest: Omit<Rule, 're'> = {}): Rule => ({ re: new RegExp(source, 'y'), ...rest });

// Rules that every start condition has, in their place in the order (jison's <*> rules).
const MD_STRING_START = r('"`', { push: 'md_string' });
const STRING_START = r('"', { push: 'string' });
const INVISIBLE_LINK = r('\\s*~~~+\\s*', { token: 'LINK' });
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
      lexer.stack.push('dir');
    }
  },
});

// INITIAL: the statement-level rules, in Mermaid's order.
const INITIAL: Rule[] = [
  r('accTitle\\s*:\\s*', { token: 'ACC_TITLE', push: 'acc_title' }),
  r('accDescr\\s*:\\s*', { token: 'ACC_DESCR', push: 'acc_descr' }),
  r('accDescr\\s*\\{\\s*', { push: 'acc_descr_multiline' }),
  r('@\\{', { token: 'SHAPE_DATA', push: 'shapeData', special: (_l, _m, t) => { t.text = ''; } }),
  r('call\\s+', { push: 'callbackname' }),
  MD_STRING_START,
  STRING_START,
  r('style\\b', { token: 'STYLE' }),
  r('default\\b', { token: 'DEFAULT' }),
  r('linkStyle\\b', { token: 'LINKSTYLE' }),
  r('interpolate\\b', { token: 'INTERPOLATE' }),
  r('classDef\\b', { token: 'CLASSDEF' }),
  r('class\\b', { token: 'CLASS' }),
  r('href\\s', { token: 'HREF' }),
  r('click\\s+', { push: 'click' }),
  firstGraphRule('flowchart-elk\\b'),
  firstGraphRule('swimlane-beta\\b'),
  firstGraphRule('graph\\b'),
  firstGraphRule('flowchart\\b'),
  r('subgraph\\b', { token: 'SUBGRAPH' }),
  r('end\\b\\s*', { token: 'END' }),
  r('_self\\b', { token: 'LINK_TARGET' }),
  r('_blank\\b', { token: 'LINK_TARGET' }),
  r('_parent\\b', { token: 'LINK_TARGET' }),
  r('_top\\b', { token: 'LINK_TARGET' }),
  ...['TB', 'BT', 'RL', 'LR', 'TD'].map((dir) => r(`.*direction\\s+${dir}[^\\n]*`, { token: 'DIRECTION', needsDirection: true, special: (_l, _m, t) => { t.value = dir; } })),
  r('[^\\s"]+@(?=[^{"])', { token: 'LINK_ID', needsAt: true }),
  r('[0-9]+', { token: 'NUM', first: '0123456789' }),
  r('#', { token: 'BRKT' }),
  r(':::', { token: 'STYLE_SEPARATOR' }),
  r(':', { token: 'COLON' }),
  r('&', { token: 'AMP' }),
  r(';', { token: 'SEMI' }),
  r(',', { token: 'COMMA' }),
  r('\\*', { token: 'MULT' }),
  r('\\s*[xo<]?--+[-xo>]\\s*', { token: 'LINK', pop: true }),
  r('\\s*[xo<]?--\\s*', { token: 'START_LINK', push: 'edgeText' }),
  r('\\s*[xo<]?==+[=xo>]\\s*', { token: 'LINK', pop: true }),
  r('\\s*[xo<]?==\\s*', { token: 'START_LINK', push: 'thickEdgeText' }),
  r('\\s*[xo<]?-?\\.+-[xo>]?\\s*', { token: 'LINK', pop: true }),
  r('\\s*[xo<]?-\\.\\s*', { token: 'START_LINK', push: 'dottedEdgeText' }),
  ...SHARED_TAIL_A,
  r('\\[\\|', { token: 'VERTEX_WITH_PROPS_START' }),
  r('>', { token: 'TAGEND', push: 'text' }),
  ...SHARED_TAIL_B,
  r('<', { token: 'TAGSTART' }),
  r('\\^', { token: 'UP' }),
  r('\\\\\\|', { token: 'SEP' }),
  r('v\\b', { token: 'DOWN' }),
  // Node-id characters; "-" only when not starting an arrow; "=" never (Mermaid's compiled lookahead fails).
  r('(?:[A-Za-z0-9!"#$%&\'*+.`?\\\\_/]|-(?=[^>\\-.]))+', { token: 'NODE_STRING', first: `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!"#$%&'*+.\`?\\_/-` }),
  r('-', { token: 'MINUS' }),
  // UNICODE_TEXT is matched by code below (a table lookup), between MINUS and the openers.
  ...SHARED_TAIL_C,
  r('(?:\\r?\\n)+', { token: 'NEWLINE', first: '\r\n' }),
  r('\\s', { token: 'SPACE', first: WHITESPACE }),
];
const UNICODE_AFTER = INITIAL.findIndex((rule) => rule.token === 'MINUS');

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
  r('[^\\[\\](){}|"]+', { token: 'TEXT' }),
];

const EDGE_TEXT_RULES = (link: Rule, text: Rule): Rule[] => [MD_STRING_START, STRING_START, link, text, ...SHARED_TAIL_A, ...SHARED_TAIL_B, ...SHARED_TAIL_C];

const RULES: Record<State, Rule[]> = {
  INITIAL,
  text: TEXT_RULES,
  string: [MD_STRING_START, r('[^"]+', { token: 'STR' }), r('"', { pop: true }), ...SHARED_TAIL_A, ...SHARED_TAIL_B, ...SHARED_TAIL_C],
  md_string: [r('[^`"]+', { token: 'MD_STR' }), r('`"', { pop: true }), ...shared()],
  acc_title: [r('[^\\n]*', { token: 'ACC_TITLE_VALUE', pop: true }), ...shared()],
  acc_descr: [r('[^\\n]*', { token: 'ACC_DESCR_VALUE', pop: true }), ...shared()],
  acc_descr_multiline: [r('\\}', { pop: true }), r('[^}]*', { token: 'ACC_DESCR_MULTILINE_VALUE' }), ...shared()],
  dir: [
    MD_STRING_START, STRING_START,
    r('(?:\\r?\\n)*\\s*\\n', { token: 'NODIR', pop: true }),
    ...['LR', 'RL', 'TB', 'BT', 'TD', 'BR'].map((d) => r(`\\s*${d}\\b`, { token: 'DIR', pop: true })),
    r('\\s*<', { token: 'DIR', pop: true }), r('\\s*>', { token: 'DIR', pop: true }),
    r('\\s*\\^', { token: 'DIR', pop: true }), r('\\s*v\\b', { token: 'DIR', pop: true }),
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
  edgeText: EDGE_TEXT_RULES(r('\\s*[xo<]?--+[-xo>]\\s*', { token: 'LINK', pop: true }), r('[^-]|-(?!-)', { token: 'EDGE_TEXT' })),
  thickEdgeText: EDGE_TEXT_RULES(r('\\s*[xo<]?==+[=xo>]\\s*', { token: 'LINK', pop: true }), r('[^=]', { token: 'EDGE_TEXT' })),
  dottedEdgeText: EDGE_TEXT_RULES(r('\\s*[xo<]?-?\\.+-[xo>]?\\s*', { token: 'LINK', pop: true }), r('[^.]', { token: 'EDGE_TEXT' })),
  click: [MD_STRING_START, STRING_START, r('[\\s\\n]', { pop: true }), r('[^\\s\\n]*', { token: 'CLICK' }), ...SHARED_TAIL_A, ...SHARED_TAIL_B, ...SHARED_TAIL_C],
  callbackname: [r('\\(\\s*\\)', { pop: true }), r('\\(', { swap: 'callbackargs' }), r('[^(]*', { token: 'CALLBACKNAME' }), ...shared()],
  callbackargs: [r('\\)', { pop: true }), r('[^)]*', { token: 'CALLBACKARGS' }), ...shared()],
  shapeData: [r('"', { token: 'SHAPE_DATA', push: 'shapeDataStr' }), r('[^}^"]+', { token: 'SHAPE_DATA' }), r('\\}', { pop: true }), ...shared()],
  shapeDataStr: [r('"', { token: 'SHAPE_DATA', pop: true }), r('[^"]+', { token: 'SHAPE_DATA', special: (_l, _m, t) => { t.text = t.text.replace(/\n\s*/g, '<br/>'); } }), ...shared()],
};

/**
 * The characters a rule's match can start with, read off its source; null = could be any.
 * Lets the lexer try only the rules that can match at a character, in their order, instead of
 * all ~70 regexes per token.
 */
function firstChars(source: string): string | null {
  // Top-level alternatives (an unescaped | outside a class) could start anywhere.
  if (/(^|[^\\])\|/.test(source.replace(/\[[^\]]*\]/g, ''))) return null;
  let chars = '';
  let rest = source;
  for (;;) {
    if (rest.startsWith('\\s*')) {
      chars += WHITESPACE;
      rest = rest.slice(3);
    } else if (rest.startsWith('[xo<]?')) {
      chars += 'xo<';
      rest = rest.slice(6);
    } else if (rest.startsWith('-?')) {
      chars += '-';
      rest = rest.slice(2);
    } else if (/^\\[()[\]{}|^.*+?/\\]/.test(rest)) {
      return chars + rest[1];
    } else if (/^[A-Za-z0-9@#:&;,"`_<>~!%'=-]/.test(rest) && !/^.[*?]/.test(rest)) {
      return chars + rest[0];
    } else {
      return null;
    }
  }
}

/** For each state: rule indices to try per ASCII code, and for everything else. */
interface Dispatch {
  ascii: number[][];
  other: number[];
}

function buildDispatch(rules: Rule[]): Dispatch {
  const firsts = rules.map((rule) => rule.first ?? firstChars(rule.re.source));
  const ascii = Array.from({ length: 128 }, (_, code) =>
    firsts.flatMap((first, i) => (first === null || first.includes(String.fromCharCode(code)) ? [i] : [])));
  const other = firsts.flatMap((first, i) => (first === null || first.includes(' ') ? [i] : []));
  return { ascii, other };
}

const DISPATCH = Object.fromEntries(Object.entries(RULES).map(([state, rules]) => [state, buildDispatch(rules)])) as Record<State, Dispatch>;

/** Offset of the next white space (or '"', which also ends an edge id) at or after `from`. */
function nextSpace(input: string, from: number): number {
  for (let i = from; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 34 || c === 12 || c === 11) return i;
  }
  return input.length;
}

export interface LexResult {
  tokens: Token[];
  /** Offset where no rule matched (Mermaid: "Lexical error … Unrecognized text"). */
  errorAt?: number;
}

/** Tokenizes the whole (encoded) text. Tokens end with EOF. */
export function lexFlowchart(input: string): LexResult {
  const lexer: Lexer = { stack: ['INITIAL'], firstGraph: true };
  const tokens: Token[] = [];
  let pos = 0;
  let guard = 0;
  let directionAt = input.indexOf('direction');
  let atAt = input.indexOf('@');
  let spaceAt = -1;
  // The parser reads up to the bad text and then meets this end; the caller reports the lexical error.
  const failAt = (at: number): LexResult => {
    tokens.push({ type: 'END_OF_INPUT', text: '', start: at, end: at });
    return { tokens, errorAt: at };
  };
  while (pos < input.length) {
    const state = lexer.stack[lexer.stack.length - 1]!;
    const rules = RULES[state];
    const code = input.charCodeAt(pos);
    // White space is most tokens (indentation is one SPACE per character). Only a link (whose
    // rules start with \s*) or a direction statement can claim it: when neither can, take it directly.
    if (state === 'INITIAL' && (code === 32 || code === 9 || code === 10)) {
      let next = pos;
      while (next < input.length && WHITESPACE.includes(input[next]!)) next++;
      if (!LINK_CHARS.includes(input[next] ?? '')) {
        if (code === 10) {
          let end = pos;
          while (input.charCodeAt(end) === 10 || (input.charCodeAt(end) === 13 && input.charCodeAt(end + 1) === 10)) end += input.charCodeAt(end) === 13 ? 2 : 1;
          tokens.push({ type: 'NEWLINE', text: input.slice(pos, end), start: pos, end });
          pos = end;
          continue;
        }
        if (directionAt < pos && directionAt !== -1) directionAt = input.indexOf('direction', pos);
        const lineEnd = input.indexOf('\n', pos);
        if (directionAt === -1 || (lineEnd !== -1 && directionAt > lineEnd)) {
          tokens.push({ type: 'SPACE', text: input[pos]!, start: pos, end: pos + 1 });
          pos += 1;
          continue;
        }
      }
    }
    const candidates = code < 128 ? DISPATCH[state].ascii[code]! : DISPATCH[state].other;
    let matched = false;
    for (let c = 0; c <= candidates.length; c++) {
      const i = c < candidates.length ? candidates[c]! : rules.length;
      if (state === 'INITIAL' && i > UNICODE_AFTER && code >= 128 && isUnicodeLetter(code)) {
        tokens.push({ type: 'UNICODE_TEXT', text: input[pos]!, start: pos, end: pos + 1 });
        pos += 1;
        matched = true;
        break;
      }
      if (i >= rules.length) break;
      const rule = rules[i]!;
      if (rule.needsAt) {
        if (atAt < pos && atAt !== -1) atAt = input.indexOf('@', pos);
        if (atAt === -1) continue;
        spaceAt = spaceAt < pos ? nextSpace(input, pos) : spaceAt;
        if (atAt > spaceAt) continue;
      }
      if (rule.needsDirection) {
        if (directionAt < pos && directionAt !== -1) directionAt = input.indexOf('direction', pos);
        if (directionAt === -1) continue;
        const lineEnd = input.indexOf('\n', pos);
        if (lineEnd !== -1 && directionAt > lineEnd) continue;
      }
      rule.re.lastIndex = pos;
      const m = rule.re.exec(input);
      if (!m) continue;
      const end = pos + m[0].length;
      const token: Token | undefined = rule.token ? { type: rule.token, text: m[0], start: pos, end } : undefined;
      if (rule.pop && lexer.stack.length > 1) lexer.stack.pop();
      if (rule.swap) {
        if (lexer.stack.length > 1) lexer.stack.pop();
        lexer.stack.push(rule.swap);
      }
      if (rule.push) lexer.stack.push(rule.push);
      if (rule.special) rule.special(lexer, m, token ?? ({} as Token));
      if (token) tokens.push(token);
      // A rule may match nothing (e.g. an empty click target); the state change must then move us on.
      if (end === pos && !token && !rule.push && !rule.pop && !rule.swap) continue;
      if (end === pos && ++guard > 10_000) return failAt(pos);
      pos = end;
      matched = true;
      break;
    }
    if (!matched) return failAt(pos);
  }
  // At the end, jison tries the current state's rules once more on the empty rest: in INITIAL
  // the `$` rule yields the grammar's EOF token; elsewhere a rule that matches nothing may still
  // yield its token. Then comes the real end ($end), which no separator rule accepts.
  const state = lexer.stack[lexer.stack.length - 1]!;
  if (state === 'INITIAL') {
    tokens.push({ type: 'EOF', text: '', start: input.length, end: input.length });
  } else {
    for (const rule of RULES[state]) {
      rule.re.lastIndex = input.length;
      if (!rule.re.exec(input)) continue;
      if (rule.token) tokens.push({ type: rule.token, text: '', start: input.length, end: input.length });
      break;
    }
  }
  tokens.push({ type: 'END_OF_INPUT', text: '', start: input.length, end: input.length });
  return { tokens };
}
