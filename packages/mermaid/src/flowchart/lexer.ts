import { dispatchOf, LINK_CHARS, STATES, UNICODE_AFTER, type Dispatch, type Lexer, type StateTable } from './lexer-rules.js';
import { codeAt, isJsSpace, newlines, nodeString, nodeStringEnd } from './scanners.js';
import { T, TokenStream } from './tokens.js';
import { isUnicodeLetter } from './unicode.js';

export type { Token, TokenType } from './lexer-rules.js';
export { TokenStream } from './tokens.js';

/**
 * The flowchart lexer's loop (the rules and start conditions are in lexer-rules.ts): at each
 * position, the current start condition's rules that can start with this character are tried
 * in Mermaid's order, and the first that matches wins.
 */

/** Offset of the next white space (or '"', which also ends an edge id) at or after `from`. */
function nextSpace(input: string, from: number): number {
  for (let i = from; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 34 || c === 12 || c === 11) return i;
  }
  return input.length;
}

export interface LexResult {
  tokens: TokenStream;
  /** Offset where no rule matched (Mermaid: "Lexical error … Unrecognized text"). */
  errorAt?: number;
}

const NEWLINE = T.NEWLINE;
const SPACE = T.SPACE;

/** Codes that may follow the leading white space of a link token (LINK_CHARS as a lookup table). */
const LINK_CHAR = new Uint8Array(128);
for (const ch of LINK_CHARS) LINK_CHAR[ch.charCodeAt(0)] = 1;

/** Tokenizes the whole (encoded) text. Tokens end with EOF. */
export function lexFlowchart(input: string): LexResult {
  const INITIAL = STATES.INITIAL;
  const lexer: Lexer = { stack: [INITIAL], firstGraph: true };
  const stack = lexer.stack;
  const tokens = new TokenStream(input);
  const length = input.length;
  let pos = 0;
  let guard = 0;
  // Next occurrences, found once and moved on only when passed (so each search is linear overall).
  let directionAt = input.indexOf('direction');
  let atAt = input.indexOf('@');
  let spaceAt = -1;
  let lineEnd = -1;
  // A closure over the loop's variables: on Node 20 the same search kept in a small helper object
  // made the whole lexer 4× slower (measured), though it computed the same tokens.
  const directionOnLine = (pos: number): boolean => {
    if (directionAt === -1) return false;
    if (directionAt < pos) directionAt = input.indexOf('direction', pos);
    if (directionAt === -1) return false;
    if (lineEnd < pos) {
      lineEnd = input.indexOf('\n', pos);
      if (lineEnd === -1) lineEnd = length;
    }
    return directionAt <= lineEnd;
  };
  // The parser reads up to the bad text and then meets this end; the caller reports the lexical error.
  const failAt = (at: number): LexResult => {
    tokens.push(T.END_OF_INPUT, at, at);
    return { tokens, errorAt: at };
  };
  // Where the current run of white space ends, and whether a link may start there.
  let runEnd = -1;
  let linkAfterRun = false;
  /** The run's last white space other than a space or a tab (-1: none). */
  let lastBreak = -1;
  // Rules that need an '@' or "direction" are left out of the dispatch when the text has none.
  const variant = (atAt === -1 ? 0 : 1) | (directionAt === -1 ? 0 : 2);
  let table: StateTable = INITIAL;
  let dispatch: Dispatch = dispatchOf(INITIAL, variant);
  while (pos < length) {
    const code = input.charCodeAt(pos);
    // White space is most tokens (indentation is one SPACE per character). Only a link (whose
    // rules start with \s*) or a direction statement can claim it: when neither can, take it directly.
    if (table === INITIAL && (code === 32 || code === 9 || code === 10)) {
      if (pos >= runEnd) {
        runEnd = pos + 1;
        lastBreak = code === 32 || code === 9 ? -1 : pos;
        for (let c = codeAt(input, runEnd); runEnd < length && isJsSpace(c); c = codeAt(input, ++runEnd)) if (c !== 32 && c !== 9) lastBreak = runEnd;
        const next = runEnd < length ? input.charCodeAt(runEnd) : 128;
        linkAfterRun = next < 128 && LINK_CHAR[next] === 1;
      }
      if (!linkAfterRun) {
        if (code === 10) {
          const end = newlines(input, pos);
          tokens.push(NEWLINE, pos, end);
          pos = end;
          continue;
        }
        if (directionAt === -1 || !directionOnLine(pos)) {
          // Indentation (spaces right after a NEWLINE token) is one SPACE token: there the parser
          // is between statements and skips any number of them, so one token reads the same as
          // Mermaid's one per character, and typical diagrams have half as many tokens.
          let end = pos + 1;
          const last = tokens.count - 1;
          if (last >= 0 && tokens.types[last] === NEWLINE && tokens.ends[last] === pos) {
            // Past the run's last other white space (a line break), the rest of the run is spaces and tabs.
            if (pos > lastBreak) end = runEnd;
            else for (let c = codeAt(input, end); end < runEnd && (c === 32 || c === 9); c = codeAt(input, ++end));
          }
          tokens.push(SPACE, pos, end);
          pos = end;
          continue;
        }
      }
    }
    const rules = table.rules;
    let only = -1;
    let candidates = dispatch.other;
    if (code < 128) {
      only = dispatch.single[code]!;
      candidates = dispatch.ascii[code]!;
      const split = only < 0 ? dispatch.bySecond[code]! : null;
      if (split !== null) {
        // Only the candidates whose second character (if they name one) is the next one.
        const next = codeAt(input, pos + 1);
        const k = split.of[next >= 0 && next < 128 ? next : 128]!;
        only = split.single[k]!;
        candidates = split.lists[k]!;
      }
    }
    if (only >= 0) {
      // The one rule that can match here (most node ids, label texts, punctuation, a label's
      // brackets): no loop over candidates, and a bracket's push or pop done in place.
      const rule = rules[only]!;
      const end = rule.char >= 0 ? pos + 1 : rule.scan === nodeString ? nodeStringEnd(input, pos, length) : rule.scan(input, pos);
      if (end < 0) return failAt(pos);
      if (rule.code >= 0) tokens.push(rule.code, pos, end);
      pos = end;
      if (rule.changesState) {
        if (rule.pop) {
          if (stack.length > 1) stack.pop();
        } else {
          stack.push(rule.pushTable!);
        }
        table = stack[stack.length - 1]!;
        dispatch = dispatchOf(table, variant);
      }
      continue;
    }
    // UNICODE_TEXT (a table lookup) comes between MINUS and the openers in INITIAL's rule order.
    const unicode = code >= 128 && table === INITIAL && isUnicodeLetter(code);
    let matched = false;
    for (let c = 0; c < candidates.length; c++) {
      const i = candidates[c]!;
      if (unicode && i > UNICODE_AFTER) break;
      const rule = rules[i]!;
      if (rule.second >= 0 && codeAt(input, pos + 1) !== rule.second) continue;
      if (rule.needsAt) {
        if (atAt < pos && atAt !== -1) atAt = input.indexOf('@', pos);
        if (atAt === -1) continue;
        spaceAt = spaceAt < pos ? nextSpace(input, pos) : spaceAt;
        if (atAt > spaceAt) continue;
      }
      if (rule.needsDirection && !directionOnLine(pos)) continue;
      const end = rule.char >= 0 ? (code === rule.char ? pos + 1 : -1) : rule.scan(input, pos);
      if (end < 0) continue;
      const type = rule.code;
      if (!rule.changesState) {
        // Most tokens: no state change, never empty (only state-changing rules match nothing).
        if (type >= 0) tokens.push(type, pos, end);
        pos = end;
        matched = true;
        break;
      }
      const index = type >= 0 ? tokens.push(type, pos, end) : -1;
      if (rule.pop && stack.length > 1) stack.pop();
      if (rule.swapTable) {
        if (stack.length > 1) stack.pop();
        stack.push(rule.swapTable);
      }
      if (rule.pushTable) stack.push(rule.pushTable);
      if (rule.special) rule.special(lexer, tokens, index);
      table = stack[stack.length - 1]!;
      dispatch = dispatchOf(table, variant);
      // A rule may match nothing (e.g. an empty click target); the state change must then move us on.
      if (end === pos && index < 0 && !rule.push && !rule.pop && !rule.swap) continue;
      if (end === pos && ++guard > 10_000) return failAt(pos);
      pos = end;
      matched = true;
      break;
    }
    if (!matched) {
      if (!unicode) return failAt(pos);
      tokens.push(T.UNICODE_TEXT, pos, pos + 1);
      pos += 1;
    }
  }
  // At the end, jison tries the current state's rules once more on the empty rest: in INITIAL
  // the `$` rule yields the grammar's EOF token; elsewhere a rule that matches nothing may still
  // yield its token. Then comes the real end ($end), which no separator rule accepts.
  if (table === INITIAL) {
    tokens.push(T.EOF, length, length);
  } else {
    for (const rule of table.rules) {
      if (rule.scan(input, length) < 0) continue;
      if (rule.code >= 0) tokens.push(rule.code, length, length);
      break;
    }
  }
  tokens.push(T.END_OF_INPUT, length, length);
  return { tokens };
}
