import type { AccText, GenericAst, GrammarResult, Label, Span, SyntaxIssue } from '../../types.js';
import { encodeEntities, inputOffset } from './encode.js';
import { diagnoseXychart } from './diagnose.js';
import { lexXychart, T, type Token } from './lexer.js';
import { ParseFailure, parseXychartTokens, type Collected } from './parser.js';

/**
 * Parses an xychart (`xychart-beta` / `xychart`, the text Mermaid's preprocessing leaves) with
 * Mermaid 11.17.2's exact verdict. Its database throws nothing while parsing, so the verdict is
 * the lexer's and the LALR parser's. Spans are offsets in `cleaned`.
 */
export function parseXychart(cleaned: string): GrammarResult<GenericAst> {
  const encoded = encodeEntities(cleaned);
  const at = (offset: number) => inputOffset(encoded, offset, cleaned.length);
  const span = (start: number, end: number): Span => ({ start: at(start), end: Math.max(at(start), at(end)) });
  const tokens = lexXychart(encoded.text);
  let collected: Collected;
  let errors: SyntaxIssue[] = [];
  try {
    collected = parseXychartTokens(tokens);
  } catch (error) {
    if (!(error instanceof ParseFailure)) throw error;
    collected = error.collected;
    const d = diagnoseXychart(encoded.text, tokens, error);
    let where = span(d.start, d.end);
    if (where.start >= cleaned.length && cleaned.length > 0) where = { start: cleaned.length - 1, end: cleaned.length };
    const issue: SyntaxIssue = { code: d.code, message: d.message, span: where };
    if (d.hint) issue.hint = d.hint;
    errors = [issue];
  }
  return { ast: buildAst(cleaned, tokens, collected, span), errors };
}

/** Display text of a quoted label: entity codes decoded as the browser would show them. */
function decodeEntities(text: string): string {
  return text.replace(/#(\w+);/g, (whole, name: string) => {
    if (/^\d+$/.test(name)) return String.fromCodePoint(Number(name));
    return NAMED_ENTITIES[name] ?? whole;
  });
}
const NAMED_ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', apos: "'" };

/** Texts, title and accessibility texts, with spans in the input; `cleaned` is the input. */
function buildAst(cleaned: string, tokens: Token[], collected: Collected, span: (s: number, e: number) => Span): GenericAst {
  const ast: GenericAst = { kind: 'generic', texts: [], title: null, accTitle: null, accDescr: null };
  const labels: Label[] = [];
  for (const t of collected.texts) {
    const first = tokens[t.first]!;
    const last = tokens[t.last]!;
    const quoted = first.type === T.STR;
    // A string token is the text between the quotes; the label's raw text keeps the quotes.
    const where = quoted ? span(first.start - 1, last.end + 1) : span(first.start, last.end);
    where.end = Math.min(where.end, cleaned.length);
    let shown = '';
    if (quoted) shown = decodeEntities(cleaned.slice(where.start + 1, Math.max(where.start + 1, where.end - 1)));
    else {
      // Mermaid glues the words of an unquoted text together (blanks are skipped by the lexer).
      for (let k = t.first; k <= t.last; k++) shown += cleaned.slice(span(tokens[k]!.start, tokens[k]!.end).start, span(tokens[k]!.start, tokens[k]!.end).end);
    }
    const label: Label = { raw: cleaned.slice(where.start, where.end), text: shown.trim(), quoted, markdown: false, span: where };
    labels.push(label);
  }
  ast.texts = labels;
  for (const index of collected.titles) {
    const label = labels[index];
    if (label) ast.title = { text: label.text, span: { ...label.span } };
  }
  for (const a of collected.acc) {
    const token = tokens[a.index]!;
    const where = span(token.start, token.end);
    const value: AccText = { text: cleaned.slice(where.start, where.end).trim(), span: where };
    if (a.kind === 'accTitle') ast.accTitle = value;
    else ast.accDescr = value;
  }
  return ast;
}
