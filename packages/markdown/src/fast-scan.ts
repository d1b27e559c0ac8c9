/**
 * What the block scanner (block-scan.ts) reports about a Markdown file: only what extraction
 * needs, with the offsets remark-parse's tree would give.
 */

export interface ScannedFence {
  /** 1-based line and column of the opening fence's first marker character. */
  line: number;
  column: number;
  lang: string;
  meta: string | null;
  /** The code as remark gives it: container prefixes and fence indentation removed, lines joined by their own line endings. */
  value: string;
  /** 1-based line of the first content line (always the line after the opening fence). */
  contentLine: number;
  /**
   * File offset where each line of `value` starts; -1 where a tab partly consumed by indentation
   * became spaces, so the line is not a suffix of the file's line.
   */
  lineStarts: number[];
  /** Where the block ends, as remark's node position. */
  endLine: number;
  endColumn: number;
}

export interface ScannedHeading {
  depth: number;
  /** Raw heading content from the source, before cleanHeading. */
  text: string;
  /** 1-based line where the heading node starts. */
  line: number;
}

export interface ScanResult {
  /** Mermaid fences only: the other code blocks matter as `codeRanges`. */
  fences: ScannedFence[];
  /** [start, end) offsets of every code block (fenced and indented), in document order. */
  codeRanges: [number, number][];
  /** [start, end) offsets of the HTML blocks that hold `<!--`. */
  htmlComments: [number, number][];
  headings: ScannedHeading[];
  /** Offset where each line of the file starts (the scan visits every line: no second pass for positions). */
  lineStarts: number[];
}

export { scanGaveUp, scanMarkdown } from './block-scan.js';
