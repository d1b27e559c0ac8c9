import { decodeLabel } from '../../flowchart/encode.js';
import type { GenericAst, GrammarResult, Label, Span, SyntaxIssue } from '../../types.js';
import { accText, unquote } from '../langium-values.js';
import { encodeEntities, inputSpanMaker } from '../xychart/encode.js';
import { replayGitGraph, type GitOp } from './db.js';
import { diagnoseGitGraph } from './diagnose.js';
import { lexGitGraph, T, type Token } from './lexer.js';
import { parseGitGraphTokens, type Collected } from './parser.js';

/**
 * Parses a gitGraph diagram (the text Mermaid's preprocessing leaves) with Mermaid 11.17.2's
 * exact verdict, without loading @mermaid-js/parser: its Langium/Chevrotain tokens and grammar
 * (lexer.ts, parser.ts), then the database's branch/checkout/merge/cherry-pick rules (db.ts).
 * `config` is the diagram's effective configuration (front matter and init directives): the
 * database reads gitGraph.mainBranchName and the label settings. Spans are offsets in `cleaned`.
 */
export function parseGitGraph(cleaned: string, config: Record<string, unknown> = {}): GrammarResult<GenericAst> {
  const encoded = encodeEntities(cleaned);
  const text = encoded.text;
  const span = inputSpanMaker(encoded, cleaned.length);
  const tokens = lexGitGraph(text);
  const { collected, failure } = parseGitGraphTokens(tokens);
  const ast = buildAst(cleaned, text, tokens, collected, span);
  let issue: SyntaxIssue | null = null;
  let exact = true;
  if (failure || tokens[tokens.length - 1]!.type === T.LEXERR) {
    const d = diagnoseGitGraph(text, tokens, failure);
    issue = { code: d.code, message: d.message, hint: d.hint, span: span(d.start, d.end) };
  } else {
    ({ issue, exact } = replayGitGraph(operations(text, tokens, collected, span), config));
  }
  if (issue && issue.span.start >= cleaned.length && cleaned.length > 0) issue.span = { start: cleaned.length - 1, end: cleaned.length };
  const result: GrammarResult<GenericAst> = { ast, errors: issue ? [issue] : [] };
  // A name through DOMPurify's HTML round trip is only approximated: Mermaid itself judges those.
  if (!exact) result.uncertain = true;
  return result;
}

/** The statements as the database receives them (values of the encoded text, as Langium gives them). */
function* operations(text: string, tokens: Token[], collected: Collected, span: (s: number, e: number) => Span): Generator<GitOp> {
  const value = (index: number | undefined) => (index === undefined ? undefined : tokenValue(text, tokens[index]!));
  for (const s of collected.statements) {
    const first = tokens[s.first]!;
    const last = tokens[s.last]!;
    yield { kind: s.kind, id: value(s.id), name: value(s.name), parent: value(s.parent), span: span(first.start, last.end) };
  }
}

function tokenValue(text: string, token: Token): string {
  const image = text.slice(token.start, token.end);
  return token.type === T.STRING ? unquote(image) : image;
}

function buildAst(cleaned: string, text: string, tokens: Token[], collected: Collected, span: (s: number, e: number) => Span): GenericAst {
  const ast: GenericAst = { kind: 'generic', texts: [], title: null, accTitle: null, accDescr: null };
  const push = (index: number | undefined) => {
    if (index === undefined) return;
    const token = tokens[index]!;
    const quoted = token.type === T.STRING;
    const where = quoted ? span(token.start + 1, token.end - 1) : span(token.start, token.end);
    const label: Label = { raw: cleaned.slice(where.start, where.end), text: decodeLabel(tokenValue(text, token)), quoted, markdown: false, span: where };
    ast.texts.push(label);
  };
  for (const s of collected.statements) {
    if (s.kind === 'Branch') push(s.name);
    if (s.kind !== 'CherryPicking') push(s.id);
    push(s.message);
    for (const tag of s.tags) push(tag);
  }
  const acc = (index: number | null) => accText(text, index === null ? undefined : tokens[index], span);
  ast.title = acc(collected.title);
  ast.accTitle = acc(collected.accTitle);
  ast.accDescr = acc(collected.accDescr);
  return ast;
}
