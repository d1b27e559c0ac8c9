import { T, type Token } from './lexer.js';
import type { Expectation, ParseFailure } from './parser.js';
import { quotedImage, type Diagnosis } from '../../diagnosis.js';

const KEYWORDS = new Map<T, string>([
  [T.XYCHART, 'xychart'], [T.ORIENTATION, 'vertical/horizontal'], [T.TITLE, 'title'], [T.X_AXIS, 'x-axis'],
  [T.Y_AXIS, 'y-axis'], [T.LINE, 'line'], [T.BAR, 'bar'],
]);

function shown(text: string, token: Token): string {
  if (token.type === T.EOF || token.type === T.EOF_END) return 'the end of the diagram';
  if (token.type === T.NEWLINE) return 'the end of the line';
  if (token.type === T.STR) return 'a quoted text';
  return quotedImage(text, token.start, token.end, false);
}

const WHAT: Record<Expectation, string> = {
  statement: 'a statement (title, x-axis, y-axis, line, bar, accTitle, accDescr)',
  text: 'a text',
  'axis-data': "a title, a category list [a, b] or a range 'min --> max'",
  'y-axis-data': "a title or a range 'min --> max'",
  'plot-data': 'a title or the values in brackets [1, 2, 3]',
  'open-bracket': "'[' and the values",
  'band-text': 'a category name',
  'band-next': "',' or ']'",
  number: 'a number',
  'point-next': "',' or ']'",
  arrow: "'-->' between the range's ends",
  'range-end': "the range's upper number",
};

const HINTS: Record<Expectation, string> = {
  statement: 'each line is one of: title …, x-axis …, y-axis …, line [..], bar [..]; a second header is not allowed',
  text: 'write the text after the keyword; quote it ("…") if it holds other characters than letters, digits and & + = * . # - _',
  'axis-data': 'x-axis "Title" [a, b, c]  or  x-axis "Title" 0 --> 100',
  'y-axis-data': 'y-axis "Title" 0 --> 100 (a y-axis takes no category list)',
  'plot-data': 'line "Title" [1, 2.5, -3]',
  'open-bracket': 'line "Title" [1, 2.5, -3]',
  'band-text': 'quote category names that hold other characters than letters, digits and & + = * . # - _: ["Q1 (est.)", "Q2"]',
  'band-next': 'separate categories with commas and close the list with ]',
  number: 'values are plain numbers: 12, -3.5, .5 — no units, %, thousands separators or empty entries',
  'point-next': 'separate values with commas and close the list with ]',
  arrow: 'a range is written min --> max, e.g. 0 --> 100',
  'range-end': 'a range is written min --> max, e.g. 0 --> 100',
};

export function diagnoseXychart(text: string, tokens: Token[], failure: ParseFailure): Diagnosis {
  const token = tokens[failure.index]!;
  const at = { start: token.start, end: Math.max(token.end, token.start + 1) };
  const got = shown(text, token);
  const c = text.charCodeAt(token.start);
  if (token.type === T.LEXERR) {
    if (c === 0xfb02) {
      return { code: 'entity-outside-string', message: 'An entity code such as #quot; is only allowed inside a quoted text', hint: 'put the text in double quotes, or write the character itself', ...at };
    }
    if (c === 40 || c === 41 || c === 123 || c === 125) {
      return { code: 'paren-in-label', message: `Mermaid cannot read ${got} in an unquoted xychart text`, hint: 'quote the text: "Revenue (USD)"', ...at };
    }
    return { code: 'unexpected-character', message: `Mermaid cannot read ${got} here: xychart text may only hold letters, digits, blanks and & + = * . # - _ unless quoted`, hint: 'quote the text ("…")', ...at };
  }
  if (token.type === T.COLON) {
    return { code: 'colon-in-text', message: "A ':' is not allowed in an unquoted xychart text (nor after a keyword)", hint: 'quote the text ("Revenue: USD") and write keywords without a colon (title Sales)', ...at };
  }
  if (token.type === T.XYCHART && failure.expected === 'statement') {
    return { code: 'duplicate-header', message: "A second 'xychart' header after the first statement", hint: 'keep one header line at the top', ...at };
  }
  if (token.type === T.ORIENTATION && failure.expected === 'statement') {
    return { code: 'misplaced-orientation', message: `${got} is only allowed right after the xychart header (or inside a quoted text)`, hint: 'xychart-beta horizontal', ...at };
  }
  const keyword = KEYWORDS.get(token.type);
  if (keyword && failure.expected !== 'statement') {
    return { code: 'keyword-in-text', message: `'${keyword}' is a keyword and ends the text here`, hint: 'quote the text that holds the word ("Bar and line totals")', ...at };
  }
  const expected = failure.expected;
  let code = 'unexpected-token';
  if (expected === 'number' || expected === 'range-end') code = 'bad-number';
  else if (expected === 'arrow') code = 'bad-range';
  else if (token.type === T.STR && (expected === 'statement' || expected === 'band-next')) code = 'text-after-text';
  const context = failure.context ? KEYWORDS.get(failure.context.type) : undefined;
  const where = context ? ` in this '${context}' line` : '';
  return { code, message: `Expected ${WHAT[expected]}${where}, found ${got}`, hint: HINTS[expected], ...at };
}
