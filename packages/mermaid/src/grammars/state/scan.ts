import { isJsSpace } from '../xychart/encode.js';

/**
 * The text primitives of the stateDiagram lexer: case-insensitive keywords, JavaScript's `\s`,
 * and the rules whose regexes would rescan a line at every token (`.*direction\s+TB[^\n]*`,
 * `.*<<fork>>`, `\w+\s+\w+.*?\{`, `%%` searches) answered from positions found once per text
 * or remembered while the lexer moves forward, so lexing stays linear on any input.
 */

export const isWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
export const isTerminator = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
export const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
/** Ids and note ids stop at these (besides blanks). */
/** ASCII characters an id may hold (`[^:\n\s\-\{]`); beyond ASCII only blanks stop it. */
const ID_ASCII = Uint8Array.from({ length: 128 }, (_, c) => (c === 58 || c === 45 || c === 123 || isJsSpace(c) ? 0 : 1));
export const notIdChar = (c: number) => (c < 128 ? ID_ASCII[c] === 0 : isJsSpace(c));
export const notNoteIdChar = (c: number) => c === 58 || c === 45 || isJsSpace(c);

const DIRECTIONS = ['tb', 'bt', 'rl', 'lr'];
/** The markers of condition STATE's fork/join/choice rules, in grammar order. */
export const FORK_MARKERS = ['<<fork>>', '<<join>>', '<<choice>>', '[[fork]]', '[[join]]', '[[choice]]'];

/** Rightmost value of a sorted list in [from, to), or -1. */
function rightmostIn(list: number[], from: number, to: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < to) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && list[lo - 1]! >= from ? lo - 1 : -1;
}

export class TextScanner {
  protected readonly length: number;
  /** `direction\s+XX` starts and the ends of their XX, per direction (TB, BT, RL, LR). */
  protected directions: { at: number[]; end: number[] }[] | null = null;
  protected markers: number[][] | null = null;
  /** Cached end of the dot-line (no line terminator) holding [lineFrom, lineEnd]. */
  protected lineFrom = -1;
  protected lineEnd = -1;
  /** Per needle: the first occurrence at or after `from` (-1: none), so repeated searches stay linear. */
  protected readonly found = new Map<string, { from: number; at: number }>();

  constructor(readonly text: string) {
    this.length = text.length;
  }

  protected code(p: number): number {
    return p < this.length ? this.text.charCodeAt(p) : -1;
  }

  /** Case-insensitive literal (given in lower case) at p. */
  protected literal(p: number, word: string): boolean {
    if (p + word.length > this.length) return false;
    for (let k = 0; k < word.length; k++) if (lower(this.text.charCodeAt(p + k)) !== word.charCodeAt(k)) return false;
    return true;
  }

  /** A keyword followed by `\b`: end or -1. */
  protected keyword(p: number, word: string): number {
    return this.literal(p, word) && !isWord(this.code(p + word.length)) ? p + word.length : -1;
  }

  /** A keyword followed by `\s+`: end or -1. */
  protected keywordSpaces(p: number, word: string): number {
    if (!this.literal(p, word)) return -1;
    const e = this.spaces(p + word.length);
    return e > p + word.length ? e : -1;
  }

  protected spaces(p: number): number {
    while (p < this.length && isJsSpace(this.text.charCodeAt(p))) p++;
    return p;
  }

  protected sameLineSpaces(p: number): number {
    for (let c = this.code(p); c !== 10 && c !== -1 && isJsSpace(c); c = this.code(++p));
    return p;
  }

  protected until(p: number, stop: number): number {
    const i = this.text.indexOf(String.fromCharCode(stop), p);
    return i === -1 ? this.length : i;
  }

  /** End of the run of characters a regex `.` matches, from p. */
  protected dotLineEnd(p: number): number {
    if (p >= this.lineFrom && p <= this.lineEnd) return this.lineEnd;
    let e = p;
    while (e < this.length && !isTerminator(this.text.charCodeAt(e))) e++;
    this.lineFrom = p;
    this.lineEnd = e;
    return e;
  }

  /** First occurrence of needle at or after p, or -1 (remembered while queries move forward). */
  protected indexFrom(needle: string, p: number): number {
    const hit = this.found.get(needle);
    if (hit && p >= hit.from && (p <= hit.at || hit.at === -1)) return hit.at;
    const at = this.text.indexOf(needle, p);
    this.found.set(needle, { from: p, at });
    return at;
  }

  /** `.*direction\s+XX[^\n]*`: the direction rules of INITIAL and struct, in their order. */
  protected direction(p: number): number {
    if (this.directions?.length === 0) return -1;
    if (!this.directions) {
      this.directions = DIRECTIONS.map(() => ({ at: [], end: [] }));
      const re = /direction\s+(tb|bt|rl|lr)/gi;
      for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
        const list = this.directions[DIRECTIONS.indexOf(m[1]!.toLowerCase())]!;
        list.at.push(m.index);
        list.end.push(m.index + m[0].length);
      }
      if (this.directions.every((list) => list.at.length === 0)) this.directions = [];
    }
    const lineEnd = this.dotLineEnd(p);
    for (const list of this.directions) {
      if (list.at.length === 0) continue;
      const k = rightmostIn(list.at, p, lineEnd);
      if (k !== -1) return this.until(list.end[k]!, 10);
    }
    return -1;
  }

  /** `.*<<fork>>` … `.*\[\[choice\]\]` of condition STATE: [end, marker index] or null. */
  protected forkMarker(p: number): [number, number] | null {
    if (this.markers?.length === 0) return null;
    if (!this.markers) {
      this.markers = FORK_MARKERS.map((marker) => {
        const found: number[] = [];
        for (let i = this.text.indexOf(marker[0]!, 0); i !== -1; i = this.text.indexOf(marker[0]!, i + 1)) if (this.literal(i, marker)) found.push(i);
        return found;
      });
      if (this.markers.every((list) => list.length === 0)) {
        this.markers = [];
        return null;
      }
    }
    const lineEnd = this.dotLineEnd(p);
    for (let m = 0; m < FORK_MARKERS.length; m++) {
      const k = rightmostIn(this.markers[m]!, p, lineEnd);
      if (k !== -1) return [this.markers[m]![k]! + FORK_MARKERS[m]!.length, m];
    }
    return null;
  }

  /** `\w+\s+\w+.*?\{` of condition STATE (its action throws). */
  protected multiWord(p: number): number {
    let e = p;
    while (isWord(this.code(e))) e++;
    if (e === p) return -1;
    const second = this.spaces(e);
    if (second === e || !isWord(this.code(second))) return -1;
    const brace = this.indexFrom('{', second + 1);
    return brace !== -1 && brace < this.dotLineEnd(second) ? brace + 1 : -1;
  }

  /** jison's processId: the end of an id cut before `%%`, or -1 when it starts with `%%` (no token). */
  protected processId(start: number, end: number): number {
    const idx = this.indexFrom('%%', start);
    if (idx === -1 || idx >= end) return end;
    return idx === start ? -1 : idx;
  }

  /** `\s*:(?:[^:\n;]|:[^:\n;])+`: end or -1. */
  protected descr(p: number): number {
    let i = this.spaces(p);
    if (this.code(i) !== 58) return -1;
    const start = ++i;
    for (;;) {
      const c = this.code(i);
      if (c === -1 || c === 10 || c === 59) break;
      if (c !== 58) i++;
      else {
        const d = this.code(i + 1);
        if (d === -1 || d === 10 || d === 58 || d === 59) break;
        i += 2;
      }
    }
    return i > start ? i : -1;
  }

  /** `[\s\S]*?\n\s*end note\b`: end or -1 (a failed `\n\s*` run is never tried again). */
  protected endNote(p: number): number {
    for (let i = this.text.indexOf('\n', p); i !== -1; ) {
      const j = this.spaces(i + 1);
      if (this.keyword(j, 'end note') !== -1) return j + 8;
      i = this.text.indexOf('\n', j);
    }
    return -1;
  }
}
