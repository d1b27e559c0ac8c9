import { extractDiagramsAsync, extractMermaidFile, type DiagramBlock } from '@atlas-lint/markdown';
import { parseDiagram } from '@atlas-lint/mermaid';
import { isMermaidFile, lintText, type FileLint, type LintTextOptions } from './lint.js';
import type { Fix, LintMessage } from './types.js';

export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  /** Lint of the final text (what is left after fixing). */
  lint: FileLint;
  /** Final text; equal to the input when nothing was fixed. */
  output: string;
  fixed: boolean;
  passes: number;
  /** Diagrams whose fixes were thrown away because the fixed diagram did not parse. */
  reverted: number[];
}

/** Applies non-overlapping fixes, first come first served (ESLint's order: by range start). */
export function applyFixes(source: string, messages: LintMessage[]): { output: string; applied: number } {
  const crlf = source.includes('\r\n');
  const fixes = messages.flatMap((m) => (m.fix ? [m.fix] : [])).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let last = 0;
  let applied = 0;
  for (const fix of fixes as Fix[]) {
    if (fix.range[0] < last || fix.range[0] > fix.range[1] || fix.range[1] > source.length) continue;
    output += source.slice(last, fix.range[0]) + (crlf ? fix.text.replace(/\r?\n/g, '\r\n') : fix.text);
    last = fix.range[1];
    applied++;
  }
  return { output: output + source.slice(last), applied };
}

const blocksOf = async (source: string, path: string): Promise<DiagramBlock[]> =>
  (isMermaidFile(path) ? extractMermaidFile(source) : await extractDiagramsAsync(source, { path })).blocks;

/** File range of a block's content: from its first text line to the end of its last one. */
function contentRange(source: string, block: DiagramBlock): [number, number] {
  const lines = block.text.split('\n');
  const start = block.lineOffsets[0] ?? 0;
  const lastStart = block.lineOffsets[lines.length - 1] ?? start;
  return [start, Math.min(source.length, lastStart + lines[lines.length - 1]!.length)];
}

/**
 * Lints and fixes until stable (at most MAX_FIX_PASSES passes). A pass that changes the number of
 * diagrams is discarded. At the end, every diagram whose text changed must parse; one that does not
 * gets its original text back, so a fix never leaves a diagram broken in a new way.
 */
export async function lintAndFix(source: string, options: LintTextOptions): Promise<FixOutcome> {
  const originalBlocks = await blocksOf(source, options.filePath);
  let current = source;
  let lint = await lintText(current, options);
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const { output, applied } = applyFixes(current, lint.result.messages);
    if (applied === 0 || output === current) break;
    passes++;
    if ((await blocksOf(output, options.filePath)).length !== originalBlocks.length) break;
    current = output;
    lint = await lintText(current, options);
  }
  const reverted: number[] = [];
  if (current !== source) {
    const finalBlocks = await blocksOf(current, options.filePath);
    // Back to front, so earlier ranges stay valid while later blocks are restored.
    for (let i = finalBlocks.length - 1; i >= 0; i--) {
      const before = originalBlocks[i]!;
      const after = finalBlocks[i]!;
      if (before.text === after.text) continue;
      const parsed = await parseDiagram(after.text);
      if (parsed.verdict === 'valid') continue;
      const [start, end] = contentRange(current, after);
      const [origStart, origEnd] = contentRange(source, before);
      current = current.slice(0, start) + source.slice(origStart, origEnd) + current.slice(end);
      reverted.push(i);
    }
    if (reverted.length > 0) lint = await lintText(current, options);
  }
  if (current !== source) lint.result.output = current;
  return { lint, output: current, fixed: current !== source, passes, reverted: reverted.reverse() };
}
