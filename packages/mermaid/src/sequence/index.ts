import type { GrammarResult, SequenceAst, SyntaxIssue } from '../types.js';
import { SeqBuilder } from './builder.js';
import type { Diagnosis } from '../diagnosis.js';
import { diagnoseFailure } from './diagnose.js';
import { encodeSequenceText, inputOffset } from './encode.js';
import { lexSequence } from './lexer.js';
import { ParseFailure, SeqParser } from './parser.js';
import { checkSemantics } from './semantics.js';

/**
 * Parses a sequence diagram (the text Mermaid's preprocessing leaves, starting with
 * `sequenceDiagram`) with Mermaid 11.17.2's exact verdict: syntax as its jison grammar decides,
 * then the checks its database makes. Spans are offsets in `text`.
 */
export function parseSequence(text: string): GrammarResult<SequenceAst> {
  const encoded = encodeSequenceText(text);
  const toInput = (offset: number) => Math.min(text.length, inputOffset(encoded, offset));
  const builder = new SeqBuilder(encoded.text, text, toInput, encoded.source === null);
  const { tokens } = lexSequence(encoded.text);
  try {
    new SeqParser(tokens, builder).parse();
  } catch (error) {
    if (!(error instanceof ParseFailure)) throw error;
    const index = tokens.indexOf(error.token);
    const diagnosis = diagnoseFailure({ text: encoded.text, tokens, index }, error.expected, error.opener);
    return { ast: builder.ast, errors: [issue(diagnosis, builder)] };
  }
  const semantic = checkSemantics(builder.ops);
  return { ast: builder.ast, errors: semantic ? [semantic] : [] };
}

function issue(d: Diagnosis, builder: SeqBuilder): SyntaxIssue {
  let span = builder.span(d.start, Math.max(d.end, d.start + 1));
  // At the end of the text (the newline Mermaid appends), mark the last character instead.
  if (span.start >= builder.inputLength && builder.inputLength > 0) span = { start: builder.inputLength - 1, end: builder.inputLength };
  const result: SyntaxIssue = { code: d.code, message: d.message, span };
  if (d.hint) result.hint = d.hint;
  return result;
}

export { lexSequence } from './lexer.js';
