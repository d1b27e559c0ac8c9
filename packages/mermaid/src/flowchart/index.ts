import type { FlowchartAst, GrammarResult, SyntaxIssue } from '../types.js';
import { FlowAstBuilder, SemanticFailure } from './builder.js';
import { diagnoseLexical, diagnoseParse, type Diagnosis } from './diagnose.js';
import { encodeFlowchartText, sourceOffset } from './encode.js';
import { lexFlowchart } from './lexer.js';
import { FlowParser, ParseFailure } from './parser.js';

/**
 * Parses a flowchart (the text Mermaid's preprocessing leaves) with Mermaid 11.17.2's exact
 * verdict, into a FlowchartAst whose spans are offsets in that text.
 */
export function parseFlowchart(text: string): GrammarResult<FlowchartAst> {
  const encoded = encodeFlowchartText(text);
  const toSource = (offset: number) => Math.min(text.length, sourceOffset(encoded, offset));
  const headerEnd = text.indexOf('\n');
  const keyword = /^\s*([\w-]+)/.exec(text)?.[1] ?? 'flowchart';
  const builder = new FlowAstBuilder(toSource, { start: 0, end: headerEnd === -1 ? text.length : headerEnd }, keyword);
  const issue = (d: Diagnosis): SyntaxIssue => {
    const start = toSource(d.start);
    const end = Math.max(start + 1, Math.min(text.length, toSource(d.end)));
    const result: SyntaxIssue = { code: d.code, message: d.message, span: { start: Math.min(start, text.length), end } };
    if (d.hint) result.hint = d.hint;
    if (d.label) result.labelSpan = { start: toSource(d.label.start), end: Math.max(toSource(d.label.start), Math.min(text.length, toSource(d.label.end))) };
    return result;
  };
  const lexed = lexFlowchart(encoded.text);
  try {
    new FlowParser(lexed.tokens, builder).parse();
  } catch (error) {
    if (error instanceof ParseFailure) {
      // A token the lexer could not make comes after the parse error only if the parser got there.
      if (lexed.errorAt !== undefined && error.token.type === 'END_OF_INPUT') return { ast: builder.ast, errors: [issue(diagnoseLexical(encoded.text, lexed.errorAt))] };
      return { ast: builder.ast, errors: [issue(diagnoseParse(encoded.text, error, lexed.tokens))] };
    }
    if (error instanceof SemanticFailure) {
      return { ast: builder.ast, errors: [issue({ code: error.code, message: error.message, hint: error.hint, start: error.start, end: error.end })] };
    }
    throw error;
  }
  if (lexed.errorAt !== undefined) return { ast: builder.ast, errors: [issue(diagnoseLexical(encoded.text, lexed.errorAt))] };
  return { ast: builder.ast, errors: [] };
}
