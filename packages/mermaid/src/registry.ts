import type { DetectedType } from './detect.js';
import { parseFlowchart } from './flowchart/index.js';
import { parseSequence } from './sequence/index.js';
import type { DiagramAst, GrammarResult } from './types.js';

export type Grammar = (cleaned: string) => GrammarResult<DiagramAst>;

/** Mermaid type → our exact grammar. Types not listed are judged by Mermaid itself (delegate.ts). */
export const grammars: Partial<Record<DetectedType, Grammar>> = {
  'flowchart-v2': parseFlowchart,
  'flowchart-elk': parseFlowchart,
  sequence: parseSequence,
};
