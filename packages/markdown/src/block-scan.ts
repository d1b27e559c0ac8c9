/**
 * CommonMark 0.31's block structure, line by line, as its spec's "parsing strategy" describes:
 * each line first continues the open containers it can (block quotes, list items), then may
 * open new blocks, else continues a paragraph (lazily, when containers were left unmatched).
 * Only the blocks extraction needs leave a trace: fenced and indented code, HTML blocks, headings.
 * Linear time: every line costs its own length plus the depth of the open containers.
 *
 * It gives up (null: the caller parses with remark-parse) on what is rare and costly to get
 * exactly as remark does, each a fail() or giveUp() below: a lone CR line ending or NUL character,
 * a byte-order mark, a fence info string with a named character reference, and containers nested
 * deeper than MAX_DEPTH.
 */
import { LineCursor } from './block-line.js';
import { atxContent, atxHeading, fenceOpening, htmlBlockEnds, htmlBlockKind, isFenceClosing, isThematicBreak, listMarker, marker, setextLevel } from './block-starts.js';
import type { ScanResult } from './fast-scan.js';
import { fenceInfo } from './fence-info.js';
import { definitionLines } from './link-definitions.js';

const enum Kind { Document, Quote, Item, Paragraph, Fence, Indented, Html }

const isLeaf = (kind: Kind) => kind >= Kind.Paragraph;

/** Nesting beyond this is left to remark (it would make each line cost more than its length). */
const MAX_DEPTH = 64;

/** One open block of the document tree, with only what the scan needs of it. */
class OpenBlock {
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
  /** Mermaid fence: its info and the lines collected so far (others collect nothing). */
  lang = '';
  meta: string | null = null;
  mermaid = false;
  lines: string[] = [];
  lineStarts: number[] = [];
  lineEndings: string[] = [];
  /** Mermaid fence: nothing was left of its last line after the container prefixes. */
  bareLastLine = false;
  /** Paragraph starting with "[": where each of its lines starts and ends (for link definitions). */
  partStarts: number[] | null = null;
  partEnds: number[] = [];

  constructor(readonly kind: Kind) {}
}

class BlockScanner {
  readonly cur = new LineCursor();
  readonly open: OpenBlock[] = [new OpenBlock(Kind.Document)];
  readonly result: ScanResult = { fences: [], codeRanges: [], htmlComments: [], headings: [] };
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

  run(): ScanResult | null {
    const src = this.src;
    let start = 0;
    for (;;) {
      let newline = src.indexOf('\n', start);
      const last = newline === -1;
      if (last) newline = src.length;
      const end = !last && src.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      this.lineNo++;
      this.lineStart = start;
      this.lineEnding = last ? '' : end < newline ? '\r\n' : '\n';
      this.cur.reset(src, start, end);
      this.line();
      if (this.failed) return null;
      this.prevLine = this.lineNo;
      this.prevStart = start;
      this.prevEnd = end;
      if (last) break;
      start = newline + 1;
    }
    this.atEof = true;
    this.close(1, false);
    return this.result;
  }

  private fail(reason: string): void {
    this.failed = true;
    scanGaveUp.reason = reason;
  }

  private line(): void {
    const { cur, src, open } = this;
    let matched = 1;
    for (; matched < open.length; matched++) {
      const block = open[matched]!;
      cur.findNonspace();
      const kind = block.kind;
      if (kind === Kind.Quote) {
        if (cur.indent > 3 || src.charCodeAt(cur.nonspace) !== 62 || cur.blank) break;
        this.enterQuote();
      } else if (kind === Kind.Item) {
        if (cur.blank) {
          // An item still empty keeps a blank line (remark ends it at the next non-blank line, not here).
          if (!block.hasChild) block.blankWhileEmpty = true;
          cur.advanceColumns(Math.min(cur.indent, block.indent));
        } else if (!block.blankWhileEmpty && cur.indent >= block.indent) cur.advanceColumns(block.indent);
        else break;
      } else if (kind === Kind.Indented) {
        if (cur.indent >= 4) cur.advanceColumns(4);
        else if (!cur.blank) break;
      } else if (kind === Kind.Paragraph || (kind === Kind.Html && block.marker >= 6)) {
        if (cur.blank) break;
      }
    }
    const tip = open[open.length - 1]!;
    const allMatched = matched === open.length;
    if (allMatched) {
      if (tip.kind === Kind.Fence) return this.fenceLine(tip);
      if (tip.kind === Kind.Html) return this.htmlLine(tip);
      if (tip.kind === Kind.Indented) {
        if (!cur.blank) tip.lastEnd = cur.end;
        return;
      }
    }
    let paragraphAtTip = tip.kind === Kind.Paragraph;
    // Blocks opened on this line go into the last matched container (a paragraph's parent).
    let keep = allMatched && paragraphAtTip ? matched - 1 : matched;
    // remark (micromark) applies the list item interrupt rules when every container matched and a
    // paragraph or an indented code block (even one followed by blank lines) is open, and keeps
    // applying them to list items opened further along the line (`a` then `> -`: no empty item).
    const listInterrupt = (allMatched && paragraphAtTip) || (tip.kind === Kind.Indented && matched === open.length - 1);
    let started = false;
    for (;;) {
      cur.findNonspace();
      const afterParagraph = !started && paragraphAtTip;
      const interrupting = afterParagraph && allMatched;
      if (cur.indent >= 4) {
        // Indented code cannot interrupt a paragraph, not even lazily.
        if (afterParagraph || cur.blank) break;
        // remark ends an indented code block opened on a line that closed a container with that line.
        const oneLine = !started && matched < open.length - (isLeaf(tip.kind) ? 1 : 0);
        this.close(keep, false);
        cur.advanceColumns(4);
        if (oneLine) {
          this.leaf();
          this.result.codeRanges.push([cur.pos, cur.end]);
          return;
        }
        const code = this.push(Kind.Indented);
        code.start = cur.pos;
        code.lastEnd = cur.end;
        return;
      }
      if (cur.blank) break;
      const p = cur.nonspace;
      const end = cur.end;
      const ch = src.charCodeAt(p);
      if (ch === 62 /* > */) {
        this.close(keep, true);
        this.enterQuote();
        this.push(Kind.Quote);
        keep = open.length;
        started = true;
        continue;
      }
      if (ch === 35 /* # */) {
        const depth = atxHeading(src, p, end);
        if (depth > 0) {
          this.close(keep, false);
          this.leaf();
          this.result.headings.push({ depth, text: src.slice(atxContent.start, atxContent.end), line: this.lineNo });
          return;
        }
      }
      if (ch === 96 /* ` */ || ch === 126 /* ~ */) {
        const length = fenceOpening(src, p, end);
        if (length > 0) return this.openFence(keep, ch, length);
      }
      if (ch === 60 /* < */) {
        const kind = htmlBlockKind(src, p, end);
        if (kind === 7 && afterParagraph) {
          if (allMatched) break; // it cannot interrupt the paragraph
          // On a lazy line remark ends the paragraph and opens the HTML block where it was, in
          // the containers the line did not match.
          open.pop();
          this.openHtml(7, p, end);
          return;
        }
        if (kind > 0) {
          this.close(keep, false);
          this.openHtml(kind, p, end);
          return;
        }
      }
      if ((ch === 61 /* = */ || ch === 45 /* - */) && interrupting) {
        const depth = setextLevel(src, p, end);
        if (depth > 0) {
          // Leading link reference definitions are not heading text; when they are all there is,
          // the line is read again as if no paragraph were open.
          const defined = tip.partStarts ? definitionLines(src, tip.partStarts, tip.partEnds) : 0;
          open.pop();
          if (defined < (tip.partStarts?.length ?? 1)) {
            const text = src.slice(defined > 0 ? tip.partStarts![defined]! : tip.start, tip.lastEnd);
            this.result.headings.push({ depth, text, line: tip.line });
            return;
          }
          paragraphAtTip = false;
        }
      }
      if ((ch === 42 /* * */ || ch === 45 || ch === 95 /* _ */) && isThematicBreak(src, p, end)) {
        this.close(keep, false);
        this.leaf();
        return;
      }
      if (listMarker(src, p, end) && this.openItem(keep, listInterrupt)) {
        keep = open.length;
        started = true;
        continue;
      }
      break;
    }
    if (!started && paragraphAtTip && !cur.blank) {
      tip.lastEnd = cur.end; // paragraph continuation, lazy when containers were left unmatched
      if (tip.partStarts) {
        tip.partStarts.push(cur.nonspace);
        tip.partEnds.push(cur.end);
      }
      return;
    }
    this.close(keep, false);
    if (cur.blank) return;
    const paragraph = this.push(Kind.Paragraph);
    paragraph.start = cur.nonspace;
    paragraph.line = this.lineNo;
    paragraph.lastEnd = cur.end;
    if (src.charCodeAt(cur.nonspace) === 91 /* [ */) {
      paragraph.partStarts = [cur.nonspace];
      paragraph.partEnds = [cur.end];
    }
  }

  /** Past a `>` and the optional space after it (one column of a tab). */
  private enterQuote(): void {
    const cur = this.cur;
    cur.toNonspace();
    cur.skip(1);
    if (cur.pos >= cur.end) return;
    const next = this.src.charCodeAt(cur.pos);
    if (next === 32) cur.skip(1);
    else if (next === 9) cur.advanceColumns(1);
  }

  /** Opens the list item whose marker (`marker`) is at the cursor's non-space; false when it may not interrupt the paragraph. */
  private openItem(keep: number, interrupting: boolean): boolean {
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

  private openFence(keep: number, ch: number, length: number): void {
    const cur = this.cur;
    const info = fenceInfo(this.src, cur.nonspace + length, cur.end);
    if (!info) return this.fail('a named character reference in a fence info string');
    this.close(keep, false);
    const fence = this.push(Kind.Fence);
    fence.marker = ch;
    fence.length = length;
    fence.indent = cur.indent;
    fence.start = cur.nonspace;
    fence.line = this.lineNo;
    fence.lang = info.lang;
    fence.meta = info.meta;
    fence.mermaid = info.lang === 'mermaid';
  }

  private fenceLine(fence: OpenBlock): void {
    const { cur, src } = this;
    cur.findNonspace();
    if (cur.indent <= 3 && !cur.blank && src.charCodeAt(cur.nonspace) === fence.marker && isFenceClosing(src, cur.nonspace, cur.end, fence.marker, fence.length)) {
      this.open.pop();
      this.endFence(fence, this.lineNo, this.lineStart, cur.end, true);
      return;
    }
    if (!fence.mermaid) return;
    fence.bareLastLine = cur.pos >= cur.end;
    cur.advanceColumns(Math.min(cur.indent, fence.indent));
    fence.lines.push(cur.rest());
    fence.lineStarts.push(cur.partial ? -1 : cur.pos);
    fence.lineEndings.push(this.lineEnding);
  }

  private openHtml(kind: number, start: number, end: number): void {
    const html = this.push(Kind.Html);
    html.marker = kind;
    html.start = start;
    html.lastEnd = end;
    if (kind <= 5 && htmlBlockEnds(kind, this.src, start, end, true)) this.endHtml(this.open.pop()!);
  }

  private htmlLine(html: OpenBlock): void {
    const cur = this.cur;
    html.lastEnd = cur.end;
    if (html.marker <= 5 && htmlBlockEnds(html.marker, this.src, cur.pos, cur.end, false)) this.endHtml(this.open.pop()!);
  }

  private push(kind: Kind): OpenBlock {
    if (this.open.length >= MAX_DEPTH) this.fail(`containers nested deeper than ${MAX_DEPTH}`);
    const block = new OpenBlock(kind);
    this.leaf();
    this.open.push(block);
    return block;
  }

  /** Something was put in the innermost open container (an empty list item no longer is). */
  private leaf(): void {
    this.open[this.open.length - 1]!.hasChild = true;
  }

  /**
   * Closes the open blocks above `keep`. A fence left open ends where remark ends it: at the start
   * of this line when the line opens a container (remark took the line ending in), else at the
   * end of the line before, without a last empty line.
   */
  private close(keep: number, atLineStart: boolean): void {
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

  private endFence(fence: OpenBlock, endLine: number, endLineStart: number, end: number, keepLastLine: boolean): void {
    this.result.codeRanges.push([fence.start, end]);
    if (!fence.mermaid) return;
    const { lines, lineStarts, lineEndings } = fence;
    let count = lines.length;
    // At the end of the file, a last line left empty by the container prefixes is not in the block.
    if (this.atEof && !keepLastLine && count > 0 && fence.bareLastLine) end = endLineStart;
    if (!keepLastLine && count >= 2 && lines[count - 1] === '') count--;
    let value = '';
    for (let i = 0; i < count; i++) value += i + 1 < count ? lines[i]! + lineEndings[i]! : lines[i]!;
    this.result.fences.push({
      line: fence.line,
      column: fence.start - this.lineStartOf(fence) + 1,
      lang: fence.lang,
      meta: fence.meta,
      value,
      contentLine: fence.line + 1,
      lineStarts: lineStarts.slice(0, count),
      endLine,
      endColumn: end - endLineStart + 1,
    });
  }

  private lineStartOf(fence: OpenBlock): number {
    const newline = this.src.lastIndexOf('\n', fence.start - 1);
    return newline + 1;
  }

  private endHtml(html: OpenBlock): void {
    if (this.src.slice(html.start, html.lastEnd).includes('<!--')) this.result.htmlComments.push([html.start, html.lastEnd]);
  }
}

/** Why the last scanMarkdown call returned null (for the dev tools' reports). */
export const scanGaveUp = { reason: '' };

/** The blocks extraction needs from a Markdown file, or null when only remark-parse can say. */
export function scanMarkdown(source: string): ScanResult | null {
  scanGaveUp.reason = '';
  if (source.includes('\0')) return giveUp('a NUL character'); // remark replaces it
  if (source.charCodeAt(0) === 0xfeff) return giveUp('a byte-order mark');
  if (/\r(?!\n)/.test(source)) return giveUp('a CR line ending without LF');
  return new BlockScanner(source).run();
}

function giveUp(reason: string): null {
  scanGaveUp.reason = reason;
  return null;
}
