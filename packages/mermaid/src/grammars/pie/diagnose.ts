import { T, type Token } from './lexer.js';
import type { Expectation } from './parser.js';
import { quotedImage, type Diagnosis } from '../../diagnosis.js';

const SLICE_HINT = 'slices are written "label" : number — a quoted label, a colon, a plain number (42 or 4.2)';
const NUMBER_HINT = 'write the value as a plain number such as 42, 0 or 12.5: no %, units, thousands separators, leading + or . or leading zeros';

function shown(text: string, token: Token): string {
  if (token.type === T.EOF) return 'the end of the diagram';
  if (token.type === T.NEWLINE) return 'the end of the line';
  if (token.type === T.STRING) return 'a quoted text';
  return quotedImage(text, token.start, token.end);
}

/** Whether only blanks stand between the start of the line and `offset`. */
function startsLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function lineRest(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end === -1 ? text.length : end);
}

/** JavaScript blanks other than space and tab: Chevrotain's WHITESPACE skips only those two. */
const UNUSUAL_BLANK = /[\u000b\u000c\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** The run of non-blank characters starting at `offset`. */
function wordAt(text: string, offset: number): string {
  return /^[^\s]*/.exec(text.slice(offset, offset + 40))![0] || text[offset]!;
}

/** The first character no pie token starts with. */
function diagnoseCharacter(text: string, tokens: Token[]): Diagnosis {
  const bad = tokens[tokens.length - 1]!;
  const at = { start: bad.start, end: bad.start + 1 };
  const c = text[bad.start]!;
  const previous = tokens.length > 1 ? tokens[tokens.length - 2]! : null;
  const glued = previous !== null && previous.end === bad.start;
  if (c === '"' || c === "'") {
    return { code: 'unclosed-string', message: `This ${c === '"' ? 'double' : 'single'}-quoted text is never closed`, hint: `close it with ${c} (a backslash escapes the next character; it cannot stand before a line break)`, ...at };
  }
  if (UNUSUAL_BLANK.test(c)) {
    const code = c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return { code: 'unusual-blank', message: `Mermaid cannot read the invisible character U+${code} here: only spaces and tabs separate words`, hint: 'replace it with a plain space (or remove it)', ...at };
  }
  if (c === '\uFB02') {
    return { code: 'entity-outside-label', message: 'An entity code (#…;) is only allowed inside a quoted label', hint: 'move it inside the quotes or remove it', ...at };
  }
  if (previous && previous.type === T.STRING && glued) {
    return { code: 'quote-in-label', message: `A quote ends the label early: Mermaid cannot read '${wordAt(text, bad.start)}' after it`, hint: 'inside a label write a quote as \\" or #quot; (or quote the label with the other kind of quote)', ...at };
  }
  if (previous && (previous.type === T.COLON || (previous.type === T.NUMBER && glued))) {
    return { code: 'bad-number', message: `Mermaid cannot read '${wordAt(text, previous.type === T.COLON ? bad.start : previous.start)}' as a slice value`, hint: NUMBER_HINT, ...at };
  }
  if (previous && previous.type === T.TITLE && glued) {
    return { code: 'bad-title', message: `'title' must be followed by a blank before its text, found '${wordAt(text, bad.start)}'`, hint: 'title Monthly costs', ...at };
  }
  const rest = lineRest(text, bad.start);
  if (/^accDescr\b/.test(rest)) {
    return { code: 'bad-acc-descr', message: 'accDescr needs a colon and a text, or a { … } block closed by }', hint: 'accDescr: a short description, or accDescr { … } over several lines', ...at };
  }
  if (/^accTitle\b/.test(rest)) {
    return { code: 'bad-acc-title', message: 'accTitle needs a colon before its text', hint: 'accTitle: Monthly costs', ...at };
  }
  if (startsLine(text, bad.start) && rest.includes(':')) {
    return { code: 'unquoted-label', message: `Slice labels must be quoted: Mermaid cannot read '${rest.split(':')[0]!.trim().slice(0, 30)}'`, hint: SLICE_HINT, ...at };
  }
  const after = previous && previous.type === T.NUMBER ? ' after the slice value: a slice line ends with its number' : ' here: a pie diagram holds only title, accTitle, accDescr, showData and slices';
  return { code: 'unexpected-character', message: `Mermaid cannot read '${wordAt(text, bad.start)}'${after}`, hint: SLICE_HINT, ...at };
}

export function diagnosePie(text: string, tokens: Token[], failure: { index: number; expected: Expectation } | null): Diagnosis {
  if (tokens[tokens.length - 1]!.type === T.LEXERR) return diagnoseCharacter(text, tokens);
  const { index, expected } = failure!;
  const token = tokens[index]!;
  // Title-like tokens start with the blanks before their keyword: point at the keyword.
  let start = token.start;
  if (token.type === T.TITLE || token.type === T.ACC_TITLE || token.type === T.ACC_DESCR) {
    while (text[start] === ' ' || text[start] === '\t') start++;
  }
  const at = { start, end: Math.max(token.end, start + 1) };
  const got = shown(text, token);
  switch (expected) {
    case 'header':
      return { code: 'bad-header', message: `Expected the header 'pie', found ${got}`, hint: 'start the diagram with pie (optionally pie showData or pie title …)', ...at };
    case 'colon':
      return { code: 'missing-colon', message: `Expected ':' after the slice label, found ${got}`, hint: SLICE_HINT, ...at };
    case 'number':
      if (token.type === T.STRING) return { code: 'bad-number', message: 'A slice value is a plain number, not a quoted text', hint: NUMBER_HINT, ...at };
      return { code: 'missing-number', message: `Expected the slice value (a number) after ':', found ${got}`, hint: SLICE_HINT, ...at };
    case 'eol': {
      const previous = tokens[index - 1]!;
      if (previous.type === T.NUMBER && token.type === T.NUMBER) {
        return { code: 'bad-number', message: `Mermaid reads '${text.slice(previous.start, token.end)}' as two numbers`, hint: NUMBER_HINT, ...at };
      }
      return { code: 'unexpected-token', message: `Expected the end of the line, found ${got}`, hint: 'one statement per line: a slice, title, accTitle or accDescr', ...at };
    }
    case 'statement':
      if (token.type === T.PIE) return { code: 'duplicate-header', message: "'pie' appears again after the header", hint: 'keep one pie header at the top', ...at };
      if (token.type === T.SHOW_DATA) return { code: 'misplaced-show-data', message: "'showData' is only allowed right after 'pie' on the header line", hint: 'write pie showData', ...at };
      return { code: 'unexpected-token', message: `Expected a slice ("label" : number), title, accTitle or accDescr, found ${got}`, hint: SLICE_HINT, ...at };
  }
}
