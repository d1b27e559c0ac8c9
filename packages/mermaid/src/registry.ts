import type { MermaidTypeId } from './detect.js';
import { parseFlowchart } from './flowchart/index.js';
import { parseEr } from './grammars/er/index.js';
import { parseGantt } from './grammars/gantt/index.js';
import { parseGitGraph } from './grammars/gitgraph/index.js';
import { parseMindmap } from './grammars/mindmap/index.js';
import { parsePie } from './grammars/pie/index.js';
import { parseQuadrant } from './grammars/quadrant/index.js';
import { parseSankey } from './grammars/sankey/index.js';
import { parseTimeline } from './grammars/timeline/index.js';
import { parseXychart } from './grammars/xychart/index.js';
import { parseState } from './grammars/state/index.js';
import { parseSequence } from './sequence/index.js';
import type { DiagramAst, GrammarResult } from './types.js';

/** A grammar reads the text Mermaid's preprocessing leaves and the diagram's effective config (front matter, init directives). */
export type Grammar = (cleaned: string, config: Record<string, unknown>) => GrammarResult<DiagramAst>;

/**
 * Mermaid type id → our exact grammar, one entry per line. Types not listed are judged by
 * @mermaid-js/parser (langium.ts) or by Mermaid itself (delegate.ts).
 */
// Its second parameter is a span maker, not a config: wrapped so a config never lands there.
const flowchart: Grammar = (cleaned) => parseFlowchart(cleaned);

export const grammars: Partial<Record<MermaidTypeId, Grammar>> = {
  'flowchart-v2': flowchart,
  'flowchart-elk': flowchart,
  flowchart,
  sequence: parseSequence,
  gantt: parseGantt,
  timeline: parseTimeline,
  pie: parsePie,
  xychart: parseXychart,
  quadrantChart: parseQuadrant,
  sankey: parseSankey,
  er: parseEr,
  mindmap: parseMindmap,
  stateDiagram: parseState,
  state: parseState,
  gitGraph: parseGitGraph,
};
