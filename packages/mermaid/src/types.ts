/**
 * The contract between Mermaid grammars, the dispatcher (parseDiagram) and everything downstream.
 *
 * Offsets: a grammar works on the *cleaned* text (Mermaid's preprocessing applied: front matter,
 * directives and `%%` lines removed, leading whitespace trimmed) and reports `Span`s as UTF-16
 * offsets into that text. parseDiagram maps every span back to the original diagram text and adds
 * `loc` (1-based line/column, in file coordinates when an origin is given).
 */

/** Half-open range of UTF-16 offsets: [start, end). */
export interface Span {
  start: number;
  end: number;
  /** Filled by parseDiagram after the grammar ran: positions in the original file. */
  loc?: Location;
}

export interface Point {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

export interface Location {
  start: Point;
  end: Point;
}

/** One reason Mermaid would refuse the diagram. */
export interface SyntaxIssue {
  /** Stable class of the failure, e.g. 'paren-in-label', 'bad-arrow', 'missing-end'. Used for stats and fixes. */
  code: string;
  /** What a person needs to read: what is wrong at this place. */
  message: string;
  /** How to repair it. */
  hint?: string;
  /** Mermaid's own wording when the message above paraphrases it (delegated verdicts). */
  detail?: string;
  span: Span;
  /**
   * Label classes (paren-in-label, bracket-in-label, quote-in-label, at-in-label): the whole label
   * as written, inside its delimiters, while `span` stays on the character Mermaid stopped at.
   */
  labelSpan?: Span;
}

export interface GrammarResult<A> {
  /** Best-effort AST, also when errors is non-empty (recovered as far as reasonable). */
  ast: A;
  /** Empty exactly when Mermaid 11.17.2 accepts the text. */
  errors: SyntaxIssue[];
  /** Set when the grammar cannot be sure of Mermaid's verdict on this text: Mermaid itself judges it. */
  uncertain?: true;
  /** Set when the spans were made by the context's makeSpan (final, with loc), not in cleaned offsets. */
  spansFinal?: true;
}

/** A label as written and as Mermaid displays it. */
export interface Label {
  /** Source text between the delimiters, untouched. */
  raw: string;
  /** Display text: quotes stripped, entity codes (#quot; #35;) decoded, `<br>` → newline, markdown-string backticks removed. */
  text: string;
  quoted: boolean;
  /** ``"`…`"`` markdown string */
  markdown: boolean;
  /** Span of raw (inside the delimiters). */
  span: Span;
}

export interface StyleProperty {
  name: string;
  value: string;
  span: Span;
}

// ---------------------------------------------------------------- flowchart

export type FlowShape =
  | 'rect' | 'round' | 'circle' | 'doublecircle' | 'stadium' | 'subroutine' | 'cylinder'
  | 'diamond' | 'hexagon' | 'odd' | 'lean_right' | 'lean_left' | 'trapezoid' | 'inv_trapezoid'
  | 'ellipse' | 'rect_prop';

/** One occurrence of a node in the source (a node may occur many times). */
export interface FlowNodeRef {
  type: 'nodeRef';
  id: string;
  idSpan: Span;
  /** Shape delimiters used at this occurrence, null for a bare id. */
  shape: FlowShape | null;
  label: Label | null;
  /** `@{ … }` data (parsed YAML object), if any */
  data?: Record<string, unknown>;
  dataSpan?: Span;
  /** Classes from `:::name` at this occurrence */
  classes: string[];
  classSpans: Span[];
  span: Span;
}

/** A node as Mermaid's database ends up with it (all occurrences merged; last label wins). */
export interface FlowNode {
  id: string;
  label: Label | null;
  shape: FlowShape | null;
  /** from `@{ shape: … }` */
  dataShape?: string;
  classes: string[];
  refs: FlowNodeRef[];
  /** Innermost subgraph id that contains the node, or null */
  subgraph: string | null;
}

export type EdgeStroke = 'normal' | 'thick' | 'dotted' | 'invisible';
export type ArrowHead = 'none' | 'arrow' | 'cross' | 'circle';

export interface FlowEdge {
  type: 'edge';
  /** Index as Mermaid counts edges (linkStyle N) */
  index: number;
  from: string;
  to: string;
  fromSpan: Span;
  toSpan: Span;
  stroke: EdgeStroke;
  arrowStart: ArrowHead;
  arrowEnd: ArrowHead;
  /** Mermaid's link length (1..10) */
  length: number;
  label: Label | null;
  /** edge id from `e1@-->` */
  id?: string;
  /** Span of the link token(s), including an inline label */
  linkSpan: Span;
  /** From the start of the source node to the end of the target node */
  span: Span;
}

export interface FlowSubgraph {
  type: 'subgraph';
  id: string;
  idSpan: Span | null;
  title: Label | null;
  /** Node ids (and subgraph ids) directly inside, in order of first appearance */
  members: string[];
  parent: string | null;
  /** The `subgraph …` line */
  headerSpan: Span;
  /** From `subgraph` to the end of `end` */
  span: Span;
  direction?: string;
}

export interface FlowClassDef {
  type: 'classDef';
  names: string[];
  nameSpans: Span[];
  styles: StyleProperty[];
  span: Span;
}

/** `class A,B name` or the `A:::name` shorthand */
export interface FlowClassAssign {
  type: 'classAssign';
  form: 'statement' | 'shorthand';
  nodeIds: string[];
  className: string;
  classNameSpan: Span;
  span: Span;
}

export interface FlowStyle {
  type: 'style';
  nodeId: string;
  nodeIdSpan: Span;
  styles: StyleProperty[];
  span: Span;
}

export interface FlowLinkStyle {
  type: 'linkStyle';
  indices: number[] | 'default';
  interpolate?: string;
  styles: StyleProperty[];
  span: Span;
}

export interface FlowClick {
  type: 'click';
  nodeId: string;
  href?: string;
  hrefSpan?: Span;
  callback?: string;
  tooltip?: string;
  target?: string;
  span: Span;
}

export interface AccText {
  text: string;
  span: Span;
}

export interface FlowchartAst {
  kind: 'flowchart';
  /** `graph` | `flowchart` | `flowchart-elk` */
  keyword: string;
  direction: string | null;
  headerSpan: Span;
  nodeRefs: FlowNodeRef[];
  /** Keyed by id, in order of first appearance */
  nodes: Map<string, FlowNode>;
  edges: FlowEdge[];
  subgraphs: FlowSubgraph[];
  classDefs: FlowClassDef[];
  classAssigns: FlowClassAssign[];
  styles: FlowStyle[];
  linkStyles: FlowLinkStyle[];
  clicks: FlowClick[];
  accTitle: AccText | null;
  accDescr: AccText | null;
}

// ---------------------------------------------------------------- sequence

export interface SeqParticipant {
  type: 'participant';
  kind: 'participant' | 'actor' | 'implicit';
  id: string;
  idSpan: Span;
  /** Text after `as` */
  alias: Label | null;
  span: Span;
}

export interface SeqMessage {
  type: 'message';
  from: string;
  to: string;
  fromSpan: Span;
  toSpan: Span;
  arrow: string;
  arrowSpan: Span;
  text: Label | null;
  activate?: boolean;
  deactivate?: boolean;
  span: Span;
}

export interface SeqNote {
  type: 'note';
  placement: 'left of' | 'right of' | 'over';
  actors: string[];
  text: Label;
  span: Span;
}

export interface SeqBlock {
  type: 'block';
  kind: 'loop' | 'opt' | 'break' | 'rect' | 'alt' | 'par' | 'par_over' | 'critical' | 'box';
  label: Label | null;
  /** `else` / `and` / `option` sections, each with its label */
  sections: { keyword: string; label: Label | null; span: Span }[];
  span: Span;
}

export interface SequenceAst {
  kind: 'sequence';
  headerSpan: Span;
  participants: SeqParticipant[];
  messages: SeqMessage[];
  notes: SeqNote[];
  blocks: SeqBlock[];
  title: AccText | null;
  accTitle: AccText | null;
  accDescr: AccText | null;
}

// ---------------------------------------------------------------- other types

/** Types without a full AST of ours: their labels as free text so generic text rules still work. */
export interface GenericAst {
  kind: 'generic';
  /** Text fragments a person reads (titles, labels, task names, slice names…) */
  texts: Label[];
  title: AccText | null;
  accTitle: AccText | null;
  accDescr: AccText | null;
}

export type DiagramAst = FlowchartAst | SequenceAst | GenericAst;
