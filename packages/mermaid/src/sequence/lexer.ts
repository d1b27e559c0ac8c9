/**
 * The sequence-diagram lexer, behaving as Mermaid 11.17.2's jison lexer does: the first rule (in
 * the grammar's order) that matches wins, keywords are case-insensitive and end at a word
 * boundary, and a stack of start conditions decides which rules apply (ID after `participant`,
 * ALIAS before `as`, LINE for the rest of a block line, CONFIG inside `@{…}`, and the three
 * accessibility states). Rules are written as character scans, dispatched on the first character,
 * so a token costs a few comparisons instead of ninety regex attempts.
 *
 * Input: the encoded text (entities replaced, newline appended). Output: every token up to the
 * end of input, or up to the place where no rule matches (a lexical error).
 */

export const enum T {
  EOF, NEWLINE, SD, INVALID, ACTOR, TXT, NUM, COMMA, PLUS, MINUS, CENTRAL, ARROW,
  PARTICIPANT, ACTOR_KW, CREATE, DESTROY, AS, BOX, REST, END,
  LOOP, RECT, OPT, ALT, ELSE, PAR, PAR_OVER, AND, CRITICAL, OPTION, BREAK,
  LEFT_OF, RIGHT_OF, OVER, NOTE, LINKS, LINK, PROPERTIES, DETAILS, ACTIVATE, DEACTIVATE,
  TITLE, LEGACY_TITLE, ACC_TITLE, ACC_TITLE_VALUE, ACC_DESCR, ACC_DESCR_VALUE, ACC_DESCR_MULTILINE,
  AUTONUMBER, OFF, CONFIG_START, CONFIG_CONTENT, CONFIG_END,
  /** Where no lexer rule matched: Mermaid's "Lexical error … Unrecognized text". */
  LEXERR,
}

export interface Token {
  type: T;
  start: number;
  end: number;
}

const enum S { INITIAL, ID, ALIAS, LINE, CONFIG, ACC_TITLE, ACC_DESCR, ACC_DESCR_MULTILINE }

const NL = 10;

/** JavaScript's `\s`. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

// Character classes as bit flags in one table (one load per character in the hot loops).
const SPACE = 1;
/** ACTOR rule, first run: not / \ ( ) + < > - : newline , ;  ('=' is allowed: the grammar's `<\->` is three characters, not a range) */
const FIRST = 2;
/** ACTOR rule, later runs: as FIRST but / \ ( ) allowed */
const LATER = 4;
/** ID-state names: not < > : newline , ; @ */
const ID_NAME = 8;
const CLASSES = new Uint8Array(65536).fill(LATER | FIRST | ID_NAME);
// Only a few dozen characters differ from the default: set those (a loop over all 65,536 cost
// ~10 ms of every start).
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) {
  if (!isSpace(c)) throw new Error('space table out of step with isSpace');
  CLASSES[c]! |= SPACE;
}
for (const c of [43, 60, 62, 45, 58, NL, 44, 59]) CLASSES[c]! &= ~(LATER | FIRST); // + < > - : newline , ;
for (const c of [47, 92, 40, 41]) CLASSES[c]! &= ~FIRST; // / \ ( )
for (const c of [60, 62, 58, NL, 44, 59, 64]) CLASSES[c]! &= ~ID_NAME; // < > : newline , ; @
const space = (c: number) => (CLASSES[c]! & SPACE) !== 0;
const inFirstRun = (c: number) => (CLASSES[c]! & FIRST) !== 0;
const inLaterRun = (c: number) => (CLASSES[c]! & LATER) !== 0;
const inIdName = (c: number) => (CLASSES[c]! & ID_NAME) !== 0;

/** Keywords by lower-case first letter, in the grammar's rule order (first match wins). */
type Keyword = [word: string, type: T, push: S | -1];
const KEYWORD_LIST: Keyword[] = [
  ['actor', T.ACTOR_KW, S.ID], ['alt', T.ALT, S.LINE], ['and', T.AND, S.LINE], ['activate', T.ACTIVATE, S.ID], ['autonumber', T.AUTONUMBER, -1],
  ['box', T.BOX, S.LINE], ['break', T.BREAK, S.LINE],
  ['create', T.CREATE, -1], ['critical', T.CRITICAL, S.LINE],
  ['destroy', T.DESTROY, S.ID], ['details', T.DETAILS, -1], ['deactivate', T.DEACTIVATE, S.ID],
  ['else', T.ELSE, S.LINE], ['end', T.END, -1],
  ['loop', T.LOOP, S.LINE], ['left of', T.LEFT_OF, -1], ['links', T.LINKS, -1], ['link', T.LINK, -1],
  ['note', T.NOTE, -1],
  ['opt', T.OPT, S.LINE], ['option', T.OPTION, S.LINE], ['over', T.OVER, -1], ['off', T.OFF, -1],
  ['participant', T.PARTICIPANT, S.ID], ['par', T.PAR, S.LINE], ['par_over', T.PAR_OVER, S.LINE], ['properties', T.PROPERTIES, -1],
  ['rect', T.RECT, S.LINE], ['right of', T.RIGHT_OF, -1],
  ['sequencediagram', T.SD, -1],
];
/** Indexed by the lower-case first letter's code. */
const KEYWORDS: (Keyword[] | undefined)[] = [];
for (const keyword of KEYWORD_LIST) (KEYWORDS[keyword[0].charCodeAt(0)] ??= []).push(keyword);
/** Lower-case first two letters of every keyword-like rule (title, acc…): a cheap first filter. */
const PREFIXES = new Uint8Array(128 * 128);
for (const w of [...KEYWORD_LIST.map((k) => k[0]), 'title', 'acctitle', 'accdescr']) PREFIXES[w.charCodeAt(0) * 128 + w.charCodeAt(1)] = 1;

/** Arrows in rule order; the first that matches wins (`-->>` before `->`, `/|--` before `/|-`). */
const ARROWS = ['->>', '<<->>', '-->>', '<<-->>', '->', '-->', '-x', '--x', '-)', '--)', '--|\\', '--|/', '--\\\\', '--//',
  '/|--', '\\|--', '//--', '\\\\--', '-|\\', '-|/', '-\\\\', '-//', '/|-', '\\|-', '//-', '\\\\-'];

export interface Lexed {
  tokens: Token[];
}

export function lexSequence(text: string): Lexed {
  const n = text.length;
  const tokens: Token[] = [];
  const stack: S[] = [S.INITIAL];
  let state = S.INITIAL as S;
  let p = 0;
  let done = false;
  const push = (s: S) => { stack.push(s); state = s; };
  const pop = () => { if (stack.length > 1) stack.pop(); state = stack[stack.length - 1]!; };
  const emit = (type: T, start: number, end: number) => { tokens.push({ type, start, end }); p = end; };
  // Next newline, '#' and ';' at or after a position, each searched again only once passed, so
  // finding where text stops costs linear time overall.
  let nextNl = -1;
  let nextHash = -1;
  let nextSemi = -1;
  const lineEnd = (from: number) => {
    if (nextNl < from) { nextNl = text.indexOf('\n', from); if (nextNl === -1) nextNl = n; }
    return nextNl;
  };
  const textStop = (from: number) => {
    if (nextHash < from) { nextHash = text.indexOf('#', from); if (nextHash === -1) nextHash = n; }
    if (nextSemi < from) { nextSemi = text.indexOf(';', from); if (nextSemi === -1) nextSemi = n; }
    const nl = lineEnd(from);
    return nl < nextHash ? (nl < nextSemi ? nl : nextSemi) : nextHash < nextSemi ? nextHash : nextSemi;
  };
  /** Case-insensitive match of an ASCII word at `at`. */
  const word = (at: number, w: string) => {
    if (at + w.length > n) return false;
    for (let k = 0; k < w.length; k++) {
      const c = text.charCodeAt(at + k);
      const x = w.charCodeAt(k);
      if (c !== x && !(x >= 97 && x <= 122 && (c | 32) === x)) return false;
    }
    return true;
  };
  const spacesFrom = (at: number) => { while (at < n && space(text.charCodeAt(at))) at++; return at; };
  /** `\s+as\s` at `at` (the lookahead of the alias rules). */
  const aliasAhead = (at: number) => {
    if (at >= n || !space(text.charCodeAt(at))) return false;
    const a = spacesFrom(at);
    return word(a, 'as') && a + 2 < n && space(text.charCodeAt(a + 2));
  };

  for (;;) {
    if (done) { tokens.push({ type: T.EOF, start: n, end: n }); break; }
    if (p >= n) done = true;
    const c = p < n ? text.charCodeAt(p) : -1;
    switch (state) {
      case S.INITIAL: {
        if (c === -1) { emit(T.NEWLINE, n, n); continue; }
        if (c === NL) { let q = p + 1; while (q < n && text.charCodeAt(q) === NL) q++; emit(T.NEWLINE, p, q); continue; }
        if (space(c)) { p = spacesFrom(p); continue; }
        if (c === 35 /* # */ || (c === 37 /* % */ && text.charCodeAt(p + 1) !== 123)) { p = lineEnd(p); continue; }
        if (c !== 125 && text.charCodeAt(p + 1) === 37 && text.charCodeAt(p + 2) === 37) { p = lineEnd(p); continue; }
        const num = matchNum(text, p);
        if (num > p) { emit(T.NUM, p, num); continue; }
        if (((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && matchKeyword(p, c)) continue;
        if (c === 44) { emit(T.COMMA, p, p + 1); continue; }
        if (c === 59) { emit(T.NEWLINE, p, p + 1); continue; }
        if (inFirstRun(c)) { emitTrimmed(T.ACTOR, p, scanActor(text, p)); continue; }
        const arrow = matchArrow(text, p);
        if (arrow > p) { emit(T.ARROW, p, arrow); continue; }
        if (c === 58) { emit(T.TXT, p, textStop(p + 1)); continue; }
        if (c === 43) { emit(T.PLUS, p, p + 1); continue; }
        if (c === 45) { emit(T.MINUS, p, p + 1); continue; }
        if (c === 40 && text.charCodeAt(p + 1) === 41) { emit(T.CENTRAL, p, p + 2); continue; }
        emit(T.INVALID, p, p + 1);
        continue;
      }
      case S.ID: {
        if (c === -1) { tokens.push({ type: T.EOF, start: n, end: n }); return { tokens }; }
        if (c !== NL && space(c)) { while (p < n && text.charCodeAt(p) !== NL && space(text.charCodeAt(p))) p++; continue; }
        if (c === 35) { p = lineEnd(p); continue; }
        if (c === 64 && text.charCodeAt(p + 1) === 123) { emit(T.CONFIG_START, p, p + 2); push(S.CONFIG); continue; }
        // A name directly followed by @{ (no - = < > in it)
        let q = p;
        while (q < n) { const d = text.charCodeAt(q); if (!inIdName(d) || d === 61 || d === 45 || space(d)) break; q++; }
        if (q > p && text.charCodeAt(q) === 64 && text.charCodeAt(q + 1) === 123) { emitTrimmed(T.ACTOR, p, q); continue; }
        // A name followed by `as`
        q = p;
        while (q < n) { const d = text.charCodeAt(q); if (!inIdName(d) || space(d)) break; q++; }
        if (q > p && aliasAhead(q)) { emitTrimmed(T.ACTOR, p, q); push(S.ALIAS); continue; }
        // A name up to the end of the statement (or to a '#' that a later : < > , @ forces)
        q = p;
        while (q < n && inIdName(text.charCodeAt(q))) q++;
        if (q > p) {
          const d = q < n ? text.charCodeAt(q) : -1;
          let e = d === -1 || d === NL || d === 59 ? q : -1;
          if (e === -1) { for (let h = q - 1; h > p; h--) if (text.charCodeAt(h) === 35) { e = h; break; } }
          if (e !== -1) { emitTrimmed(T.ACTOR, p, e); pop(); continue; }
        }
        if (q < n && text.charCodeAt(q) === 60) { emit(T.INVALID, p, lineEnd(p)); pop(); continue; }
        if (c !== NL) { emit(T.INVALID, p, lineEnd(p)); pop(); continue; }
        tokens.push({ type: T.LEXERR, start: p, end: p + 1 });
        return { tokens };
      }
      case S.ALIAS: {
        if (c !== -1 && c !== NL && space(c)) { while (p < n && text.charCodeAt(p) !== NL && space(text.charCodeAt(p))) p++; continue; }
        if (c === 35) { p = lineEnd(p); continue; }
        if (word(p, 'as') && !(p + 2 < n && isWordChar(text.charCodeAt(p + 2)))) { emit(T.AS, p, p + 2); pop(); pop(); push(S.LINE); continue; }
        emit(T.NEWLINE, p, p); pop(); pop();
        continue;
      }
      case S.LINE: {
        if (c !== -1 && c !== NL && space(c)) { while (p < n && text.charCodeAt(p) !== NL && space(text.charCodeAt(p))) p++; continue; }
        if (c === 35) { p = lineEnd(p); continue; }
        emit(T.REST, p, textStop(p)); pop();
        continue;
      }
      case S.CONFIG: {
        if (c === -1) { tokens.push({ type: T.EOF, start: n, end: n }); return { tokens }; }
        if (c !== 125) { const q = text.indexOf('}', p); emit(T.CONFIG_CONTENT, p, q === -1 ? n : q); continue; }
        if (aliasAhead(p + 1)) { emit(T.CONFIG_END, p, p + 1); pop(); push(S.ALIAS); continue; }
        emit(T.CONFIG_END, p, p + 1); pop(); pop();
        continue;
      }
      case S.ACC_TITLE:
      case S.ACC_DESCR: {
        emit(state === S.ACC_TITLE ? T.ACC_TITLE_VALUE : T.ACC_DESCR_VALUE, p, lineEnd(p)); pop();
        continue;
      }
      case S.ACC_DESCR_MULTILINE: {
        if (c === 125) { p++; pop(); continue; }
        const q = text.indexOf('}', p);
        emit(T.ACC_DESCR_MULTILINE, p, q === -1 ? n : q);
        continue;
      }
    }
  }
  return { tokens };

  function emitTrimmed(type: T, start: number, end: number) {
    tokens.push({ type, start, end: trimEnd(text, start, end) });
    p = end;
  }

  /** Keyword rules (and title/acc rules) at p; emits and returns true on a match. */
  function matchKeyword(at: number, c: number): boolean {
    const lower = c | 32;
    const second = text.charCodeAt(at + 1) | 32;
    if (second >= 128 || PREFIXES[lower * 128 + second] === 0) return false;
    if (lower === 116 /* t */ && word(at, 'title')) {
      const colon = text.charCodeAt(at + 5) === 58;
      const ws = colon ? at + 6 : at + 5;
      if (ws < n && space(text.charCodeAt(ws))) {
        const q = textStop(ws + 1);
        if (q > ws + 1) { emit(colon ? T.LEGACY_TITLE : T.TITLE, at, q); return true; }
      }
      return false;
    }
    if (lower === 97 /* a */ && word(at, 'acc')) {
      if (word(at, 'acctitle')) {
        const colon = spacesFrom(at + 8);
        if (text.charCodeAt(colon) === 58) { emit(T.ACC_TITLE, at, spacesFrom(colon + 1)); push(S.ACC_TITLE); return true; }
      } else if (word(at, 'accdescr')) {
        const after = spacesFrom(at + 8);
        const d = text.charCodeAt(after);
        if (d === 58) { emit(T.ACC_DESCR, at, spacesFrom(after + 1)); push(S.ACC_DESCR); return true; }
        if (d === 123) { p = spacesFrom(after + 1); push(S.ACC_DESCR_MULTILINE); return true; }
      }
    }
    const list = KEYWORDS[lower];
    if (!list) return false;
    for (const [w, type, next] of list) {
      if (!word(at, w)) continue;
      const after = at + w.length;
      if (after < n && isWordChar(text.charCodeAt(after))) continue;
      emit(type, at, after);
      if (next !== -1) push(next);
      return true;
    }
    return false;
  }
}

/** End of the NUM rule's match at p (digits with up to 2 decimals, then a space or newline), or p. */
function matchNum(text: string, p: number): number {
  const n = text.length;
  let q = p;
  while (q < n && isDigit(text.charCodeAt(q))) q++;
  if (text.charCodeAt(q) === 46 /* . */ && isDigit(text.charCodeAt(q + 1))) {
    let f = q + 2;
    if (isDigit(text.charCodeAt(f))) f++;
    if (f < n && isNumFollower(text.charCodeAt(f))) return f;
    if (q === p) return p;
  }
  return q > p && q < n && isNumFollower(text.charCodeAt(q)) ? q : p;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isNumFollower = (c: number) => c === 32 || c === NL;

/** End of the ACTOR rule's match starting at p (p holds a first-run character). */
export function scanActor(text: string, p: number): number {
  const n = text.length;
  let q = p + 1;
  while (q < n && inFirstRun(text.charCodeAt(q))) q++;
  for (;;) {
    if (q >= n) return q;
    const c = text.charCodeAt(q);
    const next = q + 1 < n ? text.charCodeAt(q + 1) : -1;
    if (c === 45 /* - */) {
      // A dash that starts an arrow (-x -) -\ -/ -- -|\ -|/) ends the name.
      if (next === 120 || next === 88 || next === 41 || next === 92 || next === 47 || next === 45) return q;
      if (next === 124) { const third = text.charCodeAt(q + 2); if (third === 92 || third === 47) return q; }
      if (next === -1 || !inLaterRun(next)) return q;
      q += 2;
    } else if (c === 47 || c === 92 || c === 40 || c === 41) {
      // / \ ( ) continue the name unless they start /|- \|- //- \\- or ()
      if (c === 40 && next === 41) return q;
      if ((c === 47 || c === 92) && (next === 124 || next === c) && text.charCodeAt(q + 2) === 45) return q;
      q++;
    } else {
      return q;
    }
    while (q < n && inLaterRun(text.charCodeAt(q))) q++;
  }
}

function matchArrow(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (c !== 45 && c !== 60 && c !== 47 && c !== 92) return p;
  for (const arrow of ARROWS) {
    if (arrow.charCodeAt(0) !== c) continue;
    let k = 1;
    for (; k < arrow.length; k++) {
      const a = arrow.charCodeAt(k);
      const d = text.charCodeAt(p + k);
      if (d !== a && !(a === 120 && d === 88)) break;
    }
    if (k === arrow.length) return p + k;
  }
  return p;
}

export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && space(text.charCodeAt(end - 1))) end--;
  return end;
}
