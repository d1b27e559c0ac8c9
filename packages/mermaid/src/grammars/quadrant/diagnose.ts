import { T, type Token } from './lexer.js';
import type { Expectation, ParseFailure } from './parser.js';
import { quotedImage, type Diagnosis } from '../../diagnosis.js';

function shown(text: string, token: Token): string {
  if (token.type === T.EOF || token.type === T.END) return 'the end of the diagram';
  if (token.type === T.NEWLINE) return 'the end of the line';
  if (token.type === T.SPACE) return 'a blank';
  if (token.type === T.STR || token.type === T.MD_STR) return 'a quoted text';
  return quotedImage(text, token.start, token.end);
}

const WHAT: Record<Expectation, [string, string, string]> = {
  header: ['bad-header', "the header 'quadrantChart'", 'start the diagram with quadrantChart'],
  statement: ['unexpected-token', 'a statement (title, x-axis, y-axis, quadrant-1…4, classDef or a point Name: [x, y])', 'each line is one statement; point names are quoted when they hold other characters than letters, digits, blanks and ! $ % & \' * + , - . / ? _ #'],
  text: ['missing-text', 'a text', 'write the text after the keyword; quote it ("…") if it starts with - or a blank'],
  eol: ['unexpected-token', 'the end of the statement', 'one statement per line (or separated by ;)'],
  'class-space': ['bad-classdef', "exactly one blank after 'classDef'", 'classDef name radius: 10, color: #ff0000'],
  'class-name': ['bad-classdef', 'a class name after classDef', 'classDef name radius: 10, color: #ff0000'],
  'class-styles': ['bad-classdef', 'one blank, then the class styles', 'classDef name radius: 10, color: #ff0000'],
  point: ['bad-point', "':' and the coordinates [x, y] after the point name", 'Point A: [0.3, 0.6]'],
  'point-x': ['bad-coordinate', 'the x coordinate (0, 1 or 0.something)', 'coordinates are between 0 and 1: write 0.5 or 1 (not 1.0, .5 or 50%)'],
  'point-y': ['bad-coordinate', 'the y coordinate (0, 1 or 0.something)', 'coordinates are between 0 and 1: write 0.5 or 1 (not 1.0, .5 or 50%)'],
  style: ['bad-point-style', 'a style (radius: 10, color: #ff0000 …)', 'styles are comma-separated, without a trailing comma'],
};

export function diagnoseQuadrant(text: string, tokens: Token[], failure: ParseFailure): Diagnosis {
  const token = tokens[failure.index]!;
  const at = { start: token.start, end: Math.max(token.end, token.start + 1) };
  const got = shown(text, token);
  if (token.type === T.LEXERR) {
    const c = text.charCodeAt(token.start);
    const previous = tokens[failure.index - 1];
    if (previous && (previous.type === T.POINT_START || previous.type === T.POINT_X || previous.type === T.POINT_Y)) {
      return { code: 'bad-coordinate', message: `Mermaid cannot read ${got} in the coordinates: each is 0, 1 or 0.something, written [x, y]`, hint: 'Point A: [0.3, 0.6] (not 1.0, .5, 50% or three values)', ...at };
    }
    if (c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125) {
      return { code: 'paren-in-label', message: `Mermaid cannot read ${got} in an unquoted quadrantChart text`, hint: 'quote the text: "Service (v2)": [0.4, 0.7]', ...at };
    }
    return { code: 'unexpected-character', message: `Mermaid cannot read ${got} here`, hint: 'quote texts that hold characters such as ( ) [ ] { } < > @ | ~ ^', ...at };
  }
  if (token.type === T.COLON && failure.expected !== 'point') {
    return { code: 'colon-in-text', message: "A ':' is only allowed before a point's coordinates: Name: [x, y]", hint: 'quote the text that holds the colon ("a: b")', ...at };
  }
  if (token.type === T.QUADRANT && failure.expected !== 'header') {
    return { code: 'duplicate-header', message: "'quadrantChart' appears again after the header", hint: 'keep one header line at the top', ...at };
  }
  const keyword = token.type === T.X_AXIS || token.type === T.Y_AXIS || token.type === T.ARROW || (token.type >= T.QUADRANT_1 && token.type <= T.QUADRANT_4) || token.type === T.TITLE;
  if (keyword && failure.expected !== 'statement') {
    return { code: 'keyword-in-text', message: `${got} is a keyword of quadrantChart and cannot appear inside this text`, hint: 'quote the text ("…")', ...at };
  }
  const [code, what, hint] = WHAT[failure.expected];
  return { code, message: `Expected ${what}, found ${got}`, hint, ...at };
}
