import { isJsSpace } from '../xychart/encode.js';
import type { Token, TokenType } from './tokens.js';
import { isTerminator, isWord, lower, notIdChar, notNoteIdChar, TextScanner } from './scan.js';

/**
 * Mermaid 11.17.2's stateDiagram lexer (chunk-IMKFNOWR, from stateDiagram.jison) as its compiled
 * jison lexer behaves: case-insensitive, in each start condition the FIRST rule in grammar order
 * that matches wins, `popState` never pops the last condition, and a rule whose action returns
 * nothing (blanks, comments, `processId` on a text starting with `%%`) is skipped. Facts worth
 * knowing, each checked against Mermaid:
 *  - outside `state …` lines, `.*direction\s+(TB|BT|RL|LR)[^\n]*` is tried before almost
 *    everything: any line holding "direction LR" is one direction token (`A --> B : direction LR`);
 *  - at the top level `[\s]+` swallows line breaks and the end of the input yields a last NL;
 *    inside `{ … }` (condition `struct`) line breaks yield nothing, there is no INVALID rule (a
 *    stray `-`, `{` or `:` is a lexical error) and the end of the input is the end marker;
 *  - an id is `[^:\n\s\-\{]+` cut at `%%` (the rest is put back and read as a comment);
 *  - after `state `, `a b … {` on one line throws "State name must be a single word";
 *  - `.*<<fork>>` (and join, choice, `[[fork]]` …) takes everything before the marker as the id;
 *  - `note … end note` needs a line break before `end note`; `scale N` needs ` width`.
 * `.*` rules are answered from positions found once per text (scan.ts), so lexing stays linear.
 */

const enum After { Stay, Pop, NoteText }

/**
 * ASCII characters with which, in INITIAL (or struct), only the id rule can match once the
 * direction rules failed: id characters that start no keyword, comment, string or `[*]`.
 */
const PLAIN_INITIAL = plainIdStarts('cChHdDsSaAnN"[#%');
const PLAIN_STRUCT = plainIdStarts('cCsSnN[#%}');

function plainIdStarts(special: string): Uint8Array {
  return Uint8Array.from({ length: 128 }, (_, c) => (notIdChar(c) || special.includes(String.fromCharCode(c)) ? 0 : 1));
}

const enum C {
  INITIAL, STRUCT, STATE, STATE_STRING, STATE_ID, NOTE, NOTE_ID, NOTE_TEXT, FLOATING_NOTE, FLOATING_NOTE_ID,
  SCALE, ACC_TITLE, ACC_DESCR, ACC_DESCR_ML, CLASSDEF, CLASSDEFID, CLASS, CLASS_STYLE, STYLE, STYLEDEF_STYLES,
}

const CONDITION_NAMES = ['INITIAL', 'struct', 'STATE', 'STATE_STRING', 'STATE_ID', 'NOTE', 'NOTE_ID', 'NOTE_TEXT', 'FLOATING_NOTE', 'FLOATING_NOTE_ID',
  'SCALE', 'acc_title', 'acc_descr', 'acc_descr_multiline', 'CLASSDEF', 'CLASSDEFID', 'CLASS', 'CLASS_STYLE', 'STYLE', 'STYLEDEF_STYLES'];

const NOTE_POSITIONS: [string, TokenType][] = [['left of', 'left_of'], ['right of', 'right_of']];
const FORK_TOKENS: TokenType[] = ['FORK', 'JOIN', 'CHOICE', 'FORK', 'JOIN', 'CHOICE'];

export class StateLexer extends TextScanner {
  private pos = 0;
  /** Token of the rule that matched last (set by hit). */
  private ruleType: TokenType | null = null;
  private done = false;
  private readonly stack: C[] = [C.INITIAL];

  private push(c: C): void {
    this.stack.push(c);
  }

  /** begin(c) and yield. */
  private enter(c: C, type: TokenType | null, end: number): number {
    this.stack.push(c);
    return this.hit(type, end);
  }

  /** popState, begin(c) and yield. */
  private swap(c: C, type: TokenType | null, end: number): number {
    this.pop();
    return this.enter(c, type, end);
  }

  /** popState and yield. */
  private leave(type: TokenType | null, end: number): number {
    this.pop();
    return this.hit(type, end);
  }

  private pop(): void {
    if (this.stack.length > 1) this.stack.pop();
  }

  /** The active start condition, for error messages. */
  get condition(): string {
    return CONDITION_NAMES[this.stack[this.stack.length - 1]!]!;
  }

  next(): Token {
    for (;;) {
      if (this.done) return { type: 'EOF', start: this.length, end: this.length };
      if (this.pos >= this.length) this.done = true;
      const start = this.pos;
      const end = this.rule(this.stack[this.stack.length - 1]!, start);
      if (end === -1) {
        if (start >= this.length) return { type: 'EOF', start, end: start };
        return { type: 'LEXERR', start, end: start + 1 };
      }
      this.pos = end;
      if (this.pos < this.length) this.done = false;
      if (this.ruleType) return { type: this.ruleType, start, end };
    }
  }

  /** The first rule of condition c matching at p: its end and token (null type: skipped), or null. */
  private rule(c: C, p: number): number {
    const ch = this.code(p);
    let e: number;
    switch (c) {
      case C.INITIAL:
      case C.STRUCT:
        return c === C.INITIAL ? this.initial(p, ch) : this.struct(p, ch);
      case C.STATE: {
        if (ch !== 10 && ch !== -1 && isJsSpace(ch)) return this.hit(null, this.sameLineSpaces(p));
        if (ch === 35) return this.hit(null, this.until(p, 10));
        if (ch === 37 && this.code(p + 1) === 37 && this.code(p + 2) !== 123) return this.hit(null, this.until(p, 10));
        const fork = ch === -1 ? null : this.forkMarker(p);
        if (fork) return this.leave(FORK_TOKENS[fork[1]]!, fork[0]);
        if (ch === 34) return this.enter(C.STATE_STRING, null, p + 1);
        const as = this.spaces(p);
        if (this.literal(as, 'as') && (e = this.spaces(as + 2)) > as + 2) return this.enter(C.STATE_ID, 'AS', e);
        if ((e = this.multiWord(p)) !== -1) return this.hit('MULTI_WORD', e);
        if (ch === 10) return this.leave(null, p + 1);
        if (ch === 123) return this.structStart(p);
        if (ch === -1) return -1;
        for (e = p; e < this.length && !isJsSpace(this.text.charCodeAt(e)) && this.text.charCodeAt(e) !== 123; e++);
        return this.hit('COMPOSIT_STATE', e);
      }
      case C.STATE_STRING:
        if (ch === 34) return this.leave(null, p + 1);
        return this.hit('STATE_DESCR', this.until(p, 34));
      case C.STATE_ID: {
        for (e = p; e < this.length && this.text.charCodeAt(e) !== 10 && this.text.charCodeAt(e) !== 123; e++);
        return this.idAction(p, e, After.Pop);
      }
      case C.NOTE:
        for (const [word, type] of NOTE_POSITIONS) {
          if ((e = this.keyword(p, word)) === -1) continue;
          return this.swap(C.NOTE_ID, type, e);
        }
        if (ch === 34) return this.swap(C.FLOATING_NOTE, null, p + 1);
        return -1;
      case C.NOTE_ID: {
        const s = this.spaces(p);
        for (e = s; e < this.length && !notNoteIdChar(this.text.charCodeAt(e)); e++);
        if (e === s) return -1;
        return this.idAction(p, e, After.NoteText);
      }
      case C.NOTE_TEXT: {
        const s = this.spaces(p);
        if (this.code(s) === 58) {
          for (e = s + 1; e < this.length; e++) {
            const d = this.text.charCodeAt(e);
            if (d === 58 || d === 10 || d === 59) break;
          }
          if (e > s + 1) return this.leave('NOTE_TEXT', e);
        }
        if ((e = this.endNote(p)) === -1) return -1;
        return this.leave('NOTE_TEXT', e);
      }
      case C.FLOATING_NOTE: {
        const s = this.spaces(p);
        if (this.literal(s, 'as')) return this.swap(C.FLOATING_NOTE_ID, 'AS', this.spaces(s + 2));
        if (ch === 34) return this.hit(null, p + 1);
        return this.hit('NOTE_TEXT', this.until(p, 34));
      }
      case C.FLOATING_NOTE_ID:
        return this.idAction(p, this.until(p, 10), After.Pop);
      case C.SCALE:
        if (ch >= 48 && ch <= 57) {
          for (e = p; this.code(e) >= 48 && this.code(e) <= 57; e++);
          return this.hit('WIDTH', e);
        }
        e = this.spaces(p);
        if (e > p && this.keyword(e, 'width') !== -1) return this.leave(null, e + 5);
        return -1;
      case C.ACC_TITLE:
      case C.ACC_DESCR:
        return this.leave(c === C.ACC_TITLE ? 'acc_title_value' : 'acc_descr_value', this.until(p, 10));
      case C.ACC_DESCR_ML:
        if (ch === 125) return this.leave(null, p + 1);
        return this.hit('acc_descr_multiline_value', this.until(p, 125));
      case C.CLASSDEF: {
        if ((e = this.keywordSpaces(p, 'default')) !== -1) return this.swap(C.CLASSDEFID, 'DEFAULT_CLASSDEF_ID', e);
        for (e = p; isWord(this.code(e)); e++);
        const s = this.spaces(e);
        if (e === p || s === e) return -1;
        return this.swap(C.CLASSDEFID, 'CLASSDEF_ID', s);
      }
      case C.CLASSDEFID:
      case C.CLASS_STYLE:
      case C.STYLEDEF_STYLES:
        return this.leave(c === C.CLASSDEFID ? 'CLASSDEF_STYLEOPTS' : c === C.CLASS_STYLE ? 'STYLECLASS' : 'STYLEDEF_STYLEOPTS', this.until(p, 10));
      case C.CLASS: {
        for (e = p; isWord(this.code(e)); e++);
        if (e === p) return -1;
        // `(,\s*\w+)*`: a comma counts only when a word follows it.
        for (;;) {
          if (this.code(e) !== 44) break;
          const w = this.spaces(e + 1);
          if (!isWord(this.code(w))) break;
          for (e = w; isWord(this.code(e)); e++);
        }
        return this.swap(C.CLASS_STYLE, 'CLASSENTITY_IDS', e);
      }
      case C.STYLE: {
        for (e = p; isWord(this.code(e)) || this.code(e) === 44; e++);
        const s = this.spaces(e);
        if (e === p || s === e) return -1;
        return this.swap(C.STYLEDEF_STYLES, 'STYLE_IDS', s);
      }
    }
  }

  /** Condition INITIAL (the top level), rules in grammar order. */
  private initial(p: number, ch: number): number {
    let e: number;
    if (ch === 99 || ch === 67) {
      if ((e = this.keyword(p, 'click')) !== -1) return this.hit('CLICK', e);
    } else if (ch === 104 || ch === 72) {
      if ((e = this.keyword(p, 'href')) !== -1) return this.hit('HREF', e);
    } else if (ch === 34) {
      const close = this.text.indexOf('"', p + 1);
      if (close !== -1) return this.hit('STRING', close + 1);
    } else if (ch === 100 || ch === 68) {
      if ((e = this.keyword(p, 'default')) !== -1) return this.hit('DEFAULT', e);
    }
    if (ch !== -1 && (e = this.direction(p)) !== -1) return this.hit('direction', e);
    if (ch >= 0 && (ch < 128 ? PLAIN_INITIAL[ch] === 1 : !isJsSpace(ch))) return this.id(p);
    if (ch === 10) {
      for (e = p; this.code(e) === 10; e++);
      return this.hit('NL', e);
    }
    if (ch !== -1 && isJsSpace(ch)) return this.hit(null, this.spaces(p));
    if (ch === 35) return this.hit(null, this.until(p, 10));
    if (ch === 37 && this.code(p + 1) === 37 && this.code(p + 2) !== 123) return this.hit(null, this.until(p, 10));
    switch (lower(ch)) {
      case 115: // s
        if ((e = this.keywordSpaces(p, 'scale')) !== -1) return this.enter(C.SCALE, 'scale', e);
        break;
      case 97: // a
        if (this.literal(p, 'acctitle') && this.code(e = this.spaces(p + 8)) === 58) return this.enter(C.ACC_TITLE, 'acc_title', this.spaces(e + 1));
        if (this.literal(p, 'accdescr')) {
          e = this.spaces(p + 8);
          if (this.code(e) === 58) return this.enter(C.ACC_DESCR, 'acc_descr', this.spaces(e + 1));
          if (this.code(e) === 123) return this.enter(C.ACC_DESCR_ML, null, this.spaces(e + 1));
        }
        break;
    }
    const shared = this.sharedKeywords(p, ch);
    if (shared !== -1) return shared;
    if (ch === 123) return this.structStart(p);
    if (lower(ch) === 110 && (e = this.keywordSpaces(p, 'note')) !== -1) return this.enter(C.NOTE, 'note', e);
    if (lower(ch) === 115 && this.literal(p, 'statediagram')) {
      if ((e = this.spaces(p + 12)) > p + 12) return this.hit('SD', e);
      if (this.literal(p + 12, '-v2') && (e = this.spaces(p + 15)) > p + 15) return this.hit('SD', e);
    }
    if (lower(ch) === 104 && (e = this.keyword(p, 'hide empty description')) !== -1) return this.hit('HIDE_EMPTY', e);
    const tail = this.idAndArrows(p, ch);
    if (tail !== -1) return tail;
    if (ch === -1) return this.hit('NL', p);
    return isTerminator(ch) ? -1 : this.hit('INVALID', p + 1);
  }

  /** Condition struct (inside `{ … }`), rules in grammar order. */
  private struct(p: number, ch: number): number {
    let e: number;
    if (ch !== 10 && ch !== -1 && isJsSpace(ch)) return this.hit(null, this.sameLineSpaces(p));
    if (ch === 35) return this.hit(null, this.until(p, 10));
    if (ch === 37 && this.code(p + 1) === 37 && this.code(p + 2) !== 123) return this.hit(null, this.until(p, 10));
    const shared = this.sharedKeywords(p, ch);
    if (shared !== -1) return shared;
    if (ch !== -1 && (e = this.direction(p)) !== -1) return this.hit('direction', e);
    if (ch >= 0 && (ch < 128 ? PLAIN_STRUCT[ch] === 1 : !isJsSpace(ch))) return this.id(p);
    if (ch === 125) return this.leave('STRUCT_STOP', p + 1);
    if (ch === 10) return this.hit(null, p + 1);
    if (lower(ch) === 110 && (e = this.keywordSpaces(p, 'note')) !== -1) return this.enter(C.NOTE, 'note', e);
    const tail = this.idAndArrows(p, ch);
    if (tail !== -1) return tail;
    return ch === 45 && this.code(p + 1) === 45 ? this.hit('CONCURRENT', p + 2) : -1;
  }

  /** classDef, class, style and state (INITIAL and struct, in this order). */
  private sharedKeywords(p: number, ch: number): number {
    let e: number;
    const first = lower(ch);
    if (first === 99) {
      if ((e = this.keywordSpaces(p, 'classdef')) !== -1) return this.enter(C.CLASSDEF, 'classDef', e);
      if ((e = this.keywordSpaces(p, 'class')) !== -1) return this.enter(C.CLASS, 'class', e);
    } else if (first === 115) {
      if ((e = this.keywordSpaces(p, 'style')) !== -1) return this.enter(C.STYLE, 'style', e);
      if ((e = this.keywordSpaces(p, 'state')) !== -1) return this.enter(C.STATE, null, e);
    }
    return -1;
  }

  /** `[*]`, ids, `: descriptions`, `-->` and `:::` (INITIAL and struct, in this order). */
  private idAndArrows(p: number, ch: number): number {
    let e: number;
    if (ch === 91 && this.code(p + 1) === 42 && this.code(p + 2) === 93) return this.hit('EDGE_STATE', p + 3);
    if (ch !== -1 && !notIdChar(ch)) return this.id(p);
    if ((e = this.descr(p)) !== -1) return this.hit('DESCR', e);
    if (ch === 45 && this.code(p + 1) === 45 && this.code(p + 2) === 62) return this.hit('-->', p + 3);
    if (ch === 58 && this.code(p + 1) === 58 && this.code(p + 2) === 58) return this.hit('STYLE_SEPARATOR', p + 3);
    return -1;
  }

  /** A rule matched up to end, yielding type (null: nothing, the text is skipped). */
  private hit(type: TokenType | null, end: number): number {
    this.ruleType = type;
    return end;
  }

  /** An id's action: processId, then what the condition does next. */
  private idAction(start: number, end: number, after: After): number {
    const cut = this.processId(start, end);
    if (cut === -1) return this.hit(null, end);
    if (after !== After.Stay) this.pop();
    if (after === After.NoteText) this.push(C.NOTE_TEXT);
    return this.hit('ID', cut);
  }

  /** `[^:\n\s\-\{]+` of INITIAL and struct. */
  private id(p: number): number {
    let e = p + 1;
    while (e < this.length && !notIdChar(this.text.charCodeAt(e))) e++;
    return this.idAction(p, e, After.Stay);
  }

  private structStart(p: number): number {
    return this.swap(C.STRUCT, 'STRUCT_START', p + 1);
  }
}
