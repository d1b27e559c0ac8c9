import type { TokenType } from './lexer-rules.js';

/**
 * The token classes of the flowchart grammar's non-terminals (idString, text, styles…), as bits
 * that the lexer stores on each token: the parser asks "is this token in class X" at nearly every
 * token, and a bit test is far cheaper than a Set lookup by type name.
 */
export const ID = 1;
export const TEXT = 2;
export const TEXT_NO_TAGS = 4;
export const STYLE = 8;
export const ALPHANUM = 16;
export const EDGE_TEXT = 32;
export const LINK_START = 64;

const CLASSES: [number, TokenType[]][] = [
  [ID, ['NUM', 'NODE_STRING', 'DOWN', 'MINUS', 'DEFAULT', 'COMMA', 'COLON', 'AMP', 'BRKT', 'MULT', 'UNICODE_TEXT']],
  [TEXT, ['TEXT', 'TAGSTART', 'TAGEND', 'UNICODE_TEXT']],
  [TEXT_NO_TAGS, ['NUM', 'NODE_STRING', 'SPACE', 'MINUS', 'AMP', 'UNICODE_TEXT', 'COLON', 'MULT', 'BRKT',
    'STYLE', 'LINKSTYLE', 'CLASSDEF', 'CLASS', 'CLICK', 'GRAPH', 'DIR', 'SUBGRAPH', 'END', 'DOWN', 'UP', 'START_LINK']],
  [STYLE, ['NUM', 'NODE_STRING', 'COLON', 'SPACE', 'BRKT', 'STYLE']],
  [ALPHANUM, ['NUM', 'UNICODE_TEXT', 'NODE_STRING', 'DIR', 'DOWN', 'MINUS', 'COMMA', 'COLON', 'AMP', 'BRKT', 'MULT']],
  [EDGE_TEXT, ['EDGE_TEXT', 'UNICODE_TEXT']],
  [LINK_START, ['LINK', 'START_LINK', 'LINK_ID']],
];

/** The class bits of a token type. */
export function flagsOf(type: TokenType): number {
  let flags = 0;
  for (const [bit, types] of CLASSES) if (types.includes(type)) flags |= bit;
  return flags;
}
