import type { AccText, GenericAst, GrammarResult, Label, Span, SyntaxIssue } from '../../types.js';
import { encodeEntities, inputSpanMaker } from '../xychart/encode.js';
import { diagnoseQuadrant } from './diagnose.js';
import { lexQuadrant, T, type Token } from './lexer.js';
import { ParseFailure, parseQuadrantTokens, StyleFailure, type Collected, type StyleList } from './parser.js';

/**
 * Parses a quadrantChart (the text Mermaid's preprocessing leaves) with Mermaid 11.17.2's exact
 * verdict: its jison lexer and LALR grammar, then the one check its database makes while parsing
 * (the styles of points and classDefs: radius, color, stroke-color, stroke-width with valid
 * values, nothing else). Spans are offsets in `cleaned`.
 */
export function parseQuadrant(cleaned: string): GrammarResult<GenericAst> {
  const encoded = encodeEntities(cleaned);
  const text = encoded.text;
  const span = inputSpanMaker(encoded, cleaned.length);
  const tokens = lexQuadrant(text);
  const onStyles = (list: StyleList, collected: Collected) => {
    for (const [first, last] of list.styles) {
      let style = '';
      for (let k = first; k <= last; k++) style += text.slice(tokens[k]!.start, tokens[k]!.end);
      const problem = styleProblem(style);
      if (problem) throw new StyleFailure(first, last, problem, collected);
    }
  };
  let collected: Collected;
  let issue: SyntaxIssue | null = null;
  try {
    collected = parseQuadrantTokens(tokens, onStyles);
  } catch (error) {
    if (error instanceof ParseFailure) {
      collected = error.collected;
      const d = diagnoseQuadrant(text, tokens, error);
      issue = { code: d.code, message: d.message, span: span(d.start, d.end) };
      if (d.hint) issue.hint = d.hint;
    } else if (error instanceof StyleFailure) {
      collected = error.collected;
      const first = tokens[error.first]!;
      const last = tokens[error.last]!;
      issue = {
        code: 'bad-point-style',
        message: error.message,
        hint: 'point styles are radius: 12, color: #ff3300, stroke-color: #000, stroke-width: 2px (comma-separated)',
        span: span(first.start, last.end),
      };
    } else throw error;
  }
  if (issue && issue.span.start >= cleaned.length && cleaned.length > 0) issue.span = { start: cleaned.length - 1, end: cleaned.length };
  return { ast: buildAst(cleaned, tokens, collected, span), errors: issue ? [issue] : [] };
}

/**
 * What Mermaid's database says about one style of a point or classDef, or null when it accepts
 * it: the style is trimmed and split at colons (with the blanks around them); the first part
 * names the style, the second is its value.
 */
export function styleProblem(style: string): string | null {
  const [key, value] = style.trim().split(/\s*:\s*/);
  const invalid = (kind: string) => `The value ${String(value)} of the point style '${key}' is not a valid ${kind}`;
  switch (key) {
    case 'radius':
      return /^\d+$/.test(String(value)) ? null : invalid('number');
    case 'color':
    case 'stroke-color':
      return /^#?([\dA-Fa-f]{6}|[\dA-Fa-f]{3})$/.test(String(value)) ? null : invalid('hex colour');
    case 'stroke-width':
      return /^\d+px$/.test(String(value)) ? null : invalid('size in pixels (e.g. 2px)');
    default:
      return `Mermaid does not support the point style '${key ?? ''}' (only radius, color, stroke-color, stroke-width)`;
  }
}

function buildAst(cleaned: string, tokens: Token[], collected: Collected, span: (s: number, e: number) => Span): GenericAst {
  const ast: GenericAst = { kind: 'generic', texts: [], title: null, accTitle: null, accDescr: null };
  const labels: Label[] = [];
  for (const t of collected.texts) {
    const first = tokens[t.first]!;
    const last = tokens[t.last]!;
    // A quoted text starts one character (`"`) or two (`"\``) before its token.
    const open = first.type === T.STR ? 1 : first.type === T.MD_STR ? 2 : 0;
    const where = span(first.start - open, last.end);
    const close = t.first === t.last && open > 0 ? Math.min(cleaned.length, where.end + open) : where.end;
    where.end = close;
    const raw = cleaned.slice(where.start, where.end);
    let shown = '';
    for (let k = t.first; k <= t.last; k++) {
      const s = span(tokens[k]!.start, tokens[k]!.end);
      shown += cleaned.slice(s.start, s.end);
    }
    labels.push({ raw, text: shown.trim(), quoted: open > 0, markdown: open === 2, span: where });
  }
  ast.texts = labels;
  const acc = (index: number | null): AccText | null => {
    if (index === null) return null;
    const token = tokens[index]!;
    const where = span(token.start, token.end);
    return { text: cleaned.slice(where.start, where.end).trim(), span: where };
  };
  ast.title = acc(collected.title);
  ast.accTitle = acc(collected.accTitle);
  ast.accDescr = acc(collected.accDescr);
  return ast;
}
