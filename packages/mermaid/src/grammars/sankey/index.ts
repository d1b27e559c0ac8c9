import type { GenericAst, GrammarResult, Label, Span, SyntaxIssue } from '../../types.js';
import { encodeEntities, inputSpanMaker } from '../xychart/encode.js';
import { prepareSankeyText, SankeyLexer, T, type Token } from './lexer.js';
import type { Diagnosis } from '../../diagnosis.js';

/**
 * Parses a sankey diagram (`sankey-beta` / `sankey`, the text Mermaid's preprocessing leaves) with
 * Mermaid 11.17.2's exact verdict. The grammar is CSV-like:
 *
 *   SANKEY NEWLINE record (NEWLINE record)* EOF?      record := field ',' field ',' field
 *   field := '"' ESCAPED_TEXT '"' | NON_ESCAPED_TEXT
 *
 * The database checks nothing (a value `ten` is fine), so the verdict is the lexer's and parser's.
 * Spans are offsets in `cleaned`.
 */
export function parseSankey(cleaned: string): GrammarResult<GenericAst> {
  const encoded = encodeEntities(cleaned);
  const prepared = prepareSankeyText(encoded.text);
  const text = prepared.text;
  const span = inputSpanMaker(encoded, cleaned.length, (offset) => prepared.source[Math.min(offset, prepared.source.length - 1)]!);
  const ast: GenericAst = { kind: 'generic', texts: [], title: null, accTitle: null, accDescr: null };
  const lexer = new SankeyLexer(text);
  let token = lexer.next();
  const fail = (expected: Expected): GrammarResult<GenericAst> => {
    const d = diagnose(text, token, expected);
    let where = span(d.start, d.end);
    if (where.start >= cleaned.length && cleaned.length > 0) where = { start: cleaned.length - 1, end: cleaned.length };
    const issue: SyntaxIssue = { code: d.code, message: d.message, span: where };
    if (d.hint) issue.hint = d.hint;
    return { ast, errors: [issue] };
  };
  const field = (index: number): boolean => {
    if (token.type === T.NON_ESCAPED) {
      if (index < 2) ast.texts.push(label(text, token.start, token.end, false, span));
      token = lexer.next();
      return true;
    }
    if (token.type !== T.DQUOTE) return false;
    const open = token;
    token = lexer.next();
    if (token.type !== T.ESCAPED) return false;
    const inner = token;
    token = lexer.next();
    if (token.type !== T.DQUOTE) return false;
    if (index < 2) ast.texts.push(label(text, open.start, token.end, true, span, inner));
    token = lexer.next();
    return true;
  };

  if (token.type !== T.SANKEY) return fail('header');
  token = lexer.next();
  if (token.type !== T.NEWLINE) return fail('header-end');
  token = lexer.next();
  for (;;) {
    for (let k = 0; k < 3; k++) {
      if (k > 0) {
        if (token.type !== T.COMMA) return fail(k === 1 ? 'comma-1' : 'comma-2');
        token = lexer.next();
      }
      if (!field(k)) return fail(k === 0 ? 'field' : 'field-after-comma');
    }
    if (token.type === T.NEWLINE) {
      token = lexer.next();
      continue;
    }
    if (token.type === T.EOF) token = lexer.next();
    if (token.type !== T.END) return fail('row-end');
    return { ast, errors: [] };
  }
}

function label(text: string, start: number, end: number, quoted: boolean, span: (s: number, e: number) => Span, inner?: Token): Label {
  // An unquoted field's blanks around the name are not part of it (Mermaid trims them).
  while (!quoted && start < end && text.charCodeAt(start) === 32) start++;
  while (!quoted && end > start && text.charCodeAt(end - 1) === 32) end--;
  const raw = text.slice(start, end);
  const shown = quoted && inner ? text.slice(inner.start, inner.end) : raw;
  // Mermaid trims the field and turns "" into " (for quoted and unquoted fields alike).
  return { raw, text: shown.trim().replaceAll('""', '"'), quoted, markdown: false, span: span(start, end) };
}

type Expected = 'header' | 'header-end' | 'field' | 'field-after-comma' | 'comma-1' | 'comma-2' | 'row-end';

function diagnose(text: string, token: Token, expected: Expected): Diagnosis {
  const at = { start: token.start, end: Math.max(token.end, token.start + 1) };
  const c = text.charCodeAt(token.start);
  const got = token.type === T.EOF || token.type === T.END ? 'the end of the diagram'
    : token.type === T.NEWLINE ? 'the end of the line'
      : `'${text.slice(token.start, Math.max(token.end, token.start + 1)).split('\n')[0]!.slice(0, 40)}'`;
  const empty = token.start === token.end && (token.type === T.NON_ESCAPED || token.type === T.ESCAPED);
  if (empty && token.start < text.length) {
    if (c === 0xfb02) return { code: 'entity-in-field', message: 'Entity codes such as #quot; cannot be used in sankey data', hint: 'write the character itself (inside a quoted field "…" for commas and quotes: "" is a quote)', ...at };
    const what = c === 9 ? 'a tab' : c > 0x7e ? `the non-ASCII character '${String.fromCodePoint(text.codePointAt(token.start)!)}'` : `the character '${text[token.start]}'`;
    return { code: 'bad-character', message: `Sankey data may hold only printable ASCII: ${what} is not accepted, even inside quotes`, hint: 'spell it with ASCII letters, or replace tabs with spaces', ...at };
  }
  switch (expected) {
    case 'header':
    case 'header-end':
      if (expected === 'header-end' && token.type === T.EOF) return { code: 'empty-diagram', message: 'A sankey diagram needs at least one row source,target,value', hint: 'add a line such as: A,B,10', ...at };
      return { code: 'bad-header', message: `The header must be 'sankey-beta' (or 'sankey') alone on its line, found ${got} after it`, hint: 'put the first row on the next line, without trailing blanks after the header', ...at };
    case 'field':
    case 'field-after-comma':
      if (token.type === T.COMMA || (token.type === T.DQUOTE && text.charCodeAt(token.start - 1) === 34)) return { code: 'empty-field', message: 'A sankey field cannot be empty', hint: 'every row is source,target,value with three non-empty fields', ...at };
      if (token.type === T.NEWLINE || token.type === T.EOF || token.type === T.END) return { code: 'missing-field', message: 'A sankey row needs three fields: source,target,value', hint: 'A,B,10', ...at };
      return { code: 'unclosed-quote', message: `A quoted field must end with '"', found ${got}`, hint: 'close the quote; write a quote inside a quoted field as ""', ...at };
    case 'comma-1':
    case 'comma-2':
      if (token.type === T.DQUOTE) return { code: 'quote-in-field', message: "A '\"' inside an unquoted field (or right after a quoted one) is not accepted", hint: 'quote the whole field and double the inner quote: "say ""hi"""', ...at };
      return { code: 'missing-field', message: `A sankey row needs three fields separated by commas, found ${got}`, hint: 'A,B,10 (semicolons and tabs are not separators)', ...at };
    default:
      if (token.type === T.COMMA) return { code: 'extra-field', message: 'A sankey row has exactly three fields: this one has more', hint: 'quote a field that holds a comma: "A, Inc.",B,10', ...at };
      if (token.type === T.DQUOTE) return { code: 'quote-in-field', message: "A '\"' inside an unquoted field (or right after a quoted one) is not accepted", hint: 'quote the whole field and double the inner quote: "say ""hi"""', ...at };
      return { code: 'unexpected-token', message: `Expected the end of the row, found ${got}`, ...at };
  }
}
