import type { MermaidTypeId } from './detect.js';
import { checkFlowchart, parseFlowchart, type SpanMaker } from './flowchart/index.js';
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
import type { DiagramAst, GrammarResult, SyntaxIssue } from './types.js';

export interface GrammarContext {
  /** The diagram's effective config (front matter, init directives). */
  config: Record<string, unknown>;
  /** Makes a final span (original-text offsets, lazy loc) from cleaned offsets, for grammars that build spans once. */
  makeSpan: SpanMaker;
}

/** A grammar reads the text Mermaid's preprocessing leaves; without a context, spans are cleaned offsets and the config is the default. */
export type Grammar = (cleaned: string, context?: GrammarContext) => GrammarResult<DiagramAst>;

// The flowchart grammar builds its spans final as it goes (no mapping walk afterwards). The flag
// is set on the result, not spread into a copy: V8 (Node 20) gives nearly every copy made by
// `{ ...result, spansFinal }` a hidden class of its own, so each read of a result missed its cache.
const flowchart: Grammar = (cleaned, context) => {
  if (!context) return parseFlowchart(cleaned);
  const result: GrammarResult<DiagramAst> = parseFlowchart(cleaned, context.makeSpan);
  result.spansFinal = true;
  return result;
};

/**
 * Mermaid type id → our exact grammar, one entry per line. Types not listed are judged by
 * @mermaid-js/parser (langium.ts) or by Mermaid itself (delegate.ts), as are texts a grammar
 * marks uncertain.
 */
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
  gitGraph: (cleaned, context) => parseGitGraph(cleaned, context?.config),
};

/** Checks a text as its grammar does, giving the same errors without the AST (spans made by the context). */
export type Checker = (cleaned: string, context: GrammarContext) => SyntaxIssue[];

const flowchartCheck: Checker = (cleaned, context) => checkFlowchart(cleaned, context.makeSpan);

/**
 * Types with a cheaper path to the verdict alone, used by validateDiagramSync: the flowchart,
 * 85 % of real diagrams, whose AST costs more than its lex and parse. Other types are parsed.
 */
export const checkers: Partial<Record<MermaidTypeId, Checker>> = {
  'flowchart-v2': flowchartCheck,
  'flowchart-elk': flowchartCheck,
  flowchart: flowchartCheck,
};
