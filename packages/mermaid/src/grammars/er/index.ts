import type { GenericAst, GrammarResult, Label, SyntaxIssue } from '../../types.js';
import { EncodedDiagram } from '../gantt/text.js';
import type { LexToken } from './jison.js';
import { CARDINALITY_TOKENS, REL_TYPE_TOKENS } from './lexer.js';
import { parseErTokens, type ErFailure, type ErParse } from './parser.js';

/**
 * Parses an erDiagram (the text Mermaid's preprocessing leaves) with Mermaid 11.17.2's exact
 * verdict: entity pre-pass and appended newline, the jison lexer (lexer.ts) and grammar
 * (parser.ts). The database throws nothing while parsing, so the grammar decides alone.
 * GenericAst.texts: entity names (first occurrence each), aliases, attribute names and comments,
 * relationship labels, subgraph ids and titles; spans are offsets in `cleaned`.
 */
export function parseEr(cleaned: string): GrammarResult<GenericAst> {
  const diagram = new EncodedDiagram(cleaned);
  const parsed = parseErTokens(diagram.text);
  collectTexts(diagram, parsed);
  if (!parsed.failure) return { ast: diagram.ast, errors: [] };
  return reject(diagram, parsed.failure);
}

function collectTexts(diagram: EncodedDiagram, parsed: ErParse): void {
  const { ast, text } = diagram;
  const entities = new Set<string>();
  for (const { kind, token } of parsed.texts) {
    if (kind === 'accTitle' || kind === 'accDescr') {
      const acc = diagram.accText(token.start, token.end);
      if (kind === 'accTitle') ast.accTitle = acc;
      else ast.accDescr = acc;
      continue;
    }
    const quoted = text[token.start] === '"';
    const label = quoted ? diagram.label(token.start + 1, token.end - 1) : diagram.label(token.start, token.end);
    if (!label) continue;
    if (kind === 'entity') {
      if (entities.has(label.text)) continue;
      entities.add(label.text);
    }
    ast.texts.push(quoted ? { ...label, quoted: true } satisfies Label : label);
  }
}

const KEYWORDS = new Set([...CARDINALITY_TOKENS, ...REL_TYPE_TOKENS, 'STYLE', 'CLASS', 'CLASSDEF', 'SUBGRAPH', 'END']);
const NAME_HINT = 'names may hold letters, digits, _ - * . and non-ASCII letters; wrap any other name in double quotes, e.g. "Order Item"';
const REL_EXAMPLE = 'write a relationship as A ||--o{ B : label (cardinality, -- or .., cardinality, then the label)';
const STYLE_HINT = 'write style properties as name:value pairs separated by commas, e.g. fill:#f9f,stroke:#333';

function reject(diagram: EncodedDiagram, failure: ErFailure): GrammarResult<GenericAst> {
  const { token, expected } = failure;
  const got = shown(diagram, token);
  const at = (issue: Omit<SyntaxIssue, 'span'>) => diagram.reject(issue, token.start, token.end);
  const word = diagram.text.slice(token.start, token.end).trim();
  const marker = entityMarker(diagram.text, token.start);
  if (marker) {
    return diagram.reject({ code: 'er-entity-code', message: 'An entity code (#35;, #quot; …) cannot appear here: Mermaid turns it into characters that only names outside attribute blocks, labels and "comments" may hold', hint: 'write the character itself, or move the text into a "comment" or a quoted label' }, marker.start, marker.end);
  }

  if (token.type === 'LEXERR') {
    return at({ code: 'er-style-character', message: `${got} cannot appear in a style or classDef line: only words, ':', ',', '#' and ';' can`, hint: 'drop it or write the value differently, e.g. 2px instead of 2.5px, #00000080 instead of rgba(…)' });
  }
  if (expected === 'header') {
    if (token.type.startsWith('direction_')) {
      return at({ code: 'bad-header', message: "The first line holds 'direction …': Mermaid reads the whole line as a direction statement, not as the erDiagram header", hint: 'put direction LR on its own line after erDiagram' });
    }
    return at({ code: 'bad-header', message: `Expected the header 'erDiagram', found ${got}`, hint: 'start the diagram with a line holding erDiagram' });
  }
  const opener = failure.opener;
  if (token.type === '$end' && failure.depth > 0 && opener && !(expected.startsWith('attribute') || expected === 'key')) {
    return diagram.reject({ code: 'er-unclosed-subgraph', message: "This subgraph is never closed with 'end'", hint: 'close every subgraph with a line holding end' }, opener.start, opener.end);
  }
  if (token.type === '$end' && failure.previous?.type === 'acc_descr_multiline_value') {
    return at({ code: 'unclosed-acc-descr', message: "accDescr { is never closed with '}'", hint: 'close the description with } on its own line' });
  }
  if (token.type === '"') {
    return at({ code: 'er-unclosed-quote', message: "This '\"' opens a quoted text that is never closed", hint: 'close the quote, or write the quote character as #quot;' });
  }
  if (token.type === '{' && expected.startsWith('attribute')) {
    return at({ code: 'er-unclosed-block', message: "'{' inside an attribute block: the block before it is not closed with '}'", hint: 'close each entity\'s attribute block with } before the next statement' });
  }
  if (token.type === '$end' && opener && (expected.startsWith('attribute') || expected === 'key')) {
    return diagram.reject({ code: 'er-unclosed-block', message: "This attribute block '{' is never closed with '}'", hint: 'close the block with } after its last attribute' }, opener.start, opener.end);
  }
  if (KEYWORDS.has(token.type) && (expected === 'statement' || expected === 'entity-b' || expected === 'role' || expected === 'alias' || expected === 'subgraph-id')) {
    if (token.type === 'END' && expected === 'statement') {
      return diagram.reject({ code: 'er-stray-end', message: "'end' closes a subgraph, but no subgraph is open (and 'end' cannot be an entity name)", hint: 'remove the line, or quote the entity name: "end"' }, token.start, token.start + 3);
    }
    return at({ code: 'er-keyword-as-name', message: `'${word}' is an erDiagram keyword (${keywordKind(token.type)}), not a name`, hint: `wrap the name in double quotes ("${word}") or rename it` });
  }
  switch (expected) {
    case 'statement':
      return statementError(diagram, failure, got, at);
    case 'rel-type':
      return at({ code: 'er-bad-relationship', message: `Expected '--' (identifying) or '..' (non-identifying) after the cardinality, found ${got}`, hint: REL_EXAMPLE });
    case 'cardinality':
      return at({ code: 'er-bad-cardinality', message: `Expected the second cardinality (|o, ||, }o, }|, o|, |{, o{ or words like "one or more") after '--' or '..', found ${got}`, hint: REL_EXAMPLE });
    case 'entity-b':
      return at({ code: 'er-bad-relationship', message: `Expected the second entity's name after the relationship, found ${got}`, hint: REL_EXAMPLE });
    case 'colon':
      return at({ code: 'er-missing-label', message: `A relationship needs ': label' after the second entity, found ${got}`, hint: 'add a label, e.g. CUSTOMER ||--o{ ORDER : places (use "" for none)' });
    case 'role':
      return at({ code: 'er-missing-label', message: `Expected the relationship's label after ':', found ${got}`, hint: 'write one word, or the label in double quotes: : "places order"' });
    case 'class-name':
      return at({ code: 'er-bad-class', message: `Expected a class name after ':::', found ${got}`, hint: 'write ENTITY:::className (names of letters, digits, _ and -)' });
    case 'alias':
      return at({ code: 'er-bad-alias', message: `Expected the alias after '[', found ${got}`, hint: 'write ENTITY["Display name"] or ENTITY[alias]' });
    case 'alias-close':
      return at({ code: 'er-bad-alias', message: `Expected ']' after the alias, found ${got}`, hint: 'an alias is one name or one "quoted text": ENTITY["Display name"]' });
    case 'attribute-type':
    case 'attribute-name':
    case 'attribute-more':
    case 'key':
      return attributeError(expected, got, at, token);
    case 'style-id':
    case 'class-target':
      return at({ code: expected === 'class-target' ? 'er-bad-class' : 'er-bad-style', message: `Expected ${expected === 'class-target' ? 'a class name after the entity names' : 'the names (entities or classes) to style'}, found ${got}`, hint: 'style A fill:#f9f / classDef important fill:#f9f / class A,B important' });
    case 'style-part':
    case 'style-more':
      return at({ code: 'er-bad-style', message: `Expected style properties (name:value, separated by commas), found ${got}`, hint: STYLE_HINT });
    case 'subgraph-id':
    case 'subgraph-title':
    case 'subgraph-sep':
      return at({ code: 'er-bad-subgraph', message: `Expected ${expected === 'subgraph-id' ? 'the subgraph name after subgraph' : expected === 'subgraph-title' ? "the subgraph title words and ']'" : 'the end of the line after the subgraph header'}, found ${got}`, hint: 'write subgraph Name or subgraph Name [Title words], then its entities, then end' });
    default:
      return at({ code: 'unexpected-token', message: `Unexpected ${got}`, hint: NAME_HINT });
  }
}

function keywordKind(type: string): string {
  if (CARDINALITY_TOKENS.has(type)) return 'a cardinality';
  if (REL_TYPE_TOKENS.has(type)) return 'a relationship line';
  return 'a statement';
}

type At = (issue: Omit<SyntaxIssue, 'span'>) => GrammarResult<GenericAst>;

function statementError(diagram: EncodedDiagram, failure: ErFailure, got: string, at: At): GrammarResult<GenericAst> {
  const { token, previous } = failure;
  const afterEntity = previous !== null && (previous.type === 'UNICODE_TEXT' || previous.type === 'ENTITY_NAME' || previous.type === 'NUM' || previous.type === 'DECIMAL_NUM' || previous.type === 'ENTITY_ONE');
  if (token.type === 'COLON' && afterEntity) {
    return at({ code: 'er-bad-relationship', message: "':' (a relationship label) must follow a relationship such as A ||--o{ B, not a lone entity name", hint: REL_EXAMPLE });
  }
  if (token.type === 'WORD') {
    return at({ code: 'er-bad-quoted-name', message: `${got} cannot be a name: a quoted name must not hold %, \\, a line break or be empty (such text is only a relationship label)`, hint: 'remove the character, or use an alias: ENTITY["display text"]' });
  }
  if (token.type === 'BLOCK_START' || token.type === 'SQS' || token.type === 'STYLE_SEPARATOR') {
    return at({ code: 'er-bad-entity', message: `${got} must follow an entity name directly (ENTITY {…}, ENTITY[alias], ENTITY:::class), found after something else`, hint: 'put the attribute block, alias or class right after the entity name, as its own statement' });
  }
  if (token.type.length === 1 || token.type === 'SQE' || token.type === 'BRKT' || token.type === 'COMMA') {
    const shownChar = diagram.text.slice(token.start, token.end);
    return at({ code: 'er-unexpected-character', message: `'${shownChar}' cannot appear here${afterEntity ? ' after an entity name' : ''}`, hint: NAME_HINT });
  }
  return at({ code: 'unexpected-token', message: `Expected an erDiagram statement (entity, relationship, attribute block, style, class, subgraph), found ${got}`, hint: 'one statement per line, e.g. CUSTOMER ||--o{ ORDER : places' });
}

function attributeError(expected: string, got: string, at: At, token: LexToken): GrammarResult<GenericAst> {
  const single = token.type.length === 1 && token.type !== ',' && token.type !== '?';
  const hint = single
    ? 'attribute words may hold letters, digits, _ - * . , ( ) [ ] and non-ASCII letters; put other text in a "comment"'
    : 'write each attribute as type name, optionally PK/FK/UK keys and a "comment": string email UK "login"';
  if (expected === 'attribute-type') return at({ code: 'er-bad-attribute', message: `Expected an attribute type (e.g. string, int) or '}', found ${got}`, hint });
  if (expected === 'attribute-name') return at({ code: 'er-bad-attribute', message: `An attribute needs a type and a name, found ${got} after the type`, hint });
  if (expected === 'key') return at({ code: 'er-bad-attribute', message: `Expected PK, FK or UK after ',' in the attribute's keys, found ${got}`, hint });
  return at({ code: 'er-bad-attribute', message: `After an attribute's name: expected keys (PK, FK, UK), a "comment", the next attribute or '}', found ${got}`, hint });
}

function shown(diagram: EncodedDiagram, token: LexToken): string {
  if (token.type === 'NEWLINE') return 'the end of the line';
  if (token.type === 'EOF' || token.type === '$end') return 'the end of the diagram';
  const c = diagram.text.charCodeAt(token.start);
  if (token.end - token.start === 1 && (c < 32 || (c >= 0x7f && c <= 0xa0) || c === 0x2028 || c === 0x2029 || c === 0xfeff)) {
    return `the invisible character U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return diagram.shown(token.start, token.end, token.type);
}

/** The private-use marker Mermaid's entity pre-pass made of a `#…;` code, when pos is inside one. */
function entityMarker(text: string, pos: number): { start: number; end: number } | null {
  const c = text.charCodeAt(pos);
  if (c !== 0xfb02 && c !== 0xb0 && c !== 0xb6 && c !== 0xdf && !(c >= 48 && c <= 57) && !/\w/.test(text[pos] ?? '')) return null;
  let start = pos;
  while (start > 0 && start > pos - 64 && text.charCodeAt(start) !== 0xfb02) start--;
  if (text.charCodeAt(start) !== 0xfb02 || text.charCodeAt(start + 1) !== 0xb0) return null;
  const end = text.indexOf('\u00B6\u00DF', start);
  if (end === -1 || end + 2 <= pos || !/^\u00B0{1,2}\w+$/.test(text.slice(start + 1, end))) return null;
  return { start, end: end + 2 };
}
