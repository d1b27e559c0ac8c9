import { T, type Token, type TokenType } from './lexer.js';

/**
 * The gitGraph grammar of @mermaid-js/parser 1.2.1 over the visible tokens:
 *
 *   gitGraph  := NEWLINE* header (NEWLINE | acc | statement)* EOF
 *   header    := 'gitGraph' | 'gitGraph' ':' | 'gitGraph:' | 'gitGraph' ('LR'|'TB'|'BT') ':'
 *   acc       := (ACC_DESCR | ACC_TITLE | TITLE) eol
 *   statement := 'commit' ('id:' STRING | 'msg:'? STRING | 'tag:' STRING | 'type:' kind)* eol
 *              | 'branch' name ('order:' INT)? eol
 *              | 'merge' name ('id:' STRING | 'tag:' STRING | 'type:' kind)* eol
 *              | ('checkout' | 'switch') name eol
 *              | 'cherry-pick' ('id:' STRING | 'tag:' STRING | 'parent:' STRING)* eol
 *   name := REFERENCE | STRING      kind := 'NORMAL' | 'REVERSE' | 'HIGHLIGHT'
 *   eol  := NEWLINE+ | EOF
 *
 * No line break is needed after the header (`gitGraph commit` is one line). Chevrotain predicts
 * each choice from the tokens ahead and commits, so the first error is at the first token no
 * alternative takes; `gitGraph LR` without its colon takes the bare header, and the loop then
 * stops at LR.
 */

export type Expectation = 'header' | 'statement' | 'eol' | 'string' | 'kind' | 'name' | 'int';

export type StatementKind = 'Commit' | 'Branch' | 'Merge' | 'Checkout' | 'CherryPicking';

/** One statement as Langium's AST holds it, by token index (later id:/msg:/type: overwrite). */
export interface Statement {
  kind: StatementKind;
  first: number;
  last: number;
  id?: number;
  message?: number;
  tags: number[];
  name?: number;
  parent?: number;
}

export interface Collected {
  statements: Statement[];
  title: number | null;
  accTitle: number | null;
  accDescr: number | null;
}

export interface ParseOutcome {
  collected: Collected;
  /** The first error, or null when the tokens form a gitGraph diagram. */
  failure: { index: number; expected: Expectation } | null;
}

const STATEMENT_KIND: Partial<Record<TokenType, StatementKind>> = {
  [T.COMMIT]: 'Commit', [T.BRANCH]: 'Branch', [T.MERGE]: 'Merge', [T.CHECKOUT]: 'Checkout', [T.SWITCH]: 'Checkout', [T.CHERRY_PICK]: 'CherryPicking',
};
const isKind = (t: TokenType) => t === T.NORMAL || t === T.REVERSE || t === T.HIGHLIGHT;
const isDirection = (t: TokenType) => t === T.LR || t === T.TB || t === T.BT;

export function parseGitGraphTokens(tokens: Token[]): ParseOutcome {
  const collected: Collected = { statements: [], title: null, accTitle: null, accDescr: null };
  const fail = (index: number, expected: Expectation): ParseOutcome => ({ collected, failure: { index, expected } });
  const type = (k: number) => tokens[Math.min(k, tokens.length - 1)]!.type;
  let i = 0;
  while (type(i) === T.NEWLINE) i++;
  if (type(i) === T.GITGRAPH_COLON) i++;
  else if (type(i) === T.GITGRAPH) {
    i++;
    if (type(i) === T.COLON) i++;
    else if (isDirection(type(i)) && type(i + 1) === T.COLON) i += 2;
  } else return fail(i, 'header');
  // eol := NEWLINE+ | EOF; the index after it, or -1.
  const eol = (k: number): number => {
    if (type(k) === T.EOF) return k;
    if (type(k) !== T.NEWLINE) return -1;
    while (type(k) === T.NEWLINE) k++;
    return k;
  };
  for (;;) {
    const t = type(i);
    if (t === T.NEWLINE) {
      i++;
      continue;
    }
    if (t === T.TITLE || t === T.ACC_TITLE || t === T.ACC_DESCR) {
      if (t === T.TITLE) collected.title = i;
      else if (t === T.ACC_TITLE) collected.accTitle = i;
      else collected.accDescr = i;
      const next = eol(i + 1);
      if (next === -1) return fail(i + 1, 'eol');
      i = next;
      continue;
    }
    const kind = STATEMENT_KIND[t];
    if (!kind) break;
    const statement: Statement = { kind, first: i, last: i, tags: [] };
    i++;
    if (kind === 'Branch' || kind === 'Merge' || kind === 'Checkout') {
      if (type(i) !== T.REFERENCE && type(i) !== T.STRING) return fail(i, 'name');
      statement.name = i++;
    }
    if (kind === 'Branch' && type(i) === T.ORDER) {
      if (type(i + 1) !== T.INT) return fail(i + 1, 'int');
      i += 2;
    }
    // The option loop: the alternatives each statement allows, in any order, repeated.
    for (;;) {
      const o = type(i);
      if (o === T.STRING && kind === 'Commit') {
        statement.message = i++;
      } else if ((o === T.ID && kind !== 'Branch' && kind !== 'Checkout') || (o === T.MSG && kind === 'Commit') ||
        (o === T.TAG && kind !== 'Branch' && kind !== 'Checkout') || (o === T.PARENT && kind === 'CherryPicking')) {
        if (type(i + 1) !== T.STRING) return fail(i + 1, 'string');
        if (o === T.ID) statement.id = i + 1;
        else if (o === T.MSG) statement.message = i + 1;
        else if (o === T.TAG) statement.tags.push(i + 1);
        else statement.parent = i + 1;
        i += 2;
      } else if (o === T.TYPE && (kind === 'Commit' || kind === 'Merge')) {
        if (!isKind(type(i + 1))) return fail(i + 1, 'kind');
        i += 2;
      } else break;
    }
    statement.last = i - 1;
    collected.statements.push(statement);
    const next = eol(i);
    if (next === -1) return fail(i, 'eol');
    i = next;
  }
  if (type(i) !== T.EOF) return fail(i, 'statement');
  return { collected, failure: null };
}
