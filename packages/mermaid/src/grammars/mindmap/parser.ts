import type { LexToken } from '../er/jison.js';
import { mindmapLexer } from './lexer.js';

/**
 * Mermaid 11.17.2's mindmap grammar as a recogniser, with the database's parse-time throws:
 *
 *   start     := spaceLines? MINDMAP NL? (statement stop)+          spaceLines := SPACELINE (SPACELINE | NL)*
 *   stop      := (NL | EOF | SPACELINE) (NL | EOF)*
 *   statement := SPACELIST (node | ICON | CLASS)? | SPACELINE | node | ICON | CLASS
 *   node      := NODE_ID (NODE_DSTART NODE_DESCR NODE_DEND)? | NODE_DSTART NODE_DESCR NODE_DEND
 *
 * A statement is reduced (and its database call made) when the token after it is a stop. Then
 * `addNode` takes the first node's indentation (the SPACELIST length) as the base and throws
 * "There can be only one root" for every later node not indented deeper than it (its parent
 * would be the last node with a smaller relative level, and only the root is at 0);
 * `decorateNode` (icon, class) writes onto the last node and crashes when there is none yet.
 * Nesting depth is just a number here: no recursion, no tree.
 */

export type MindmapExpectation = 'header' | 'statement' | 'stop' | 'descr' | 'dend';

export interface MindmapNodeText {
  /** NODE_DESCR of a shaped node, or the NODE_ID of a bare one. */
  token: LexToken;
  /** The shape opening, when there is one. */
  open: LexToken | null;
}

export type MindmapFailure =
  | { kind: 'syntax'; token: LexToken; previous: LexToken | null; expected: MindmapExpectation; open: LexToken | null }
  | { kind: 'second-root'; node: LexToken; indent: number; rootIndent: number }
  | { kind: 'decoration-before-node'; token: LexToken };

export interface MindmapParse {
  nodes: MindmapNodeText[];
  failure: MindmapFailure | null;
}

const STOPS = new Set(['NL', 'EOF', 'SPACELINE']);

export function parseMindmapTokens(text: string): MindmapParse {
  const lexer = mindmapLexer.start(text);
  const nodes: MindmapNodeText[] = [];
  let previous: LexToken | null = null;
  let token = lexer.next();
  let rootIndent = -1;
  const advance = () => {
    previous = token;
    token = lexer.next();
  };
  // A call, not a comparison, so TypeScript does not narrow `token` across advance().
  const is = (type: string): boolean => token.type === type;
  let open: LexToken | null = null;
  const fail = (expected: MindmapExpectation): MindmapParse => ({ nodes, failure: { kind: 'syntax', token, previous, expected, open } });

  if (is('SPACELINE')) {
    advance();
    while (is('SPACELINE') || is('NL')) advance();
  }
  if (!is('MINDMAP')) return fail('header');
  advance();
  if (is('NL')) advance();
  for (let statements = 0; ; statements++) {
    if (statements > 0 && is('$end')) return { nodes, failure: null };
    let indent = 0;
    let node: LexToken | null = null;
    let decoration: LexToken | null = null;
    if (is('SPACELIST')) {
      indent = token.end - token.start;
      advance();
    } else if (is('SPACELINE')) {
      advance();
      if (!STOPS.has(token.type)) return fail('stop');
      advance();
      while (is('NL') || is('EOF')) advance();
      continue;
    } else if (!(is('NODE_ID') || is('NODE_DSTART') || is('ICON') || is('CLASS'))) return fail('statement');
    if (is('ICON') || is('CLASS')) {
      decoration = token;
      advance();
    } else if (is('NODE_ID') || is('NODE_DSTART')) {
      open = null;
      node = token;
      if (is('NODE_ID')) advance();
      if (is('NODE_DSTART')) {
        open = token;
        advance();
        if (!is('NODE_DESCR')) return fail('descr');
        node = token;
        advance();
        if (!is('NODE_DEND')) return fail('dend');
        advance();
      }
      nodes.push({ token: node, open });
    }
    if (!STOPS.has(token.type)) return fail('stop');
    // The statement is reduced now, on its stop token: the database calls run.
    if (node) {
      if (rootIndent < 0) rootIndent = indent;
      else if (indent <= rootIndent) return { nodes, failure: { kind: 'second-root', node, indent, rootIndent } };
    } else if (decoration && rootIndent < 0) return { nodes, failure: { kind: 'decoration-before-node', token: decoration } };
    advance();
    while (is('NL') || is('EOF')) advance();
  }
}
