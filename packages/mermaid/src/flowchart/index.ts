import type { FlowchartAst, GrammarResult, SyntaxIssue } from '../types.js';
import { FlowAstBuilder, plainSpan, type SpanMaker } from './builder.js';
import { FlowChecks, SemanticFailure } from './checks.js';
import { diagnoseLexical, diagnoseParse, type Diagnosis } from './diagnose.js';
import { encodeFlowchartText, type EncodedText } from './encode.js';
import { lexFlowchart } from './lexer.js';
import { FlowParser, ParseFailure } from './parser.js';

export type { SpanMaker } from './builder.js';

/** The header keyword as /^\s*([\w-]+)/ reads it, or null. */
function headerKeyword(text: string): string | null {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const start = i;
  for (let c = text.charCodeAt(i); (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45; c = text.charCodeAt(++i));
  return i > start ? text.slice(start, i) : null;
}

/** JavaScript's \s. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028
    || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * Parses a flowchart (the text Mermaid's preprocessing leaves) with Mermaid 11.17.2's exact
 * verdict, into a FlowchartAst whose spans are offsets in that text, each made by `makeSpan`
 * (parse.ts gives one that maps them to the diagram text directly).
 */
export function parseFlowchart(text: string, makeSpan: SpanMaker = plainSpan): GrammarResult<FlowchartAst> {
  const encoded = encodeFlowchartText(text);
  const headerEnd = text.indexOf('\n');
  const keyword = headerKeyword(text) ?? 'flowchart';
  const builder = new FlowAstBuilder(encoded.text, encoded.source, text.length, makeSpan(0, headerEnd === -1 ? text.length : headerEnd), keyword, makeSpan);
  const errors = flowchartErrors(text, encoded, builder, makeSpan);
  return { ast: builder.ast, errors };
}

/**
 * The same verdict and errors as parseFlowchart, without building the AST: the parser runs with
 * the database's checks alone (FlowChecks, which FlowAstBuilder extends), for callers that want
 * only to know whether Mermaid accepts the text, and where it fails.
 */
export function checkFlowchart(text: string, makeSpan: SpanMaker = plainSpan): SyntaxIssue[] {
  const encoded = encodeFlowchartText(text);
  return flowchartErrors(text, encoded, new FlowChecks(encoded.source, text.length), makeSpan);
}

/** Lexes and parses the encoded text with `builder`; Mermaid's errors, if any (at most one), as issues. */
function flowchartErrors(text: string, encoded: EncodedText, builder: FlowChecks, makeSpan: SpanMaker): SyntaxIssue[] {
  const toSource = (offset: number) => builder.toSource(offset);
  const issue = (d: Diagnosis): SyntaxIssue[] => {
    const start = toSource(d.start);
    const end = Math.max(start + 1, Math.min(text.length, toSource(d.end)));
    const result: SyntaxIssue = { code: d.code, message: d.message, span: makeSpan(Math.min(start, text.length), end) };
    if (d.hint) result.hint = d.hint;
    if (d.label) result.labelSpan = makeSpan(toSource(d.label.start), Math.max(toSource(d.label.start), Math.min(text.length, toSource(d.label.end))));
    return [result];
  };
  const lexed = lexFlowchart(encoded.text);
  try {
    new FlowParser(lexed.tokens, builder).parse();
  } catch (error) {
    if (error instanceof ParseFailure) {
      // A token the lexer could not make comes after the parse error only if the parser got there.
      if (lexed.errorAt !== undefined && error.token.type === 'END_OF_INPUT') return issue(diagnoseLexical(encoded.text, lexed.errorAt));
      return issue(diagnoseParse(encoded.text, error, lexed.tokens));
    }
    if (error instanceof SemanticFailure) return issue({ code: error.code, message: error.message, hint: error.hint, start: error.start, end: error.end });
    throw error;
  }
  if (lexed.errorAt !== undefined) return issue(diagnoseLexical(encoded.text, lexed.errorAt));
  return [];
}
