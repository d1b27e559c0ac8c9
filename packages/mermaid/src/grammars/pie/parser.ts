import { T, type Token } from './lexer.js';

/**
 * The pie grammar of @mermaid-js/parser 1.2.1 over the visible tokens:
 *
 *   pie      := NEWLINE* 'pie' 'showData'? statement* EOF
 *   statement := (ACC_DESCR | ACC_TITLE | TITLE) eol
 *              | STRING ':' NUMBER_PIE eol
 *              | NEWLINE
 *   eol      := NEWLINE+ | EOF
 *
 * Chevrotain predicts each choice from the next token and commits, so the first error is at the
 * first token no alternative takes: inside a slice (no ':' / number / line end where one is due),
 * after a title-like line, or at a token that starts no statement (the loop ends and the end of
 * the text is expected).
 */

export type Expectation = 'header' | 'statement' | 'colon' | 'number' | 'eol';

/** Token indices of what Mermaid's database receives. */
export interface Collected {
  /** [label STRING, NUMBER] index pairs, in order */
  slices: [number, number][];
  title: number | null;
  accTitle: number | null;
  accDescr: number | null;
  showData: boolean;
}

export interface ParseOutcome {
  collected: Collected;
  /** The first error, or null when the tokens form a pie diagram. */
  failure: { index: number; expected: Expectation } | null;
}

export function parsePieTokens(tokens: Token[]): ParseOutcome {
  const collected: Collected = { slices: [], title: null, accTitle: null, accDescr: null, showData: false };
  const fail = (index: number, expected: Expectation): ParseOutcome => ({ collected, failure: { index, expected } });
  const type = (k: number) => tokens[k]!.type;
  let i = 0;
  while (type(i) === T.NEWLINE) i++;
  if (type(i) !== T.PIE) return fail(i, 'header');
  i++;
  if (type(i) === T.SHOW_DATA) {
    collected.showData = true;
    i++;
  }
  // eol := NEWLINE+ | EOF; returns the index after it, or -1.
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
    } else if (t === T.TITLE || t === T.ACC_TITLE || t === T.ACC_DESCR) {
      // A later assignment overwrites an earlier one, as Langium's `title=…` does.
      if (t === T.TITLE) collected.title = i;
      else if (t === T.ACC_TITLE) collected.accTitle = i;
      else collected.accDescr = i;
      const next = eol(i + 1);
      if (next === -1) return fail(i + 1, 'eol');
      i = next;
    } else if (t === T.STRING) {
      if (type(i + 1) !== T.COLON) return fail(i + 1, 'colon');
      if (type(i + 2) !== T.NUMBER) return fail(i + 2, 'number');
      collected.slices.push([i, i + 2]);
      const next = eol(i + 3);
      if (next === -1) return fail(i + 3, 'eol');
      i = next;
    } else break;
  }
  if (type(i) !== T.EOF) return fail(i, 'statement');
  return { collected, failure: null };
}
