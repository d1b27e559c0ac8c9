import { anyChar, atEnd, dotChar, is, isJsSpace, pattern, RuleLexer, startsWith, type LexRule } from '../er/jison.js';

/**
 * Mermaid 11.17.2's mindmap lexer (mindmap-definition chunk), rule for rule in its order,
 * case-insensitive. Facts worth knowing, each checked against Mermaid:
 *  - blanks before a line break, or a run of two or more line breaks, are one SPACELINE token
 *    (so a blank line is a statement of its own); a single line break is NL; the blanks that
 *    start a line are SPACELIST, whose length is the node's depth;
 *  - `%%` after any blanks, also in the middle of a line, makes the rest of the line a comment;
 *  - a node id runs to the first `(`, `[`, `)`, `{`, `}` or line break, blanks included, and
 *    a word `mindmap` at a token start is the header keyword again;
 *  - a shape opens with `-)`, `(-`, `))`, `)`, `((`, `{{`, `(` or `[`; inside it the text runs
 *    to the next `)`, `]`, `(` or `}`, across line breaks, and any of `))`, `)`, `]`, `}}`,
 *    `(-`, `-)`, `((`, `(` closes it: the closing need not match the opening;
 *  - `"…"` and `` "`…`" `` quote the text (markdown); `:::` takes the rest of the line as
 *    classes; `::icon(` takes everything up to the next `)`, line breaks included.
 */

const RULES: LexRule[] = [
  /* 0 */ pattern('\\s*%%.*', 'SPACELINE', (c) => c === 37 || isJsSpace(c)),
  /* 1 */ pattern('mindmap\\b', 'MINDMAP', startsWith('m')),
  /* 2 */ pattern(':::', null, is(':'), { begin: 'CLASS' }),
  /* 3 */ pattern('.+', 'CLASS', dotChar, { pop: true }),
  /* 4 */ pattern('\\n', null, is('\n'), { pop: true }),
  /* 5 */ pattern('::icon\\(', null, is(':'), { begin: 'ICON' }),
  /* 6 */ pattern('\\s+\\n', 'SPACELINE', isJsSpace),
  /* 7 */ pattern('\\n+', 'NL', is('\n')),
  /* 8 */ pattern('[^)]+', 'ICON', (c) => c >= 0 && c !== 41),
  /* 9 */ pattern('\\)', null, is(')'), { pop: true }),
  /* 10 */ pattern('-\\)', 'NODE_DSTART', is('-'), { begin: 'NODE' }),
  /* 11 */ pattern('\\(-', 'NODE_DSTART', is('('), { begin: 'NODE' }),
  /* 12 */ pattern('\\)\\)', 'NODE_DSTART', is(')'), { begin: 'NODE' }),
  /* 13 */ pattern('\\)', 'NODE_DSTART', is(')'), { begin: 'NODE' }),
  /* 14 */ pattern('\\(\\(', 'NODE_DSTART', is('('), { begin: 'NODE' }),
  /* 15 */ pattern('\\{\\{', 'NODE_DSTART', is('{'), { begin: 'NODE' }),
  /* 16 */ pattern('\\(', 'NODE_DSTART', is('('), { begin: 'NODE' }),
  /* 17 */ pattern('\\[', 'NODE_DSTART', is('['), { begin: 'NODE' }),
  /* 18 */ pattern('\\s+', 'SPACELIST', isJsSpace),
  /* 19 */ pattern('[^(\\[\\n){}]+', 'NODE_ID', (c) => c >= 0 && c !== 40 && c !== 91 && c !== 10 && c !== 41 && c !== 123 && c !== 125),
  /* 20 */ pattern('$', 'EOF', atEnd),
  /* 21 */ pattern('"`', null, is('"'), { begin: 'NSTR2' }),
  /* 22 */ pattern('[^`"]+', 'NODE_DESCR', (c) => c >= 0 && c !== 96 && c !== 34),
  /* 23 */ pattern('`"', null, is('`'), { pop: true }),
  /* 24 */ pattern('"', null, is('"'), { begin: 'NSTR' }),
  /* 25 */ pattern('[^"]+', 'NODE_DESCR', (c) => c >= 0 && c !== 34),
  /* 26 */ pattern('"', null, is('"'), { pop: true }),
  /* 27 */ pattern('\\)\\)', 'NODE_DEND', is(')'), { pop: true }),
  /* 28 */ pattern('\\)', 'NODE_DEND', is(')'), { pop: true }),
  /* 29 */ pattern('\\]', 'NODE_DEND', is(']'), { pop: true }),
  /* 30 */ pattern('\\}\\}', 'NODE_DEND', is('}'), { pop: true }),
  /* 31 */ pattern('\\(-', 'NODE_DEND', is('('), { pop: true }),
  /* 32 */ pattern('-\\)', 'NODE_DEND', is('-'), { pop: true }),
  /* 33 */ pattern('\\(\\(', 'NODE_DEND', is('('), { pop: true }),
  /* 34 */ pattern('\\(', 'NODE_DEND', is('('), { pop: true }),
  /* 35 */ pattern('[^)\\](}]+', 'NODE_DESCR', (c) => c >= 0 && c !== 41 && c !== 93 && c !== 40 && c !== 125),
  /* 36 */ pattern('.+(?!\\(\\()', 'NODE_DESCR', anyChar),
];

export const mindmapLexer = new RuleLexer(RULES, {
  INITIAL: [0, 1, 2, 5, 6, 7, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
  CLASS: [3, 4],
  ICON: [8, 9],
  NSTR2: [22, 23],
  NSTR: [25, 26],
  NODE: [21, 24, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36],
});
