import type { MermaidTypeId } from './detect.js';
import { parseFlowchart } from './flowchart/index.js';
import { parseSequence } from './sequence/index.js';
import type { DiagramAst, GrammarResult } from './types.js';

export type Grammar = (cleaned: string) => GrammarResult<DiagramAst>;

/**
 * Mermaid type id → our exact grammar, one entry per line. Types not listed are judged by
 * @mermaid-js/parser (langium.ts) or by Mermaid itself (delegate.ts).
 */
export const grammars: Partial<Record<MermaidTypeId, Grammar>> = {
  'flowchart-v2': parseFlowchart,
  'flowchart-elk': parseFlowchart,
  flowchart: parseFlowchart,
  sequence: parseSequence,
};
