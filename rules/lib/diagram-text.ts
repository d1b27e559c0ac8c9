import type { FlowchartAst, GenericAst, Label, ParsedDiagram, SequenceAst, Span } from '@atlas-lint/mermaid';

export type TextKind = 'node' | 'edge' | 'subgraph' | 'note' | 'message' | 'participant' | 'block' | 'title' | 'text';

/** One piece of text a reader sees in the rendered diagram, with where it was written. */
export interface DiagramText {
  kind: TextKind;
  /** Display text (Mermaid's unescaping applied). */
  text: string;
  span: Span;
  /** Node id / edge index / subgraph id / participant id the text belongs to. */
  owner?: string;
}

/** Adds a label's text, if there is one (the owner key always set, as one shape for every text). */
function pushLabel(out: DiagramText[], kind: TextKind, label: Label | null | undefined, owner?: string): void {
  if (label) out.push({ kind, text: label.text, span: label.span, owner });
}

/**
 * Every readable text of a diagram, from its AST (never the raw file): node labels (last
 * definition of each node), edge labels, subgraph titles, notes, messages, titles.
 */
export function diagramTexts(diagram: ParsedDiagram): readonly DiagramText[] {
  let known = textsOf.get(diagram);
  if (!known) textsOf.set(diagram, (known = collectTexts(diagram)));
  return known;
}

// Several rules read every text of every diagram: collect them once per diagram.
const textsOf = new WeakMap<ParsedDiagram, readonly DiagramText[]>();

function collectTexts(diagram: ParsedDiagram): DiagramText[] {
  const ast = diagram.ast;
  if (!ast) return [];
  const out: DiagramText[] = [];
  const title = diagram.frontMatter?.title;
  if (typeof title === 'string' && diagram.frontMatter?.span) out.push({ kind: 'title', text: title, span: diagram.frontMatter.span });
  // One function per kind: V8 compiles each for the ASTs it sees, and a kind turning up late
  // (sequence diagrams after hundreds of flowcharts) recompiles only its own.
  if (ast.kind === 'flowchart') flowchartTexts(ast, out);
  else if (ast.kind === 'sequence') sequenceTexts(ast, out);
  else if (ast.kind === 'generic') genericTexts(ast, out);
  return out;
}

function flowchartTexts(ast: FlowchartAst, out: DiagramText[]): void {
  // Only written labels: a bare id (FastDetect) names a node, it claims nothing.
  for (const ref of ast.nodeRefs) {
    if (ref.label) out.push({ kind: 'node', text: ref.label.text, span: ref.label.span, owner: ref.id });
  }
  for (const edge of ast.edges) pushLabel(out, 'edge', edge.label, String(edge.index));
  for (const sub of ast.subgraphs) pushLabel(out, 'subgraph', sub.title, sub.id);
}

function sequenceTexts(ast: SequenceAst, out: DiagramText[]): void {
  for (const p of ast.participants) {
    if (p.alias) pushLabel(out, 'participant', p.alias, p.id);
    else out.push({ kind: 'participant', text: p.id, span: p.idSpan, owner: p.id });
  }
  for (const m of ast.messages) if (m.text) pushLabel(out, 'message', m.text, `${m.from}->${m.to}`);
  for (const n of ast.notes) if (n.text) pushLabel(out, 'note', n.text, n.actors.join(','));
  for (const b of ast.blocks) {
    pushLabel(out, 'block', b.label, b.kind);
    for (const s of b.sections) pushLabel(out, 'block', s.label, s.keyword);
  }
  if (ast.title) out.push({ kind: 'title', text: ast.title.text, span: ast.title.span });
}

function genericTexts(ast: GenericAst, out: DiagramText[]): void {
  for (const t of ast.texts) pushLabel(out, 'text', t);
  if (ast.title) out.push({ kind: 'title', text: ast.title.text, span: ast.title.span });
}

/** All readable text of a diagram joined, for whole-diagram requirements (cost somewhere, etc.). */
export function allText(diagram: ParsedDiagram): string {
  return diagramTexts(diagram).map((t) => t.text).join('\n');
}
