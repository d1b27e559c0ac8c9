import { detectType, type DetectedType } from './detect.js';
import { mermaidVerdict } from './delegate.js';
import { parseWithLangium } from './langium.js';
import { humaniseMermaidMessage } from './messages.js';
import { preprocess, type FrontMatterInfo, type Preprocessed } from './preprocess.js';
import { grammars } from './registry.js';
import { lastAtOrBefore } from './search.js';
import type { AccText, DiagramAst, GenericAst, Label, Location, Point, Span, SyntaxIssue } from './types.js';

export interface LineOrigin {
  line: number;
  column: number;
}

export interface ParsedDiagram {
  /** The original diagram text. */
  text: string;
  /** Mermaid's type id when known: 'flowchart-v2', 'flowchart-elk', 'sequence', or what Mermaid reported. */
  type: string | null;
  kind: DiagramAst['kind'] | 'unknown';
  ast: DiagramAst | null;
  /** Why Mermaid rejects the diagram; empty when it accepts it. */
  errors: SyntaxIssue[];
  /** 'needs-oracle' only from parseDiagramSync, for types that only Mermaid itself can judge. */
  verdict: 'valid' | 'invalid' | 'needs-oracle';
  /** Whether Mermaid's own parser gave the verdict. */
  delegated: boolean;
  frontMatter: FrontMatterInfo | null;
  directives: { raw: string; span: Span }[];
  comments: { text: string; span: Span }[];
  /** The header line (first line Mermaid's grammar sees). */
  headerSpan: Span | null;
  lines: { text: string; span: Span }[];
  /** File (or diagram) position of an offset in `text`. */
  locate(offset: number): Point;
}

export interface ParseOptions {
  /** Where line i of the diagram text starts in the file; without it positions are within the diagram. */
  origin?: readonly LineOrigin[];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function makeLocator(text: string, origin: readonly LineOrigin[] | undefined): (offset: number) => Point {
  const starts = lineStarts(text);
  return (offset) => {
    const low = lastAtOrBefore(starts, offset);
    const column = offset - starts[low]!;
    const at = origin?.[low];
    return at ? { line: at.line, column: at.column + column } : { line: low + 1, column: column + 1 };
  };
}

/** Maps every span of a grammar's result from cleaned offsets to original offsets, adding `loc`. */
function mapSpans(root: unknown, pre: Preprocessed, locate: (offset: number) => Point): void {
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (value instanceof Map) {
      for (const v of value.values()) visit(v);
      return;
    }
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number' && !('loc' in record)) {
      const span = record as unknown as Span;
      const start = pre.toOriginal(span.start);
      const end = span.end > span.start ? pre.toOriginal(span.end - 1) + 1 : start;
      span.start = start;
      span.end = end;
      span.loc = { start: locate(start), end: locate(end) } satisfies Location;
      return;
    }
    for (const key in record) visit(record[key]);
  };
  visit(root);
}

function withLoc(span: Span, locate: (offset: number) => Point): Span {
  return { ...span, loc: { start: locate(span.start), end: locate(span.end) } };
}

/** Lines after the header, as texts: what generic text rules read for types without an AST of ours. */
function genericAst(pre: Preprocessed): GenericAst {
  const texts: Label[] = [];
  const starts = lineStarts(pre.cleaned);
  starts.forEach((start, i) => {
    if (i === 0) return;
    const end = i + 1 < starts.length ? starts[i + 1]! - 1 : pre.cleaned.length;
    const raw = pre.cleaned.slice(start, end);
    const trimmed = raw.trim();
    if (!trimmed) return;
    const lead = raw.length - raw.trimStart().length;
    texts.push({ raw: trimmed, text: trimmed, quoted: false, markdown: false, span: { start: start + lead, end: start + lead + trimmed.length } });
  });
  const title = pre.frontMatter?.title;
  const titleText: AccText | null = title ? { text: title, span: { start: 0, end: 0 } } : null;
  return { kind: 'generic', texts, title: titleText, accTitle: null, accDescr: null };
}

function baseDiagram(text: string, options: ParseOptions): { pre: Preprocessed; diagram: ParsedDiagram } {
  const pre = preprocess(text);
  const locate = makeLocator(text, options.origin);
  const starts = lineStarts(text);
  const lines = starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! - 1 : text.length;
    return { text: text.slice(start, end), span: withLoc({ start, end }, locate) };
  });
  const headerEnd = pre.cleaned.indexOf('\n');
  const headerSpan = pre.cleaned.length > 0 ? { start: 0, end: headerEnd === -1 ? pre.cleaned.length : headerEnd } : null;
  const diagram: ParsedDiagram = {
    text, type: null, kind: 'unknown', ast: null, errors: [], verdict: 'valid', delegated: false,
    frontMatter: pre.frontMatter,
    directives: pre.directives.map((d) => ({ ...d, span: withLoc(d.span, locate) })),
    comments: pre.comments.map((c) => ({ ...c, span: withLoc(c.span, locate) })),
    headerSpan: null, lines, locate,
  };
  if (headerSpan) {
    const start = pre.toOriginal(headerSpan.start);
    const end = headerSpan.end > 0 ? pre.toOriginal(headerSpan.end - 1) + 1 : start;
    diagram.headerSpan = withLoc({ start, end }, locate);
  }
  if (pre.frontMatter) pre.frontMatter.span = withLoc(pre.frontMatter.span, locate);
  return { pre, diagram };
}

/** Runs our own grammar when there is one; returns false when only Mermaid can judge the text. */
function parseWithGrammar(pre: Preprocessed, diagram: ParsedDiagram, detected: DetectedType): boolean {
  if (pre.frontMatterError) {
    diagram.errors = [{ ...pre.frontMatterError, span: withLoc(pre.frontMatterError.span, diagram.locate) }];
    diagram.verdict = 'invalid';
    diagram.kind = 'generic';
    diagram.ast = genericAst(pre);
    return true;
  }
  if (detected === 'none') {
    const span = withLoc(diagram.headerSpan ?? { start: 0, end: 0 }, diagram.locate);
    const word = pre.cleaned.trimStart().split(/\s/)[0] ?? '';
    diagram.errors = [{
      code: 'unknown-type',
      message: word ? `Mermaid does not recognise the diagram type '${word.slice(0, 40)}'` : 'The diagram is empty: Mermaid needs a diagram type on its first line',
      hint: 'start with a diagram type such as flowchart LR, sequenceDiagram, pie (types are case-sensitive)',
      span,
    }];
    diagram.verdict = 'invalid';
    diagram.kind = 'generic';
    diagram.ast = genericAst(pre);
    return true;
  }
  const grammar = grammars[detected];
  if (!grammar) return false;
  const result = grammar(pre.cleaned);
  mapSpans(result, pre, diagram.locate);
  diagram.type = detected;
  diagram.ast = result.ast;
  diagram.kind = result.ast.kind;
  diagram.errors = result.errors;
  diagram.verdict = result.errors.length === 0 ? 'valid' : 'invalid';
  return true;
}

/** Parses a diagram with our grammars; types only Mermaid can judge come back as 'needs-oracle'. */
export function parseDiagramSync(text: string, options: ParseOptions = {}): ParsedDiagram {
  const { pre, diagram } = baseDiagram(text, options);
  if (!parseWithGrammar(pre, diagram, detectType(pre.cleaned))) {
    diagram.verdict = 'needs-oracle';
    diagram.kind = 'generic';
    diagram.ast = genericAst(pre);
    mapSpans(diagram.ast, pre, diagram.locate);
  }
  return diagram;
}

/** Parses a diagram and gives Mermaid 11.17.2's exact verdict, asking Mermaid itself where we have no grammar. */
export async function parseDiagram(text: string, options: ParseOptions = {}): Promise<ParsedDiagram> {
  const diagram = parseDiagramSync(text, options);
  if (diagram.verdict !== 'needs-oracle') return diagram;
  const pre = preprocess(text);
  if (detectType(pre.cleaned) === 'pie') {
    const result = await parseWithLangium('pie', pre.cleaned);
    mapSpans(result, pre, diagram.locate);
    Object.assign(diagram, { type: 'pie', kind: 'generic', ast: result.ast, errors: result.errors, verdict: result.errors.length ? 'invalid' : 'valid' });
    return diagram;
  }
  const verdict = await mermaidVerdict(text);
  diagram.delegated = true;
  diagram.type = verdict.type ?? null;
  diagram.verdict = verdict.valid ? 'valid' : 'invalid';
  if (!verdict.valid) diagram.errors = [delegatedIssue(text, verdict, diagram)];
  return diagram;
}

function delegatedIssue(text: string, verdict: Awaited<ReturnType<typeof mermaidVerdict>>, diagram: ParsedDiagram): SyntaxIssue {
  const { message, hint } = humaniseMermaidMessage(verdict.message ?? '', verdict.token);
  let span: Span = diagram.headerSpan ?? { start: 0, end: 0 };
  if (verdict.line !== undefined) {
    // Mermaid's line/column are in the text its grammar saw: the cleaned text.
    const pre = preprocess(text);
    const starts = lineStarts(pre.cleaned);
    const lineStart = starts[Math.min(verdict.line - 1, starts.length - 1)] ?? 0;
    const offset = Math.min(pre.cleaned.length, lineStart + (verdict.column ?? 0));
    const start = pre.toOriginal(offset);
    span = { start, end: start + Math.max(1, verdict.token?.length ?? 1) };
  }
  const issue: SyntaxIssue = { code: 'mermaid', message, span: withLoc(span, diagram.locate) };
  if (hint) issue.hint = hint;
  return issue;
}
