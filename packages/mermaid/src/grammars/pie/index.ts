import { decodeLabel } from '../../flowchart/encode.js';
import type { GenericAst, GrammarResult, Label, Span, SyntaxIssue } from '../../types.js';
import { accText, unquote } from '../langium-values.js';
import { encodeEntities, inputSpanMaker } from '../xychart/encode.js';
import { diagnosePie } from './diagnose.js';
import { lexPie, T, type Token } from './lexer.js';
import { parsePieTokens, type Collected } from './parser.js';

/**
 * Parses a pie diagram (the text Mermaid's preprocessing leaves) with Mermaid 11.17.2's exact
 * verdict, without loading @mermaid-js/parser: its Langium/Chevrotain token order and grammar
 * (lexer.ts, parser.ts), then the one check of Mermaid's pie database, which throws on a
 * negative slice value. Spans are offsets in `cleaned`.
 */
export function parsePie(cleaned: string): GrammarResult<GenericAst> {
  const encoded = encodeEntities(cleaned);
  const text = encoded.text;
  const span = inputSpanMaker(encoded, cleaned.length);
  const tokens = lexPie(text);
  const { collected, failure } = parsePieTokens(tokens);
  const ast = buildAst(cleaned, text, tokens, collected, span);
  let issue: SyntaxIssue | null = null;
  if (failure || tokens[tokens.length - 1]!.type === T.LEXERR) {
    const d = diagnosePie(text, tokens, failure);
    issue = { code: d.code, message: d.message, span: span(d.start, d.end) };
    if (d.hint) issue.hint = d.hint;
  } else {
    issue = negativeSlice(text, tokens, collected, span);
  }
  if (issue && issue.span.start >= cleaned.length && cleaned.length > 0) issue.span = { start: cleaned.length - 1, end: cleaned.length };
  return { ast, errors: issue ? [issue] : [] };
}

/** Mermaid's addSection throws at the first slice whose value is below zero (-0 is not). */
function negativeSlice(text: string, tokens: Token[], collected: Collected, span: (s: number, e: number) => Span): SyntaxIssue | null {
  for (const [label, value] of collected.slices) {
    const number = tokens[value]!;
    const image = text.slice(number.start, number.end);
    if (Number(image) < 0) {
      const name = unquote(text.slice(tokens[label]!.start, tokens[label]!.end));
      return {
        code: 'negative-slice',
        message: `"${decodeLabel(name)}" has a negative value (${image}): pie slices must be ≥ 0`,
        hint: 'use a value of 0 or more',
        span: span(tokens[label]!.start, number.end),
      };
    }
  }
  return null;
}

function buildAst(cleaned: string, text: string, tokens: Token[], collected: Collected, span: (s: number, e: number) => Span): GenericAst {
  const ast: GenericAst = { kind: 'generic', texts: [], title: null, accTitle: null, accDescr: null };
  for (const [index] of collected.slices) {
    const token = tokens[index]!;
    const where = span(token.start + 1, token.end - 1);
    const label: Label = {
      raw: cleaned.slice(where.start, where.end),
      text: decodeLabel(unquote(text.slice(token.start, token.end))),
      quoted: true,
      markdown: false,
      span: where,
    };
    ast.texts.push(label);
  }
  const acc = (index: number | null) => accText(text, index === null ? undefined : tokens[index], span);
  ast.title = acc(collected.title);
  ast.accTitle = acc(collected.accTitle);
  ast.accDescr = acc(collected.accDescr);
  return ast;
}
