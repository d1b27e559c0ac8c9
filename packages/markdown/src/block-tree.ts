/**
 * The open blocks of the CommonMark document tree while block-scan.ts reads a file, and what
 * opening and closing them leaves in the ScanResult: code ranges, mermaid fences with their
 * text as remark gives it, HTML blocks that hold comments.
 */
import { LineCursor } from './block-line.js';
import { htmlBlockEnds, isFenceClosing, marker } from './block-starts.js';
import type { ScanResult } from './fast-scan.js';
import { fenceInfo } from './fence-info.js';

export const enum Kind { Document, Quote, Item, Paragraph, Fence, Indented, Html }

export const isLeaf = (kind: Kind) => kind >= Kind.Paragraph;

/** Nesting beyond this is left to remark (it would make each line cost more than its length). */
export const MAX_DEPTH = 64;

/** A mermaid fence's lines as they are collected. */
class MermaidLines {
  lines: string[] = [];
  lineStarts: number[] = [];
  lineEndings: string[] = [];
  /** Nothing was left of the last line after the container prefixes. */
  bareLastLine = false;

  constructor(readonly meta: string | null) {}
}

/** One open block of the document tree, with only what the scan needs of it. */
export class OpenBlock {
  /** Item: columns its content is indented from its container's. Fence: the fence's own indentation. */
  indent = 0;
  /** Item: something was opened in it (a blank line ends an item that is still empty). */
  hasChild = false;
  /** Item: a blank line came while it was empty; it takes no more lines. */
  blankWhileEmpty = false;
  /** Offset of the block's first character (a paragraph's, a fence's marker). */
  start = 0;
  line = 0;
  /** Offset where its last line (paragraph, HTML) or last non-blank line (indented code) ends. */
  lastEnd = 0;
  /** Fence: marker character and length. HTML block: its kind (1-7) in `marker`. */
  marker = 0;
  length = 0;
  /** Mermaid fence: what is collected of it (other fences collect nothing). */
  mermaid: MermaidLines | null = null;
  /** Paragraph starting with "[": where each of its lines starts and ends (for link definitions). */
  partStarts: number[] | null = null;
  partEnds: number[] | null = null;

  constructor(readonly kind: Kind) {}
}

/** Why the last scanMarkdown call returned null (for the dev tools' reports). */
export const scanGaveUp = { reason: '' };

export class BlockTree {
  readonly cur = new LineCursor();
  readonly open: OpenBlock[] = [new OpenBlock(Kind.Document)];
  readonly result: ScanResult = { fences: [], codeRanges: [], htmlComments: [], headings: [], lineStarts: [] };
  failed = false;
  lineNo = 0;
  lineStart = 0;
  lineEnding = '';
  /** The line before: where it starts and its content ends (blocks closed now end there). */
  prevLine = 0;
  atEof = false;
  prevStart = 0;
  prevEnd = 0;

  constructor(readonly src: string) {}

  protected fail(reason: string): void {
    this.failed = true;
    scanGaveUp.reason = reason;
  }

  /** Past a `>` and the optional space after it (one column of a tab). */
  protected enterQuote(): void {
    const cur = this.cur;
    cur.toNonspace();
    cur.skip(1);
    if (cur.pos >= cur.end) return;
    const next = this.src.charCodeAt(cur.pos);
    if (next === 32) cur.skip(1);
    else if (next === 9) cur.advanceColumns(1);
  }

  /** Opens the list item whose marker (`marker`) is at the cursor's non-space; false when it may not interrupt the paragraph. */
  protected openItem(keep: number, interrupting: boolean): boolean {
    const { cur, src } = this;
    const col0 = cur.col;
    const afterMarkerCol = cur.nonspaceCol + marker.length;
    let q = cur.nonspace + marker.length;
    let c = afterMarkerCol;
    for (; q < cur.end; q++) {
      const ch = src.charCodeAt(q);
      if (ch === 32) c++;
      else if (ch === 9) c = (c & ~3) + 4;
      else break;
    }
    const emptyItem = q >= cur.end;
    // An ordered list interrupts a paragraph only from 1, and an empty item never does.
    if (interrupting && (emptyItem || (marker.ordered && !marker.isOne))) return false;
    const spaces = c - afterMarkerCol;
    // Five or more spaces after the marker: the content is indented code one space in.
    const padding = emptyItem || spaces >= 5 ? 1 : spaces;
    this.close(keep, true);
    const item = this.push(Kind.Item);
    item.indent = afterMarkerCol + padding - col0;
    const length = marker.length;
    cur.toNonspace();
    cur.skip(length);
    if (!emptyItem) cur.advanceColumns(padding);
    return true;
  }

  protected openFence(keep: number, ch: number, length: number): void {
    const cur = this.cur;
    const info = fenceInfo(this.src, cur.nonspace + length, cur.end);
    if (!info) return this.fail('a named character reference in a mermaid fence meta');
    this.close(keep, false);
    const fence = this.push(Kind.Fence);
    fence.marker = ch;
    fence.length = length;
    fence.indent = cur.indent;
    fence.start = cur.nonspace;
    fence.line = this.lineNo;
    if (info.lang === 'mermaid') fence.mermaid = new MermaidLines(info.meta);
  }

  protected fenceLine(fence: OpenBlock): void {
    const { cur, src } = this;
    cur.findNonspace();
    if (cur.indent <= 3 && !cur.blank && src.charCodeAt(cur.nonspace) === fence.marker && isFenceClosing(src, cur.nonspace, cur.end, fence.marker, fence.length)) {
      this.open.pop();
      this.endFence(fence, this.lineNo, this.lineStart, cur.end, true);
      return;
    }
    const mermaid = fence.mermaid;
    if (!mermaid) return;
    mermaid.bareLastLine = cur.pos >= cur.end;
    cur.advanceColumns(Math.min(cur.indent, fence.indent));
    mermaid.lines.push(cur.rest());
    mermaid.lineStarts.push(cur.partial ? -1 : cur.pos);
    mermaid.lineEndings.push(this.lineEnding);
  }

  protected openHtml(kind: number, start: number, end: number): void {
    const html = this.push(Kind.Html);
    html.marker = kind;
    html.start = start;
    html.lastEnd = end;
    if (kind <= 5 && htmlBlockEnds(kind, this.src, start, end, true)) this.endHtml(this.open.pop()!);
  }

  protected htmlLine(html: OpenBlock): void {
    const cur = this.cur;
    html.lastEnd = cur.end;
    if (html.marker <= 5 && htmlBlockEnds(html.marker, this.src, cur.pos, cur.end, false)) this.endHtml(this.open.pop()!);
  }

  protected push(kind: Kind): OpenBlock {
    if (this.open.length >= MAX_DEPTH) this.fail(`containers nested deeper than ${MAX_DEPTH}`);
    const block = new OpenBlock(kind);
    this.leaf();
    this.open.push(block);
    return block;
  }

  /** Something was put in the innermost open container (an empty list item no longer is). */
  protected leaf(): void {
    this.open[this.open.length - 1]!.hasChild = true;
  }

  /**
   * Closes the open blocks above `keep`. A fence left open ends where remark ends it: at the start
   * of this line when the line opens a container (remark took the line ending in), else at the
   * end of the line before, without a last empty line.
   */
  protected close(keep: number, atLineStart: boolean): void {
    const open = this.open;
    while (open.length > keep) {
      const block = open.pop()!;
      if (block.kind === Kind.Fence) {
        if (atLineStart) this.endFence(block, this.lineNo, this.lineStart, this.lineStart, true);
        else this.endFence(block, this.prevLine, this.prevStart, this.prevEnd, false);
      } else if (block.kind === Kind.Html) this.endHtml(block);
      else if (block.kind === Kind.Indented) this.result.codeRanges.push([block.start, block.lastEnd]);
    }
  }

  protected endFence(fence: OpenBlock, endLine: number, endLineStart: number, end: number, keepLastLine: boolean): void {
    this.result.codeRanges.push([fence.start, end]);
    const mermaid = fence.mermaid;
    if (!mermaid) return;
    const { lines, lineStarts, lineEndings } = mermaid;
    let count = lines.length;
    // At the end of the file, a last line left empty by the container prefixes is not in the block.
    if (this.atEof && !keepLastLine && count > 0 && mermaid.bareLastLine) end = endLineStart;
    if (!keepLastLine && count >= 2 && lines[count - 1] === '') count--;
    let value = '';
    for (let i = 0; i < count; i++) value += i + 1 < count ? lines[i]! + lineEndings[i]! : lines[i]!;
    this.result.fences.push({
      line: fence.line,
      column: fence.start - this.lineStartOf(fence) + 1,
      lang: 'mermaid',
      meta: mermaid.meta,
      value,
      contentLine: fence.line + 1,
      lineStarts: lineStarts.slice(0, count),
      endLine,
      endColumn: end - endLineStart + 1,
    });
  }

  protected lineStartOf(fence: OpenBlock): number {
    const newline = this.src.lastIndexOf('\n', fence.start - 1);
    return newline + 1;
  }

  protected endHtml(html: OpenBlock): void {
    if (this.src.slice(html.start, html.lastEnd).includes('<!--')) this.result.htmlComments.push([html.start, html.lastEnd]);
  }
}

