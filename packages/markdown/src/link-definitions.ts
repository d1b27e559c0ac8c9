/**
 * Link reference definitions at the start of a paragraph (CommonMark 4.7), read only to tell
 * how many of its lines they take: a setext underline makes a heading of what follows them, and
 * of nothing when they are all there is. The paragraph's lines are given as [start, end) offsets
 * with container prefixes and leading whitespace already removed.
 */

const isSpaceOrTab = (ch: number) => ch === 32 || ch === 9;
const isAsciiPunctuation = (ch: number) => (ch >= 33 && ch <= 47) || (ch >= 58 && ch <= 64) || (ch >= 91 && ch <= 96) || (ch >= 123 && ch <= 126);

/** Where the reader is: line index and offset in it. */
class LinesReader {
  line = 0;
  pos = 0;

  constructor(readonly src: string, readonly starts: number[], readonly ends: number[]) {}

  atLine(line: number): void {
    this.line = line;
    this.pos = this.starts[line]!;
  }

  get end(): number {
    return this.ends[this.line]!;
  }

  atEol(): boolean {
    return this.pos >= this.end;
  }

  code(): number {
    return this.src.charCodeAt(this.pos);
  }

  /** To the next line's start; false when there is none. */
  nextLine(): boolean {
    if (this.line + 1 >= this.starts.length) return false;
    this.atLine(this.line + 1);
    return true;
  }

  skipSpaces(): void {
    while (!this.atEol() && isSpaceOrTab(this.code())) this.pos++;
  }

  restIsBlank(): boolean {
    for (let p = this.pos; p < this.end; p++) if (!isSpaceOrTab(this.src.charCodeAt(p))) return false;
    return true;
  }
}

/** `[label]`: at most 999 characters, not blank, no unescaped brackets; may span lines. */
function label(r: LinesReader): boolean {
  if (r.atEol() || r.code() !== 91) return false;
  r.pos++;
  let size = 0;
  let blank = true;
  for (;;) {
    if (r.atEol()) {
      if (!r.nextLine()) return false;
      size++;
      continue;
    }
    const ch = r.code();
    if (ch === 93) break;
    if (ch === 91) return false;
    if (ch === 92 && r.pos + 1 < r.end && isAsciiPunctuation(r.src.charCodeAt(r.pos + 1))) {
      r.pos++;
      size++;
    }
    if (!isSpaceOrTab(ch)) blank = false;
    r.pos++;
    if (++size > 999) return false;
  }
  r.pos++;
  return !blank && size <= 999;
}

/** `<…>` on one line, or a run without spaces or controls whose parentheses balance. */
function destination(r: LinesReader): boolean {
  if (r.atEol()) return false;
  if (r.code() === 60) {
    for (r.pos++; !r.atEol(); r.pos++) {
      const ch = r.code();
      if (ch === 62) {
        r.pos++;
        return true;
      }
      if (ch === 60) return false;
      if (ch === 92 && r.pos + 1 < r.end && isAsciiPunctuation(r.src.charCodeAt(r.pos + 1))) r.pos++;
    }
    return false;
  }
  const start = r.pos;
  let depth = 0;
  for (; !r.atEol(); r.pos++) {
    const ch = r.code();
    if (ch <= 32 || ch === 127) break;
    if (ch === 92 && r.pos + 1 < r.end && isAsciiPunctuation(r.src.charCodeAt(r.pos + 1))) r.pos++;
    else if (ch === 40) depth++;
    else if (ch === 41) {
      if (depth === 0) break;
      depth--;
    }
  }
  return r.pos > start && depth === 0;
}

/** `"…"`, `'…'` or `(…)`, possibly over several lines. */
function title(r: LinesReader): boolean {
  if (r.atEol()) return false;
  const open = r.code();
  const close = open === 40 ? 41 : open;
  if (open !== 34 && open !== 39 && open !== 40) return false;
  r.pos++;
  for (;;) {
    if (r.atEol()) {
      if (!r.nextLine()) return false;
      continue;
    }
    const ch = r.code();
    if (ch === close) {
      r.pos++;
      return true;
    }
    if (open === 40 && ch === 40) return false;
    if (ch === 92 && r.pos + 1 < r.end && isAsciiPunctuation(r.src.charCodeAt(r.pos + 1))) r.pos++;
    r.pos++;
  }
}

/** One definition from the start of line `line`: the index of the line after it, or -1. */
function definition(r: LinesReader, line: number): number {
  r.atLine(line);
  if (!label(r) || r.atEol() || r.code() !== 58 /* : */) return -1;
  r.pos++;
  r.skipSpaces();
  if (r.atEol() && !r.nextLine()) return -1;
  r.skipSpaces();
  if (!destination(r)) return -1;
  const afterDestination = r.restIsBlank() ? r.line + 1 : -1;
  // A title needs a space or a line ending before it.
  const destinationLine = r.line;
  const spaced = r.atEol() || isSpaceOrTab(r.code());
  r.skipSpaces();
  if (r.atEol()) {
    if (!r.nextLine()) return afterDestination;
    r.skipSpaces();
  }
  if (!spaced && r.line === destinationLine) return afterDestination;
  if (title(r)) {
    r.skipSpaces();
    if (r.atEol()) return r.line + 1;
  }
  return afterDestination;
}

/** How many of the paragraph's lines its leading link reference definitions take. */
export function definitionLines(src: string, starts: number[], ends: number[]): number {
  const r = new LinesReader(src, starts, ends);
  let line = 0;
  while (line < starts.length) {
    const next = definition(r, line);
    if (next < 0) break;
    line = next;
  }
  return line;
}
