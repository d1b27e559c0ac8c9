import { LazyLocation, type Locator } from './locate.js';
import type { Preprocessed } from './preprocess.js';
import type { AccText, FlowchartAst, GenericAst, Label, SequenceAst, Span, StyleProperty, SyntaxIssue } from './types.js';

/**
 * Maps every span of a grammar's result from cleaned offsets to original offsets and gives it its
 * `loc`. The ASTs of our own shapes (flowchart, sequence, generic) are walked field by field: a
 * walk that asks every object of the tree for its keys cost more than the flowchart grammar's
 * parser. Any other AST gets the generic walk, which recognises a span by numeric start/end.
 * A span object shared between places (a shorthand class assignment reuses its node's spans) is
 * mapped once: the second time it already has its `loc`.
 */
export class SpanMapper {
  private readonly toOriginal: (offset: number) => number;
  private readonly shift: number | undefined;

  constructor(pre: Pick<Preprocessed, 'toOriginal' | 'shift'>, private readonly locate: Locator) {
    this.toOriginal = pre.toOriginal;
    this.shift = pre.shift;
  }

  span(span: Span): void {
    if (span.loc !== undefined) return;
    let start: number;
    let end: number;
    if (this.shift !== undefined) {
      start = span.start + this.shift;
      end = span.end > span.start ? span.end + this.shift : start;
    } else {
      start = this.toOriginal(span.start);
      end = span.end > span.start ? this.toOriginal(span.end - 1) + 1 : start;
    }
    span.start = start;
    span.end = end;
    span.loc = new LazyLocation(this.locate, start, end);
  }

  label(label: Label | null): void {
    if (label !== null) this.span(label.span);
  }

  acc(text: AccText | null): void {
    if (text !== null) this.span(text.span);
  }

  spans(spans: Span[]): void {
    for (let i = 0; i < spans.length; i++) this.span(spans[i]!);
  }

  styles(styles: StyleProperty[]): void {
    for (let i = 0; i < styles.length; i++) this.span(styles[i]!.span);
  }

  issues(errors: SyntaxIssue[]): void {
    for (const issue of errors) {
      this.span(issue.span);
      if (issue.labelSpan) this.span(issue.labelSpan);
    }
  }

  flowchart(ast: FlowchartAst): void {
    this.span(ast.headerSpan);
    for (const ref of ast.nodeRefs) {
      this.span(ref.idSpan);
      this.label(ref.label);
      this.spans(ref.classSpans);
      if (ref.dataSpan) this.span(ref.dataSpan);
      this.span(ref.span);
    }
    // A node's label is one of its refs' labels, or its @{ label } (with a span of its own).
    for (const node of ast.nodes.values()) this.label(node.label);
    for (const edge of ast.edges) {
      this.span(edge.fromSpan);
      this.span(edge.toSpan);
      this.label(edge.label);
      this.span(edge.linkSpan);
      this.span(edge.span);
    }
    for (const sg of ast.subgraphs) {
      if (sg.idSpan) this.span(sg.idSpan);
      this.label(sg.title);
      this.span(sg.headerSpan);
      this.span(sg.span);
    }
    for (const def of ast.classDefs) {
      this.spans(def.nameSpans);
      this.styles(def.styles);
      this.span(def.span);
    }
    for (const assign of ast.classAssigns) {
      this.span(assign.classNameSpan);
      this.span(assign.span);
    }
    for (const style of ast.styles) {
      this.span(style.nodeIdSpan);
      this.styles(style.styles);
      this.span(style.span);
    }
    for (const linkStyle of ast.linkStyles) {
      this.styles(linkStyle.styles);
      this.span(linkStyle.span);
    }
    for (const click of ast.clicks) {
      if (click.hrefSpan) this.span(click.hrefSpan);
      this.span(click.span);
    }
    this.acc(ast.accTitle);
    this.acc(ast.accDescr);
  }

  sequence(ast: SequenceAst): void {
    this.span(ast.headerSpan);
    for (const p of ast.participants) {
      this.span(p.idSpan);
      this.label(p.alias);
      this.span(p.span);
    }
    for (const m of ast.messages) {
      this.span(m.fromSpan);
      this.span(m.toSpan);
      this.span(m.arrowSpan);
      this.label(m.text);
      this.span(m.span);
    }
    for (const note of ast.notes) {
      this.label(note.text);
      this.span(note.span);
    }
    for (const block of ast.blocks) {
      this.label(block.label);
      for (const section of block.sections) {
        this.label(section.label);
        this.span(section.span);
      }
      this.span(block.span);
    }
    this.acc(ast.title);
    this.acc(ast.accTitle);
    this.acc(ast.accDescr);
  }

  /** The generic AST parse.ts makes itself (lines as texts). */
  generic(ast: GenericAst): void {
    for (const text of ast.texts) this.span(text.span);
    this.acc(ast.title);
    this.acc(ast.accTitle);
    this.acc(ast.accDescr);
  }

  /** Any object: every nested object with numeric start and end is a span. */
  any(value: object): void {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (v !== null && typeof v === 'object') this.any(v);
      }
      return;
    }
    if (value instanceof Map) {
      for (const v of value.values()) if (v !== null && typeof v === 'object') this.any(v as object);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number') {
      this.span(record as unknown as Span);
      return;
    }
    for (const key in record) {
      const v = record[key];
      if (v !== null && typeof v === 'object') this.any(v);
    }
  }

  /**
   * A grammar's result. Our own flowchart and sequence ASTs (told by kind and shape) are walked
   * field by field; any other grammar's result, whose objects may carry spans of their own, gets
   * the generic walk.
   */
  result(result: { ast: object & { kind?: string }; errors: SyntaxIssue[] }): void {
    const ast = result.ast;
    if (ast.kind === 'flowchart' && 'nodeRefs' in ast) this.flowchart(ast as FlowchartAst);
    else if (ast.kind === 'sequence' && 'participants' in ast) this.sequence(ast as SequenceAst);
    else return this.any(result);
    this.issues(result.errors);
  }
}
