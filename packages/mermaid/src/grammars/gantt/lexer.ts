import { anyOrEnd, atEnd, CompiledLexer, dotChar, isJsSpace, startsWith, type LexRule } from './jison-lexer.js';

/**
 * Mermaid 11.17.2's gantt lexer (ganttDiagram chunk, from gantt.jison), rule for rule in its
 * order, case-insensitive. Facts worth knowing, each checked against Mermaid:
 *  - a single `%` starts a comment to the end of the line, and so does any character other than
 *    `}` directly followed by `%` (`a%b : 1d` is a comment, not a task);
 *  - `\s+` also swallows newlines, so statements need no line breaks between them;
 *  - `click`, `href "…"` and `call name(args)` switch to exclusive start conditions; `call`'s
 *    name runs up to the next `(` across lines;
 *  - `dateFormat`/`axisFormat`/… values stop at `#`, `;` or the line end; `title` and `section`
 *    take the rest of the line;
 *  - `accDescription …`, a bare date `2024-01-01` and `%%{` yield tokens the grammar has no use for.
 */

const isDigit = (c: number) => c >= 48 && c <= 57;
const notCloseBrace = (c: number) => c >= 0 && c !== 125;

const kw = (pattern: string, token: string): LexRule => ({ pattern, token, first: startsWith(pattern[0]!) });

const RULES: LexRule[] = [
  /* 0 */ { pattern: '%%\\{', token: 'open_directive', action: { begin: 'open_directive' }, first: (c) => c === 37 },
  /* 1 */ { pattern: 'accTitle\\s*:\\s*', token: 'acc_title', action: { begin: 'acc_title' }, first: startsWith('a') },
  /* 2 */ { pattern: '[^\\n]*', token: 'acc_title_value', action: { pop: true }, first: anyOrEnd },
  /* 3 */ { pattern: 'accDescr\\s*:\\s*', token: 'acc_descr', action: { begin: 'acc_descr' }, first: startsWith('a') },
  /* 4 */ { pattern: '[^\\n]*', token: 'acc_descr_value', action: { pop: true }, first: anyOrEnd },
  /* 5 */ { pattern: 'accDescr\\s*\\{\\s*', token: null, action: { begin: 'acc_descr_multiline' }, first: startsWith('a') },
  /* 6 */ { pattern: '\\}', token: null, action: { pop: true }, first: (c) => c === 125 },
  /* 7 */ { pattern: '[^\\}]*', token: 'acc_descr_multiline_value', first: anyOrEnd },
  /* 8 */ { pattern: '%%[^\\n]*', token: null, first: (c) => c === 37 },
  /* 9 */ { pattern: '[^\\}]%%*[^\\n]*', token: null, first: notCloseBrace },
  /* 10 */ { pattern: '%%*[^\\n]*[\\n]*', token: null, first: (c) => c === 37 },
  /* 11 */ { pattern: '[\\n]+', token: 'NL', first: (c) => c === 10 },
  /* 12 */ { pattern: '\\s+', token: null, first: isJsSpace },
  /* 13 */ { pattern: '%[^\\n]*', token: null, first: (c) => c === 37 },
  /* 14 */ { pattern: 'href[\\s]+["]', token: null, action: { begin: 'href' }, first: startsWith('h') },
  /* 15 */ { pattern: '["]', token: null, action: { pop: true }, first: (c) => c === 34 },
  /* 16 */ { pattern: '[^"]*', token: 'href', first: anyOrEnd },
  /* 17 */ { pattern: 'call[\\s]+', token: null, action: { begin: 'callbackname' }, first: startsWith('c') },
  /* 18 */ { pattern: '\\([\\s]*\\)', token: null, action: { pop: true }, first: (c) => c === 40 },
  /* 19 */ { pattern: '\\(', token: null, action: { popThenBegin: 'callbackargs' }, first: (c) => c === 40 },
  /* 20 */ { pattern: '[^(]*', token: 'callbackname', first: anyOrEnd },
  /* 21 */ { pattern: '\\)', token: null, action: { pop: true }, first: (c) => c === 41 },
  /* 22 */ { pattern: '[^)]*', token: 'callbackargs', first: anyOrEnd },
  /* 23 */ { pattern: 'click[\\s]+', token: null, action: { begin: 'click' }, first: startsWith('c') },
  /* 24 */ { pattern: '[\\s\\n]', token: null, action: { pop: true }, first: isJsSpace },
  /* 25 */ { pattern: '[^\\s\\n]*', token: 'click', first: anyOrEnd },
  /* 26 */ kw('gantt\\b', 'gantt'),
  /* 27 */ kw('dateFormat\\s[^#\\n;]+', 'dateFormat'),
  /* 28 */ kw('inclusiveEndDates\\b', 'inclusiveEndDates'),
  /* 29 */ kw('topAxis\\b', 'topAxis'),
  /* 30 */ kw('axisFormat\\s[^#\\n;]+', 'axisFormat'),
  /* 31 */ kw('tickInterval\\s[^#\\n;]+', 'tickInterval'),
  /* 32 */ kw('includes\\s[^#\\n;]+', 'includes'),
  /* 33 */ kw('excludes\\s[^#\\n;]+', 'excludes'),
  /* 34 */ kw('todayMarker\\s[^\\n;]+', 'todayMarker'),
  /* 35 */ kw('weekday\\s+monday\\b', 'weekday'),
  /* 36 */ kw('weekday\\s+tuesday\\b', 'weekday'),
  /* 37 */ kw('weekday\\s+wednesday\\b', 'weekday'),
  /* 38 */ kw('weekday\\s+thursday\\b', 'weekday'),
  /* 39 */ kw('weekday\\s+friday\\b', 'weekday'),
  /* 40 */ kw('weekday\\s+saturday\\b', 'weekday'),
  /* 41 */ kw('weekday\\s+sunday\\b', 'weekday'),
  /* 42 */ kw('weekend\\s+friday\\b', 'weekend'),
  /* 43 */ kw('weekend\\s+saturday\\b', 'weekend'),
  /* 44 */ { pattern: '\\d\\d\\d\\d-\\d\\d-\\d\\d\\b', token: 'date', first: isDigit },
  /* 45 */ kw('title\\s[^\\n]+', 'title'),
  /* 46 */ kw('accDescription\\s[^#\\n;]+', 'accDescription'),
  /* 47 */ kw('section\\s[^\\n]+', 'section'),
  /* 48 */ { pattern: '[^:\\n]+', token: 'taskTxt', first: (c) => c >= 0 && c !== 58 && c !== 10 },
  /* 49 */ { pattern: ':[^#\\n;]+', token: 'taskData', first: (c) => c === 58 },
  /* 50 */ { pattern: ':', token: ':', first: (c) => c === 58 },
  /* 51 */ { pattern: '$', token: 'EOF', first: atEnd },
  /* 52 */ { pattern: '.', token: 'INVALID', first: dotChar },
];

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const ganttLexer = new CompiledLexer({
  rules: RULES,
  caseInsensitive: true,
  conditions: {
    INITIAL: [0, 1, 3, 5, 8, 9, 10, 11, 12, 13, 14, 17, 23, ...range(26, 52)],
    acc_title: [2],
    acc_descr: [4],
    acc_descr_multiline: [6, 7],
    click: [24, 25],
    href: [15, 16],
    callbackname: [18, 19, 20],
    callbackargs: [21, 22],
  },
});

/** Every token the gantt grammar uses as the first token of a statement on its own. */
export const GANTT_SIMPLE_STATEMENTS = new Set([
  'dateFormat', 'inclusiveEndDates', 'axisFormat', 'tickInterval', 'includes', 'excludes', 'todayMarker',
  'weekday', 'weekend', 'title', 'acc_descr_multiline_value', 'section',
]);
