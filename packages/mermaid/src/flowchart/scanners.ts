/**
 * Matchers for the lexer's rules, written as charCode loops: a scanner takes the input and a
 * position and returns where its match ends, or -1. Each one matches exactly what the sticky
 * regex of Mermaid's rule would match there (same greediness, same end), without building
 * match arrays: the hot rules (node ids, label text, links, white space) are hand-written, the
 * literal and keyword rules are derived from their regex source, and the rare rest runs its regex.
 */
import { isJsSpace } from '../chars.js';
export { isJsSpace };

export type Scan = (input: string, pos: number) => number;

/**
 * input.charCodeAt(i), or -1 past the end, without reading past the end: a charCodeAt site that
 * once read out of bounds is deoptimized into a builtin call for good (measured: twice the time
 * per character), and every scan of white space reaches the end. -1 rather than charCodeAt's NaN
 * keeps the code an integer (NaN made every comparison a floating-point one); every caller only
 * compares it with character codes, which -1 fails as NaN does.
 */
export function codeAt(input: string, i: number): number {
  return i < input.length ? input.charCodeAt(i) : -1;
}

/** JavaScript's \w (without the u flag). */
const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * text.trim(), without the call when neither end is white space (most ids, labels and style
 * values): the builtin is a megamorphic method load and a call for every string it is given.
 */
export function trimmed(text: string): string {
  const last = text.length - 1;
  return last < 0 || (!isJsSpace(text.charCodeAt(0)) && !isJsSpace(text.charCodeAt(last))) ? text : text.trim();
}

export function skipSpace(input: string, pos: number): number {
  while (isJsSpace(codeAt(input, pos))) pos++;
  return pos;
}

const X = 120; // x
const O = 111; // o
const LT = 60; // <
const GT = 62; // >
const DASH = 45;
const EQUALS = 61;
const DOT = 46;
const TILDE = 126;
const NL = 10;
const CR = 13;

/** A rule whose regex source is a plain (escaped) string, optionally followed by \b. */
export function literalOf(source: string): { text: string; boundary: boolean } | null {
  const m = /^((?:\\[^A-Za-z0-9]|[^\\[\](){}|.*+?^$])+)(\\b)?$/.exec(source);
  if (!m) return null;
  // \b is read as "no word character follows", true only when the keyword ends in one.
  if (m[2] !== undefined && !/\w$/.test(m[1]!)) return null;
  return { text: m[1]!.replace(/\\(.)/g, '$1'), boundary: m[2] !== undefined };
}

/** The scanner for a regex rule: derived for literals and keywords, otherwise the regex itself. */
export function scannerFor(re: RegExp): Scan {
  const literal = literalOf(re.source);
  if (literal) {
    const { text, boundary } = literal;
    const length = text.length;
    // \b after a keyword (which ends in a word character): the next character must not be one.
    if (boundary) return (input, pos) => (input.startsWith(text, pos) && !isWordChar(codeAt(input, pos + length)) ? pos + length : -1);
    if (length === 1) {
      const code = text.charCodeAt(0);
      return (input, pos) => (codeAt(input, pos) === code ? pos + 1 : -1);
    }
    return (input, pos) => (input.startsWith(text, pos) ? pos + length : -1);
  }
  // test() on a sticky regex leaves lastIndex at the end of the match, with no array built.
  return (input, pos) => {
    re.lastIndex = pos;
    return re.test(input) ? re.lastIndex : -1;
  };
}

/**
 * A keyword, then white space as the regex `word\s+`, `word\s`, `word\s*:\s*` or `word\s*\{\s*` reads
 * it (these statement openers are tried at every identifier starting with their letter).
 */
export function keywordThen(word: string, tail: '\\s+' | '\\s' | '\\s*:\\s*' | '\\s*\\{\\s*'): Scan {
  const length = word.length;
  const mark = tail === '\\s*:\\s*' ? 58 : tail === '\\s*\\{\\s*' ? 123 : -1;
  return (input, pos) => {
    if (!input.startsWith(word, pos)) return -1;
    const at = pos + length;
    if (mark === -1) {
      if (!isJsSpace(codeAt(input, at))) return -1;
      return tail === '\\s' ? at + 1 : skipSpace(input, at + 1);
    }
    const i = skipSpace(input, at);
    return codeAt(input, i) === mark ? skipSpace(input, i + 1) : -1;
  };
}

/** \s*TEXT, then \b when `boundary` (TEXT ends in a word character): the header's direction rules. */
export function spaceThen(text: string, boundary: boolean): Scan {
  const length = text.length;
  return (input, pos) => {
    const at = skipSpace(input, pos);
    if (!input.startsWith(text, at)) return -1;
    return boundary && isWordChar(codeAt(input, at + length)) ? -1 : at + length;
  };
}

/**
 * (?:\r?\n)*\s*\n (a header without direction): all white space, ending at the last \n of the white
 * space run that starts here (the greedy \s* backs off to it).
 */
export const noDirection: Scan = (input, pos) => {
  const end = skipSpace(input, pos);
  const newline = input.lastIndexOf('\n', end - 1);
  return newline >= pos ? newline + 1 : -1;
};

const isHeadChar = (c: number) => c === X || c === O || c === LT;
const isTailChar = (c: number) => c === X || c === O || c === GT;

/** \s*[xo<]?LL+[Lxo>]\s* where L is - or = (a complete solid or thick link). */
export function completeLink(line: number): Scan {
  return (input, pos) => {
    let i = skipSpace(input, pos);
    if (isHeadChar(codeAt(input, i))) i++;
    let n = 0;
    while (codeAt(input, i + n) === line) n++;
    const after = codeAt(input, i + n);
    let end: number;
    if (n >= 2 && isTailChar(after)) end = i + n + 1;
    else if (n >= 3) end = i + n; // the last line character is the tail
    else return -1;
    return skipSpace(input, end);
  };
}

/** \s*[xo<]?LL\s* (the start of a link with text: -- text -->). */
export function linkStart(line: number): Scan {
  return (input, pos) => {
    let i = skipSpace(input, pos);
    if (isHeadChar(codeAt(input, i))) i++;
    if (codeAt(input, i) !== line || codeAt(input, i + 1) !== line) return -1;
    return skipSpace(input, i + 2);
  };
}

/** \s*[xo<]?-?\.+-[xo>]?\s* (a complete dotted link). */
export const completeDottedLink: Scan = (input, pos) => {
  let i = skipSpace(input, pos);
  if (isHeadChar(codeAt(input, i))) i++;
  if (codeAt(input, i) === DASH && codeAt(input, i + 1) === DOT) i++;
  const dots = i;
  while (codeAt(input, i) === DOT) i++;
  if (i === dots || codeAt(input, i) !== DASH) return -1;
  i++;
  if (isTailChar(codeAt(input, i))) i++;
  return skipSpace(input, i);
};

/** \s*[xo<]?-\.\s* (the start of a dotted link with text). */
export const dottedLinkStart: Scan = (input, pos) => {
  let i = skipSpace(input, pos);
  if (isHeadChar(codeAt(input, i))) i++;
  if (codeAt(input, i) !== DASH || codeAt(input, i + 1) !== DOT) return -1;
  return skipSpace(input, i + 2);
};

/** \s*~~~+\s* (an invisible link). */
export const invisibleLink: Scan = (input, pos) => {
  let i = skipSpace(input, pos);
  const tildes = i;
  while (codeAt(input, i) === TILDE) i++;
  return i - tildes >= 3 ? skipSpace(input, i) : -1;
};

/** (?:\r?\n)+ */
export const newlines: Scan = (input, pos) => {
  let i = pos;
  for (;;) {
    const c = codeAt(input, i);
    if (c === NL) i++;
    else if (c === CR && codeAt(input, i + 1) === NL) i += 2;
    else break;
  }
  return i > pos ? i : -1;
};

/** \s (one white-space character). */
export const oneSpace: Scan = (input, pos) => (isJsSpace(codeAt(input, pos)) ? pos + 1 : -1);

/** end\b\s* */
export const endKeyword: Scan = (input, pos) =>
  input.startsWith('end', pos) && !isWordChar(codeAt(input, pos + 3)) ? skipSpace(input, pos + 3) : -1;

/** [0-9]+ */
export const digits: Scan = (input, pos) => {
  let i = pos;
  for (let c = codeAt(input, i); c >= 48 && c <= 57; c = codeAt(input, ++i));
  return i > pos ? i : -1;
};

/** [^c]+ for one character c: up to its next occurrence (indexOf is native, and faster than a loop). */
export function runBefore(stop: string): Scan {
  return (input, pos) => {
    const at = input.indexOf(stop, pos);
    const end = at === -1 ? input.length : at;
    return end > pos ? end : -1;
  };
}

/** A run of one or more characters outside a set: [^…]+ */
export function runOutside(excluded: string): Scan {
  const stop = new Uint8Array(128);
  for (const ch of excluded) stop[ch.charCodeAt(0)] = 1;
  return (input, pos) => {
    let i = pos;
    const length = input.length;
    while (i < length) {
      const c = input.charCodeAt(i);
      if (c < 128 && stop[c] === 1) break;
      i++;
    }
    return i > pos ? i : -1;
  };
}

/** One character other than `excluded`: [^c]; with `unlessDoubled`, a lone c is fine too: [^c]|c(?!c). */
export function oneCharExcept(excluded: string, unlessDoubled = false): Scan {
  const code = excluded.charCodeAt(0);
  return (input, pos) => {
    if (pos >= input.length) return -1;
    if (codeAt(input, pos) !== code) return pos + 1;
    return unlessDoubled && codeAt(input, pos + 1) !== code ? pos + 1 : -1;
  };
}

// NODE_STRING: (?:[A-Za-z0-9!"#$%&'*+.`?\\_/]|-(?=[^>\-.]))+
const NODE_CHAR = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!"#$%&\'*+.`?\\_/') NODE_CHAR[ch.charCodeAt(0)] = 1;

export const nodeString: Scan = (input, pos) => nodeStringEnd(input, pos, input.length);

/** nodeString with the length given: the lexer calls it directly (one call site, inlined). */
export function nodeStringEnd(input: string, pos: number, length: number): number {
  let i = pos;
  while (i < length) {
    const c = input.charCodeAt(i);
    if (c < 128 && NODE_CHAR[c] === 1) {
      i++;
      continue;
    }
    // "-" only when a character follows that is not >, - or . (an arrow would start there).
    if (c === DASH && i + 1 < length) {
      const next = input.charCodeAt(i + 1);
      if (next !== GT && next !== DASH && next !== DOT) {
        i++;
        continue;
      }
    }
    break;
  }
  return i > pos ? i : -1;
}

export const LINE = { solid: DASH, thick: EQUALS } as const;

/** `.` in a JavaScript regex stops at these. */
const isDotExcluded = (c: number) => c === NL || c === CR || c === 0x2028 || c === 0x2029;

/**
 * The direction statements' rule .*direction\s+XX[^\n]* is tried at every token of a line that
 * holds the word "direction"; run as a regex it rescans the rest of the line each time (quadratic
 * on long lines). Its greedy .* settles on the LAST "direction\s+XX" the line segment holds (a
 * segment ends where . stops), and [^\n]* then runs to the next newline. So per segment, the last
 * such place for each XX is found once, and a try at `pos` matches when that place is at or after it.
 */
interface DirectionSegment {
  input: string;
  start: number;
  end: number;
  last: Map<string, number>;
}

let segment: DirectionSegment | null = null;

function directionSegment(input: string, pos: number): DirectionSegment {
  if (segment && segment.input === input && pos >= segment.start && pos < segment.end) return segment;
  let end = pos;
  while (end < input.length && !isDotExcluded(input.charCodeAt(end))) end++;
  const last = new Map<string, number>();
  for (let q = input.indexOf('direction', pos); q !== -1 && q < end; q = input.indexOf('direction', q + 1)) {
    const after = skipSpace(input, q + 9);
    if (after > q + 9) last.set(input.slice(after, after + 2), q);
  }
  segment = { input, start: pos, end: Math.max(end, pos + 1), last };
  return segment;
}

/** .*direction\s+XX[^\n]* */
export function directionStatement(dir: string): Scan {
  return (input, pos) => {
    const q = directionSegment(input, pos).last.get(dir);
    if (q === undefined || q < pos) return -1;
    const newline = input.indexOf('\n', skipSpace(input, q + 9) + 2);
    return newline === -1 ? input.length : newline;
  };
}

/**
 * The edge-id rule [^\s"]+@(?=[^{"]) backtracks to the LAST '@' of the run of non-space,
 * non-quote characters that is followed by neither '{' nor '"'. Tried at each token inside one
 * long run, the regex would rescan it each time; the run's last such '@' is found once instead.
 */
let idRun: { input: string; start: number; end: number; lastAt: number } | null = null;

const QUOTE = 34;

export const edgeId: Scan = (input, pos) => {
  let run = idRun;
  if (!run || run.input !== input || pos < run.start || pos >= run.end) {
    let end = pos;
    let lastAt = -1;
    for (let c = codeAt(input, end); end < input.length && c !== QUOTE && !isJsSpace(c); c = codeAt(input, ++end)) {
      if (c !== 64) continue; // '@'
      const next = codeAt(input, end + 1);
      if (end + 1 < input.length && next !== 123 && next !== QUOTE) lastAt = end;
    }
    run = idRun = { input, start: pos, end: Math.max(end, pos + 1), lastAt };
  }
  return run.lastAt > pos ? run.lastAt + 1 : -1;
};
