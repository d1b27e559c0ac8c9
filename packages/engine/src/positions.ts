import { lastAtOrBefore } from '@atlas-lint/mermaid';
import type { DiagramBlock } from '@atlas-lint/markdown';

/** Maps offsets in a diagram's text to file positions and file offsets, through the block's line map. */
export class DiagramPositions {
  /** Where each line of the text starts: found on first use (most diagrams' messages carry their own loc). */
  private starts: number[] | null = null;

  constructor(private readonly block: DiagramBlock) {}

  private get lineStarts(): number[] {
    if (this.starts) return this.starts;
    const { text } = this.block;
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return (this.starts = starts);
  }

  private lineIndex(offset: number): number {
    return lastAtOrBefore(this.lineStarts, offset);
  }

  /** 1-based line/column in the file. */
  point(offset: number): { line: number; column: number } {
    const i = this.lineIndex(offset);
    const origin = this.block.origins[i] ?? this.block.origins[this.block.origins.length - 1]!;
    return { line: origin.line, column: origin.column + (offset - this.lineStarts[i]!) };
  }

  /** Offset in the file. */
  fileOffset(offset: number): number {
    const i = this.lineIndex(offset);
    return this.block.lineOffsets[i]! + (offset - this.lineStarts[i]!);
  }

  /**
   * Container prefix of a diagram line (e.g. "> " inside a block quote, list indentation), which a
   * fix inserting new lines must repeat so the lines stay inside the container.
   */
  linePrefix(source: string, offset: number): string {
    const i = this.lineIndex(offset);
    const fileLineStart = source.lastIndexOf('\n', this.block.lineOffsets[i]! - 1) + 1;
    return source.slice(fileLineStart, this.block.lineOffsets[i]!);
  }
}
