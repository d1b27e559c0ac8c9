import type { LexToken } from './jison.js';
import { CARDINALITY_TOKENS, ENTITY_NAME_TOKENS, erLexer, REL_TYPE_TOKENS } from './lexer.js';

/**
 * Mermaid 11.17.2's erDiagram grammar as a recogniser (no recursion: subgraphs only count depth):
 *
 *   start     := ER_DIAGRAM line* EOF               line := NEWLINE | EOF | statement
 *   statement := entity (':::' ids)? relSpec entity (':::' ids)? ':' role
 *              | entity (':::' ids)? block?        | entity '[' entity ']' (':::' ids)? block?
 *              | acc_title acc_title_value | acc_descr acc_descr_value | acc_descr_multiline_value
 *              | direction_tb|bt|rl|lr | CLASSDEF ids styles sep | STYLE ids styles sep | CLASS ids ids
 *              | SUBGRAPH entity ('[' entity+ ']')? sep line* END
 *   relSpec   := cardinality (IDENTIFYING | NON_IDENTIFYING) cardinality
 *   block     := '{' attribute* '}'     attribute := WORD '?'? WORD (KEY (',' KEY)*)? COMMENT?
 *   ids       := name (',' name)*       styles := part+ (',' part+)*     sep := SEMI | NEWLINE | EOF
 *   entity    := ENTITY_NAME | UNICODE_TEXT | NUM | DECIMAL_NUM | ENTITY_ONE
 *   role      := WORD | ENTITY_NAME | UNICODE_TEXT
 *
 * Statements need no separator between them: `A B` is two entities, `A ||--o{ B : has C` a
 * relationship labelled `has` and an entity C (a label of several words must be quoted).
 * The LALR parser reduces a statement only on a token that can start the next line, so it stops
 * exactly at the first token that cannot continue a valid prefix: that is where this one stops
 * too. The database never throws while parsing (entities, classes, styles and subgraphs are
 * only collected), so the grammar alone decides.
 */

export type ErExpectation =
  | 'header' | 'statement' | 'after-entity' | 'rel-type' | 'cardinality' | 'entity-b' | 'colon' | 'role'
  | 'class-name' | 'alias' | 'alias-close' | 'attribute-type' | 'attribute-name' | 'attribute-more' | 'key'
  | 'style-id' | 'style-part' | 'style-more' | 'class-target' | 'subgraph-id' | 'subgraph-title' | 'subgraph-sep'
  | 'subgraph-end';

export type ErTextKind = 'entity' | 'alias' | 'attribute' | 'comment' | 'role' | 'subgraph' | 'accTitle' | 'accDescr';

export interface ErText {
  kind: ErTextKind;
  token: LexToken;
}

export interface ErFailure {
  token: LexToken;
  previous: LexToken | null;
  expected: ErExpectation;
  /** Open subgraphs at the failure. */
  depth: number;
  /** The innermost open subgraph's keyword, or the open block's '{', when the failure is inside one. */
  opener: LexToken | null;
}

export interface ErParse {
  texts: ErText[];
  failure: ErFailure | null;
}

const STYLE_PARTS = new Set(['STYLE_TEXT', 'NUM', 'COLON', 'BRKT']);
const ID_TOKENS = new Set(['UNICODE_TEXT', 'STYLE_TEXT']);
const ROLE_TOKENS = new Set(['WORD', 'ENTITY_NAME', 'UNICODE_TEXT']);
const SEPARATORS = new Set(['SEMI', 'NEWLINE', 'EOF']);
const DIRECTIONS = new Set(['direction_tb', 'direction_bt', 'direction_rl', 'direction_lr']);

class Failed {
  constructor(readonly expected: ErExpectation) {}
}

class ErRecogniser {
  private readonly lexer;
  token: LexToken;
  previous: LexToken | null = null;
  depth = 0;
  /** The SUBGRAPH keywords of the open subgraphs (a list, not recursion: any depth is fine). */
  readonly subgraphs: LexToken[] = [];
  blockStart: LexToken | null = null;
  readonly texts: ErText[] = [];

  constructor(text: string) {
    this.lexer = erLexer.start(text);
    this.token = this.lexer.next();
  }

  advance(): void {
    this.previous = this.token;
    this.token = this.lexer.next();
  }

  /** Consumes a token of one of these types or stops the parse with `expected`. */
  expect(types: Set<string>, expected: ErExpectation, kind?: ErTextKind): LexToken {
    const token = this.token;
    if (!types.has(token.type)) throw new Failed(expected);
    if (kind) this.texts.push({ kind, token });
    this.advance();
    return token;
  }

  accept(type: string): boolean {
    if (this.token.type !== type) return false;
    this.advance();
    return true;
  }

  run(): void {
    if (!this.accept('ER_DIAGRAM')) throw new Failed('header');
    for (;;) {
      const type = this.token.type;
      if (type === 'NEWLINE') this.advance();
      else if (type === 'EOF') {
        this.advance();
        // After EOF the lexer only yields the end: accepted at the top, an open subgraph fails.
        if (this.depth === 0) return;
      } else if (ENTITY_NAME_TOKENS.has(type)) this.entityStatement();
      else if (type === 'acc_title' || type === 'acc_descr') {
        // Their start conditions always yield the value token next.
        this.advance();
        this.texts.push({ kind: type === 'acc_title' ? 'accTitle' : 'accDescr', token: this.token });
        this.advance();
      } else if (type === 'acc_descr_multiline_value') {
        this.texts.push({ kind: 'accDescr', token: this.token });
        this.advance();
      } else if (DIRECTIONS.has(type)) this.advance();
      else if (type === 'CLASSDEF' || type === 'STYLE') this.styleStatement();
      else if (type === 'CLASS') {
        this.advance();
        this.idList('style-id');
        this.idList('class-target');
      } else if (type === 'SUBGRAPH') this.subgraphHeader();
      else if (type === 'END' && this.depth > 0) {
        this.depth--;
        this.subgraphs.pop();
        this.advance();
      } else throw new Failed(this.depth > 0 && type === '$end' ? 'subgraph-end' : 'statement');
    }
  }

  private entityStatement(): void {
    this.expect(ENTITY_NAME_TOKENS, 'statement', 'entity');
    if (this.accept('STYLE_SEPARATOR')) {
      this.idList('class-name');
      if (CARDINALITY_TOKENS.has(this.token.type)) this.relationship();
      else if (this.token.type === 'BLOCK_START') this.block();
      return;
    }
    const type = this.token.type;
    if (CARDINALITY_TOKENS.has(type)) this.relationship();
    else if (type === 'BLOCK_START') this.block();
    else if (type === 'SQS') {
      this.advance();
      this.expect(ENTITY_NAME_TOKENS, 'alias', 'alias');
      this.expect(SQE, 'alias-close');
      if (this.accept('STYLE_SEPARATOR')) this.idList('class-name');
      if (this.token.type === 'BLOCK_START') this.block();
    }
  }

  private relationship(): void {
    this.advance();
    this.expect(REL_TYPE_TOKENS, 'rel-type');
    this.expect(CARDINALITY_TOKENS, 'cardinality');
    this.expect(ENTITY_NAME_TOKENS, 'entity-b', 'entity');
    if (this.accept('STYLE_SEPARATOR')) this.idList('class-name');
    this.expect(COLON, 'colon');
    this.expect(ROLE_TOKENS, 'role', 'role');
  }

  private block(): void {
    this.blockStart = this.token;
    this.advance();
    if (this.accept('BLOCK_STOP')) return void (this.blockStart = null);
    for (;;) {
      this.expect(ATTRIBUTE_WORD, 'attribute-type');
      this.accept('?');
      this.expect(ATTRIBUTE_WORD, 'attribute-name', 'attribute');
      if (this.accept('ATTRIBUTE_KEY')) while (this.accept(',')) this.expect(ATTRIBUTE_KEY, 'key');
      if (this.token.type === 'COMMENT') this.expect(COMMENT, 'attribute-more', 'comment');
      if (this.accept('BLOCK_STOP')) return void (this.blockStart = null);
      if (this.token.type !== 'ATTRIBUTE_WORD') throw new Failed('attribute-more');
    }
  }

  private idList(expected: ErExpectation): void {
    this.expect(ID_TOKENS, expected);
    while (this.accept('COMMA')) this.expect(ID_TOKENS, expected);
  }

  private styleStatement(): void {
    this.advance();
    this.idList('style-id');
    do {
      this.expect(STYLE_PARTS, 'style-part');
      while (STYLE_PARTS.has(this.token.type)) this.advance();
    } while (this.accept('COMMA'));
    this.expect(SEPARATORS, 'style-more');
  }

  private subgraphHeader(): void {
    this.subgraphs.push(this.token);
    this.advance();
    this.expect(ENTITY_NAME_TOKENS, 'subgraph-id', 'subgraph');
    if (this.accept('SQS')) {
      this.expect(ENTITY_NAME_TOKENS, 'subgraph-title', 'subgraph');
      while (ENTITY_NAME_TOKENS.has(this.token.type)) this.expect(ENTITY_NAME_TOKENS, 'subgraph-title', 'subgraph');
      this.expect(SQE, 'subgraph-title');
    }
    this.expect(SEPARATORS, 'subgraph-sep');
    this.depth++;
  }
}

const SQE = new Set(['SQE']);
const COLON = new Set(['COLON']);
const ATTRIBUTE_WORD = new Set(['ATTRIBUTE_WORD']);
const ATTRIBUTE_KEY = new Set(['ATTRIBUTE_KEY']);
const COMMENT = new Set(['COMMENT']);

export function parseErTokens(text: string): ErParse {
  const parser = new ErRecogniser(text);
  try {
    parser.run();
    return { texts: parser.texts, failure: null };
  } catch (error) {
    if (!(error instanceof Failed)) throw error;
    return { texts: parser.texts, failure: { token: parser.token, previous: parser.previous, expected: error.expected, depth: parser.depth, opener: parser.blockStart ?? parser.subgraphs[parser.subgraphs.length - 1] ?? null } };
  }
}
