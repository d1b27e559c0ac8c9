/**
 * CommonMark 0.31's block structure, line by line, as its spec's "parsing strategy" describes:
 * each line first continues the open containers it can (block quotes, list items), then may
 * open new blocks, else continues a paragraph (lazily, when containers were left unmatched).
 * Only the blocks extraction needs leave a trace: fenced and indented code, HTML blocks, headings.
 * Linear time: every line costs its own length plus the depth of the open containers.
 *
 * It gives up (null: the caller parses with remark-parse) on what is rare and costly to get
 * exactly as remark does, each a fail() (block-tree.ts) or giveUp() below: a CR line ending
 * without LF, a NUL character (remark makes it U+FFFD), a named character reference in a mermaid
 * fence's meta (decoding needs HTML's table of 2,000 names), and containers nested deeper than
 * MAX_DEPTH (64).
 */
import { atxContent, atxHeading, fenceOpening, htmlBlockKind, isThematicBreak, listMarker, setextLevel } from './block-starts.js';
import { BlockTree, isLeaf, Kind, type OpenBlock, scanGaveUp } from './block-tree.js';
import type { ScanResult } from './fast-scan.js';
import { definitionLines } from './link-definitions.js';

export { scanGaveUp };

/** What a block start found: nothing, a leaf (the line is done), or a container (look further). */
const enum Start { None, Leaf, Container }

class BlockScanner extends BlockTree {
  run(): ScanResult | null {
    const src = this.src;
    const lineStarts = this.result.lineStarts;
    let start = 0;
    for (;;) {
      lineStarts.push(start);
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

  // Per line: what matching the containers found, for the block starts tried after it.
  private matched = 0;
  private tip!: OpenBlock;
  private allMatched = false;
  private paragraphAtTip = false;
  /** Blocks opened on this line go into open[keep - 1], the last matched container. */
  private keep = 0;
  private listInterrupt = false;
  private started = false;

  /**
   * One line. Kept in small methods: V8 recompiles a function each time a path it has not seen
   * yet is taken, and a small function recompiles fast (that is most of the scanner's cold cost).
   */
  private line(): void {
    const { cur, open } = this;
    const matched = this.matchContainers();
    const tip = open[open.length - 1]!;
    const allMatched = matched === open.length;
    if (allMatched && tip.kind >= Kind.Fence) return this.leafLine(tip);
    this.matched = matched;
    this.tip = tip;
    this.allMatched = allMatched;
    this.paragraphAtTip = tip.kind === Kind.Paragraph;
    this.keep = allMatched && this.paragraphAtTip ? matched - 1 : matched;
    // remark (micromark) applies the list item interrupt rules when every container matched and a
    // paragraph or an indented code block (even one followed by blank lines) is open, and keeps
    // applying them to list items opened further along the line (`a` then `> -`: no empty item).
    this.listInterrupt = (allMatched && this.paragraphAtTip) || (tip.kind === Kind.Indented && matched === open.length - 1);
    this.started = false;
    for (;;) {
      cur.findNonspace();
      if (cur.blank) break;
      const found = cur.indent >= 4 ? this.startIndentedCode() : this.startBlock(this.src.charCodeAt(cur.nonspace));
      if (found === Start.Leaf) return;
      if (found === Start.None) break;
    }
    this.paragraphLine();
  }

  /** How many open blocks (the document included) the line continues, past their markers. */
  private matchContainers(): number {
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
    return matched;
  }

  /** A line every container matched, in an open fence, HTML block or indented code. */
  private leafLine(tip: OpenBlock): void {
    if (tip.kind === Kind.Fence) this.fenceLine(tip);
    else if (tip.kind === Kind.Html) this.htmlLine(tip);
    else if (!this.cur.blank) tip.lastEnd = this.cur.end;
  }

  private startIndentedCode(): Start {
    const { cur, open, tip } = this;
    // Indented code cannot interrupt a paragraph, not even lazily.
    if (!this.started && this.paragraphAtTip) return Start.None;
    // remark ends an indented code block opened on a line that closed a container with that line.
    const oneLine = !this.started && this.matched < open.length - (isLeaf(tip.kind) ? 1 : 0);
    this.close(this.keep, false);
    cur.advanceColumns(4);
    if (oneLine) {
      this.leaf();
      this.result.codeRanges.push([cur.pos, cur.end]);
      return Start.Leaf;
    }
    const code = this.push(Kind.Indented);
    code.start = cur.pos;
    code.lastEnd = cur.end;
    return Start.Leaf;
  }

  /** The block starting with `ch` at the cursor's non-space, at most 3 columns in. */
  private startBlock(ch: number): Start {
    switch (ch) {
      case 62 /* > */:
        return this.startQuote();
      case 35 /* # */:
        return this.startAtxHeading();
      case 96 /* ` */:
      case 126 /* ~ */:
        return this.startFence(ch);
      case 60 /* < */:
        return this.startHtml();
      case 61 /* = */:
        return this.startSetext();
      case 45 /* - */:
        // A dash line that is no underline may be a break or an item.
        return this.startSetext() === Start.Leaf ? Start.Leaf : this.startBreakOrItem(ch);
      case 42 /* * */:
      case 95 /* _ */:
        return this.startBreakOrItem(ch);
      default:
        return ch === 43 /* + */ || (ch >= 48 && ch <= 57) ? this.startItem() : Start.None;
    }
  }

  private startBreakOrItem(ch: number): Start {
    if (isThematicBreak(this.src, this.cur.nonspace, this.cur.end)) {
      this.close(this.keep, false);
      this.leaf();
      return Start.Leaf;
    }
    return ch === 95 ? Start.None : this.startItem();
  }

  private startQuote(): Start {
    this.close(this.keep, true);
    this.enterQuote();
    this.push(Kind.Quote);
    this.keep = this.open.length;
    this.started = true;
    return Start.Container;
  }

  private startAtxHeading(): Start {
    const { cur, src } = this;
    const depth = atxHeading(src, cur.nonspace, cur.end);
    if (depth === 0) return Start.None;
    this.close(this.keep, false);
    this.leaf();
    this.result.headings.push({ depth, text: src.slice(atxContent.start, atxContent.end), line: this.lineNo });
    return Start.Leaf;
  }

  private startFence(ch: number): Start {
    const length = fenceOpening(this.src, this.cur.nonspace, this.cur.end);
    if (length === 0) return Start.None;
    this.openFence(this.keep, ch, length);
    return Start.Leaf;
  }

  private startHtml(): Start {
    const { cur, open } = this;
    const p = cur.nonspace;
    const kind = htmlBlockKind(this.src, p, cur.end);
    if (kind === 0) return Start.None;
    if (kind === 7 && !this.started && this.paragraphAtTip) {
      if (this.allMatched) return Start.None; // it cannot interrupt the paragraph
      // On a lazy line remark ends the paragraph and opens the HTML block where it was, in
      // the containers the line did not match.
      open.pop();
    } else {
      this.close(this.keep, false);
    }
    this.openHtml(kind, p, cur.end);
    return Start.Leaf;
  }

  private startSetext(): Start {
    const { cur, src, open, tip } = this;
    if (this.started || !this.paragraphAtTip || !this.allMatched) return Start.None;
    const depth = setextLevel(src, cur.nonspace, cur.end);
    if (depth === 0) return Start.None;
    // Leading link reference definitions are not heading text; when they are all there is, the
    // line is read on as if no paragraph were open.
    const defined = tip.partStarts ? definitionLines(src, tip.partStarts, tip.partEnds!) : 0;
    open.pop();
    if (defined < (tip.partStarts?.length ?? 1)) {
      const text = src.slice(defined > 0 ? tip.partStarts![defined]! : tip.start, tip.lastEnd);
      this.result.headings.push({ depth, text, line: tip.line });
      return Start.Leaf;
    }
    this.paragraphAtTip = false;
    return Start.None;
  }

  private startItem(): Start {
    const { cur, src } = this;
    if (!listMarker(src, cur.nonspace, cur.end) || !this.openItem(this.keep, this.listInterrupt)) return Start.None;
    this.keep = this.open.length;
    this.started = true;
    return Start.Container;
  }

  /** No leaf started: the line continues the paragraph (lazily, if containers were left unmatched) or opens one. */
  private paragraphLine(): void {
    const { cur, src, tip } = this;
    if (!this.started && this.paragraphAtTip && !cur.blank) {
      tip.lastEnd = cur.end;
      if (tip.partStarts) {
        tip.partStarts.push(cur.nonspace);
        tip.partEnds!.push(cur.end);
      }
      return;
    }
    this.close(this.keep, false);
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
}

/** The blocks extraction needs from a Markdown file, or null when only remark-parse can say. */
export function scanMarkdown(source: string): ScanResult | null {
  if (!primed) prime();
  scanGaveUp.reason = '';
  if (source.includes('\0')) return giveUp('a NUL character'); // remark replaces it
  if (source.charCodeAt(0) === 0xfeff) return giveUp('a byte-order mark'); // extractWith removes it first
  for (let cr = source.indexOf('\r'); cr !== -1; cr = source.indexOf('\r', cr + 1)) {
    if (source.charCodeAt(cr + 1) !== 10) return giveUp('a CR line ending without LF');
  }
  return new BlockScanner(source).run();
}

/**
 * One small document that takes every kind of line once (quotes, tabs, nested and ordered lists,
 * indented code, HTML, both fences, setext and ATX headings, definitions, CRLF). Scanned before
 * the first real file, it lets V8's optimizing compiler see all of the scanner's paths: fed only
 * the first files, it compiles some out and throws the code away (recompiling the whole inlined
 * scanner) each time a file takes one of them — five times per function in the corpus run.
 */
const PRIMER = [
  '# Title #', 'Setext', '===', '[ref]: https://example.com "t"', 'Para *x* `y`', 'lazy', '',
  '> quote', '> > nested', 'lazy quote', '>\tcode in quote', '', '- item', '\t- tab item', '  1. ordered', '     code',
  '-', '+ plus', '* star', '', '2) two', '', '    indented', '\tindented', '', '***', '- - -', '___',
  '<div>', 'html', '</div>', '<!-- comment -->', '<pre>', 'x', '</pre>', '',
  '```mermaid title', 'A --> B', '\tC', '```', '~~~~ other', 'text', '~~~~', '> ```mermaid', '> X', '',
  '- ```mermaid', '  Y', '  ```', 'Heading\r', '---\r', '## Two  ', 'para', '2. not an item', 'para', '1. item', '',
  '    a', '    b', '', '```mermaid', 'Z',
].join('\n');
let primed = false;

function prime(): void {
  primed = true;
  // V8 keeps type feedback for a function only from its ~8th call on: more than one pass.
  for (let pass = 0; pass < 3; pass++) new BlockScanner(PRIMER).run();
}

function giveUp(reason: string): null {
  scanGaveUp.reason = reason;
  return null;
}
