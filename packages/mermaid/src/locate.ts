import { lastAtOrBefore } from './search.js';
import type { Location, Point, Span } from './types.js';

/**
 * Positions: offsets in the original diagram text → 1-based line/column, either within the
 * diagram or, given where each diagram line starts in its file, in file coordinates.
 */

/** Where line i (0-based) of the diagram text starts in the file (1-based line and column). */
export interface LineOrigin {
  line: number;
  column: number;
}

/** Offsets at which each line of `text` starts (LF, CRLF and lone CR all end a line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // The common case: indexOf is native and far faster than a character loop.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Offset of the end of line i (before its line break). */
export function lineEnd(text: string, starts: readonly number[], i: number): number {
  if (i + 1 >= starts.length) return text.length;
  const next = starts[i + 1]!;
  return text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
}

export type Locator = (offset: number) => Point;

/**
 * `starts` may be a function giving them: then they are computed on the first call (a diagram's
 * positions are read lazily, and many diagrams never have one read).
 */
export function makeLocator(lineStartsOf: readonly number[] | (() => readonly number[]), origin?: readonly LineOrigin[]): Locator {
  let starts: readonly number[] = typeof lineStartsOf === 'function' ? [] : lineStartsOf;
  let pending = typeof lineStartsOf === 'function' ? lineStartsOf : undefined;
  // Spans are mostly located in text order: try the line of the previous call before searching.
  let hint = 0;
  return (offset) => {
    if (pending !== undefined) {
      starts = pending();
      pending = undefined;
    }
    let line = hint;
    if (!(offset >= starts[line]! && (line + 1 >= starts.length || offset < starts[line + 1]!))) line = lastAtOrBefore(starts, offset);
    hint = line;
    const column = offset - starts[line]!;
    const at = origin?.[line];
    return at ? { line: at.line, column: at.column + column } : { line: line + 1, column: column + 1 };
  };
}

/**
 * A span's `loc`, worked out when first read: a diagram has hundreds of spans and a lint reports
 * few of them, so locating every one up front was most of the front door's cost. Reads give the
 * same plain points as before (computed once, then kept); JSON gives the same object too.
 */
export class LazyLocation implements Location {
  #locate: Locator;
  #startOffset: number;
  #endOffset: number;
  #start: Point | undefined = undefined;
  #end: Point | undefined = undefined;

  constructor(locate: Locator, startOffset: number, endOffset: number) {
    this.#locate = locate;
    this.#startOffset = startOffset;
    this.#endOffset = endOffset;
  }

  get start(): Point {
    return (this.#start ??= this.#locate(this.#startOffset));
  }

  set start(point: Point) {
    this.#start = point;
  }

  get end(): Point {
    return (this.#end ??= this.#locate(this.#endOffset));
  }

  set end(point: Point) {
    this.#end = point;
  }

  toJSON(): Location {
    return { start: this.start, end: this.end };
  }
}

/** A copy of `span` (a plain start/end pair) with its `loc`. */
export function withLoc(span: Span, locate: Locator): Span {
  return { start: span.start, end: span.end, loc: new LazyLocation(locate, span.start, span.end) };
}
