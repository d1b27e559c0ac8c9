/**
 * The block scanner's place on the current line: a character offset and a column, with tabs
 * expanding to the next multiple of 4 (CommonMark's tab stops). Container markers consume
 * columns, not characters, so a tab can be consumed in part; `partial` says the tab at `pos` is.
 */
export class LineCursor {
  src = '';
  /** Offset of the line's first character. */
  start = 0;
  /** Offset where the line's content ends (before "\n" or "\r\n"). */
  end = 0;
  pos = 0;
  col = 0;
  /** The tab at `pos` already had some of its columns consumed. */
  partial = false;
  /** Set by findNonspace: first character that is not a space or tab, its column, and the indent. */
  nonspace = 0;
  nonspaceCol = 0;
  indent = 0;
  blank = false;

  reset(src: string, start: number, end: number): void {
    this.src = src;
    this.start = this.pos = start;
    this.end = end;
    this.col = 0;
    this.partial = false;
  }

  findNonspace(): void {
    const src = this.src;
    let p = this.pos;
    let c = this.col;
    while (p < this.end) {
      const ch = src.charCodeAt(p);
      if (ch === 32) c++;
      else if (ch === 9) c = (c & ~3) + 4;
      else break;
      p++;
    }
    this.nonspace = p;
    this.nonspaceCol = c;
    this.indent = c - this.col;
    this.blank = p >= this.end;
  }

  /** Consumes `n` columns of spaces and tabs (a tab wider than what is left is consumed in part). */
  advanceColumns(n: number): void {
    const src = this.src;
    while (n > 0 && this.pos < this.end) {
      const ch = src.charCodeAt(this.pos);
      if (ch === 9) {
        const width = (this.col & ~3) + 4 - this.col;
        if (width <= n) {
          this.col += width;
          this.pos++;
          this.partial = false;
          n -= width;
        } else {
          this.col += n;
          this.partial = true;
          n = 0;
        }
      } else if (ch === 32) {
        this.col++;
        this.pos++;
        n--;
      } else {
        return;
      }
    }
  }

  /** Moves to the character found by findNonspace. */
  toNonspace(): void {
    this.pos = this.nonspace;
    this.col = this.nonspaceCol;
    this.partial = false;
  }

  /** Moves past `n` characters that are not tabs. */
  skip(n: number): void {
    this.pos += n;
    this.col += n;
    this.partial = false;
  }

  /** The rest of the line as code content: what is left of a partly consumed tab becomes spaces. */
  rest(): string {
    if (!this.partial) return this.src.slice(this.pos, this.end);
    return ' '.repeat((this.col & ~3) + 4 - this.col) + this.src.slice(this.pos + 1, this.end);
  }
}
