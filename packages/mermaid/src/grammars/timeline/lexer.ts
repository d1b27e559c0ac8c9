import { anyOrEnd, atEnd, CompiledLexer, dotChar, isJsSpace, startsWith, type LexRule } from '../gantt/jison-lexer.js';

/**
 * Mermaid 11.17.2's timeline lexer (timeline-definition chunk, from timeline.jison), rule for
 * rule in its order, case-insensitive. Facts worth knowing, each checked against Mermaid:
 *  - `%` not followed by `{` starts a comment to the line end, as does any character other than
 *    `}` followed by `%%`; `#` at the start of a token is a comment too;
 *  - a period runs up to `#`, `:` or the line end; an event is `:` + one blank + text, where the
 *    text may hold `#` and colons not followed by a blank (`: a:b` is one event, `: a: b` two);
 *  - any other `:` (no blank after it, or at the line end) is an INVALID token: `10:00` breaks;
 *  - `section` takes the line up to a `:`; `title` the whole line;
 *  - `\s+` swallows line breaks, so statements need no newline between them.
 */

const RULES: LexRule[] = [
  /* 0 */ { pattern: '%(?!\\{)[^\\n]*', token: null, first: (c) => c === 37 },
  /* 1 */ { pattern: '[^\\}]%%[^\\n]*', token: null, first: (c) => c >= 0 && c !== 125 },
  /* 2 */ { pattern: '[\\n]+', token: 'NEWLINE', first: (c) => c === 10 },
  /* 3 */ { pattern: '\\s+', token: null, first: isJsSpace },
  /* 4 */ { pattern: '#[^\\n]*', token: null, first: (c) => c === 35 },
  /* 5 */ { pattern: 'timeline[ \\t]+LR\\b', token: 'timeline_lr', first: startsWith('t') },
  /* 6 */ { pattern: 'timeline[ \\t]+TD\\b', token: 'timeline_td', first: startsWith('t') },
  /* 7 */ { pattern: 'timeline\\b', token: 'timeline', first: startsWith('t') },
  /* 8 */ { pattern: 'title\\s[^\\n]+', token: 'title', first: startsWith('t') },
  /* 9 */ { pattern: 'accTitle\\s*:\\s*', token: 'acc_title', action: { begin: 'acc_title' }, first: startsWith('a') },
  /* 10 */ { pattern: '[^\\n]*', token: 'acc_title_value', action: { pop: true }, first: anyOrEnd },
  /* 11 */ { pattern: 'accDescr\\s*:\\s*', token: 'acc_descr', action: { begin: 'acc_descr' }, first: startsWith('a') },
  /* 12 */ { pattern: '[^\\n]*', token: 'acc_descr_value', action: { pop: true }, first: anyOrEnd },
  /* 13 */ { pattern: 'accDescr\\s*\\{\\s*', token: null, action: { begin: 'acc_descr_multiline' }, first: startsWith('a') },
  /* 14 */ { pattern: '\\}', token: null, action: { pop: true }, first: (c) => c === 125 },
  /* 15 */ { pattern: '[^\\}]*', token: 'acc_descr_multiline_value', first: anyOrEnd },
  /* 16 */ { pattern: 'section\\s[^:\\n]+', token: 'section', first: startsWith('s') },
  /* 17 */ { pattern: ':\\s(?:[^:\\n]|:(?!\\s))+', token: 'event', first: (c) => c === 58 },
  /* 18 */ { pattern: '[^#:\\n]+', token: 'period', first: (c) => c >= 0 && c !== 35 && c !== 58 && c !== 10 },
  /* 19 */ { pattern: '$', token: 'EOF', first: atEnd },
  /* 20 */ { pattern: '.', token: 'INVALID', first: dotChar },
];

export const timelineLexer = new CompiledLexer({
  rules: RULES,
  caseInsensitive: true,
  conditions: {
    INITIAL: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 16, 17, 18, 19, 20],
    acc_title: [10],
    acc_descr: [12],
    acc_descr_multiline: [14, 15],
  },
});
