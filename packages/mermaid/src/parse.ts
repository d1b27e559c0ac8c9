import { configIssue } from './config-check.js';
import { detectConfig, detectType } from './detect.js';
import { mermaidVerdict, type MermaidVerdict } from './delegate.js';
import { isLangiumDecided, parseWithLangium } from './langium.js';
import type { SpanMaker } from './flowchart/index.js';
import { LazyLocation, lineEnd, lineStarts, makeLocator, withLoc, type LineOrigin, type Locator } from './locate.js';
import { humaniseMermaidMessage } from './messages.js';
import { preprocess, type Directive, type FrontMatterInfo, type Preprocessed } from './preprocess.js';
import { checkers, grammars } from './registry.js';
import { SpanMapper } from './span-map.js';
import type { AccText, DiagramAst, GenericAst, GrammarResult, Label, Point, Span, SyntaxIssue } from './types.js';

export type { LineOrigin } from './locate.js';

export interface ParsedDiagram {
  /** The original diagram text. */
  text: string;
  /** Mermaid's type id ('flowchart-v2', 'sequence', 'pie', …), null when Mermaid detects none. */
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
  directives: Directive[];
  comments: { text: string; span: Span }[];
  /** The header line (first line Mermaid's grammar sees). */
  headerSpan: Span | null;
  /** Every line of the original text (without its line break). */
  lines: { text: string; span: Span }[];
  /** File (or diagram) position of an offset in `text`. */
  locate(offset: number): Point;
}

export interface ParseOptions {
  /** Where line i of the diagram text starts in the file; without it positions are within the diagram. */
  origin?: readonly LineOrigin[];
}

/** Lines after the header, as texts: what generic text rules read for types without an AST of ours. */
function genericAst(pre: Preprocessed): GenericAst {
  const texts: Label[] = [];
  const starts = lineStarts(pre.cleaned);
  for (let i = 1; i < starts.length; i++) {
    const start = starts[i]!;
    const raw = pre.cleaned.slice(start, lineEnd(pre.cleaned, starts, i));
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const lead = raw.length - raw.trimStart().length;
    texts.push({ raw: trimmed, text: trimmed, quoted: false, markdown: false, span: { start: start + lead, end: start + lead + trimmed.length } });
  }
  const title = pre.frontMatter?.title;
  const titleText: AccText | null = title ? { text: title, span: { ...pre.frontMatter!.span } } : null;
  return { kind: 'generic', texts, title: titleText, accTitle: null, accDescr: null };
}

/** Every line of `text` with its span; line i starts at column 1 of line i + 1 (or at its origin), so no search is needed. */
function textLines(text: string, starts: readonly number[], origin: readonly LineOrigin[] | undefined): ParsedDiagram['lines'] {
  return starts.map((start, i) => {
    const end = lineEnd(text, starts, i);
    const at = origin?.[i] ?? { line: i + 1, column: 1 };
    const loc = { start: { line: at.line, column: at.column }, end: { line: at.line, column: at.column + (end - start) } };
    return { text: text.slice(start, end), span: { start, end, loc } };
  });
}

interface Prepared {
  pre: Preprocessed;
  diagram: ParsedDiagram;
  /** Only the verdict and errors are wanted: no AST is built (validateDiagramSync). */
  verdictOnly: boolean;
}

/**
 * A ParsedDiagram whose `lines` are made on first read (few callers read them); a class, since an
 * object literal with a getter is built by V8's slow path on every diagram.
 */
class Diagram implements ParsedDiagram {
  declare text: string;
  declare type: string | null;
  declare kind: ParsedDiagram['kind'];
  declare ast: DiagramAst | null;
  declare errors: SyntaxIssue[];
  declare verdict: ParsedDiagram['verdict'];
  declare delegated: boolean;
  declare frontMatter: FrontMatterInfo | null;
  declare directives: Directive[];
  declare comments: { text: string; span: Span }[];
  declare headerSpan: Span | null;
  declare locate: Locator;
  #origin: readonly LineOrigin[] | undefined;
  #lines: ParsedDiagram['lines'] | undefined = undefined;

  constructor(text: string, pre: Preprocessed, locate: Locator, origin: readonly LineOrigin[] | undefined) {
    this.text = text;
    this.type = null;
    this.kind = 'unknown';
    this.ast = null;
    this.errors = [];
    this.verdict = 'valid';
    this.delegated = false;
    this.frontMatter = pre.frontMatter;
    this.directives = pre.directives.length === 0 ? [] : pre.directives.map((d) => ({ ...d, span: withLoc(d.span, locate) }));
    this.comments = pre.comments.length === 0 ? [] : pre.comments.map((c) => ({ text: c.text, span: withLoc(c.span, locate) }));
    this.headerSpan = null;
    this.locate = locate;
    this.#origin = origin;
  }

  get lines(): ParsedDiagram['lines'] {
    return (this.#lines ??= textLines(this.text, lineStarts(this.text), this.#origin));
  }

  set lines(value: ParsedDiagram['lines']) {
    this.#lines = value;
  }
}

function prepare(text: string, options: ParseOptions, verdictOnly = false): Prepared {
  const pre = preprocess(text);
  // Line starts are found when a position is first read.
  const locate = makeLocator(() => lineStarts(text), options.origin);
  const diagram = new Diagram(text, pre, locate, options.origin);
  if (pre.cleaned.length > 0) {
    const newline = pre.cleaned.indexOf('\n');
    const headerEnd = newline === -1 ? pre.cleaned.length : newline;
    const start = pre.toOriginal(0);
    const end = headerEnd > 0 ? pre.toOriginal(headerEnd - 1) + 1 : start;
    diagram.headerSpan = withLoc({ start, end }, locate);
  }
  if (pre.frontMatter) pre.frontMatter.span = withLoc(pre.frontMatter.span, locate);
  return { pre, diagram, verdictOnly };
}

/** The lines-as-texts AST of a type we have no AST for (or of a rejected text), unless only the verdict is wanted. */
function giveGenericAst({ pre, diagram, verdictOnly }: Prepared): void {
  diagram.kind = 'generic';
  if (verdictOnly) return;
  diagram.ast = genericAst(pre);
  new SpanMapper(pre, diagram.locate).generic(diagram.ast);
}

function reject(prepared: Prepared, issue: SyntaxIssue): void {
  const diagram = prepared.diagram;
  diagram.errors = [{ ...issue, span: withLoc(issue.span, diagram.locate) }];
  diagram.verdict = 'invalid';
  giveGenericAst(prepared);
}

/**
 * Spans made by a grammar directly in their final form: mapped to the original text, with their
 * loc (as SpanMapper would map them afterwards, without the walk over the finished AST).
 */
function spanMaker(pre: Preprocessed, locate: Locator): SpanMaker {
  const shift = pre.shift;
  const toOriginal = pre.toOriginal;
  // One function for both cases: a grammar calls it from one site, which V8 inlines only while
  // that site has seen closures of a single function literal.
  return (start, end) => {
    let s: number;
    let e: number;
    if (shift !== undefined) {
      s = start + shift;
      e = end > start ? end + shift : s;
    } else {
      s = toOriginal(start);
      e = end > start ? toOriginal(end - 1) + 1 : s;
    }
    return { start: s, end: e, loc: new LazyLocation(locate, s, e) };
  };
}

function accept(diagram: ParsedDiagram, pre: Preprocessed, result: GrammarResult<DiagramAst>): void {
  // Grammars whose spans are in cleaned offsets are mapped to the original text here.
  if (!result.spansFinal) new SpanMapper(pre, diagram.locate).result(result);
  diagram.ast = result.ast;
  diagram.kind = result.ast.kind;
  diagram.errors = result.errors;
  diagram.verdict = result.errors.length === 0 ? 'valid' : 'invalid';
}

/**
 * Everything decided without Mermaid or Langium: front-matter YAML, type detection, Mermaid's
 * pseudo-types, our own grammars. Returns false when the type needs Langium or Mermaid itself.
 */
function decideSync(prepared: Prepared): boolean {
  const { pre, diagram } = prepared;
  if (pre.preambleError) {
    reject(prepared, pre.preambleError);
    return true;
  }
  const lostType = pre.initTypeTexts?.find(({ text }) => detectType(text) === null);
  // Without any type in the text Mermaid parses either, 'unknown type' (below) says more.
  if (lostType !== undefined && detectType(pre.cleaned) !== null) {
    const init = pre.directives.find((d) => d.init !== undefined) ?? pre.directives[0];
    reject(prepared, {
      code: 'init-type-lost',
      message: 'Mermaid reads this init directive only after finding the diagram type in the text around it, where every %% starts a comment to the end of its line, and finds none there',
      hint: 'remove the stray %% (or the unclosed %%{) before the diagram type',
      span: init?.span ?? { start: 0, end: 0 },
    });
    return true;
  }
  const config = detectConfig(pre);
  const badConfig = configIssue(pre, config as Record<string, unknown>);
  if (badConfig === 'needs-mermaid') return false;
  if (badConfig) {
    reject(prepared, badConfig);
    return true;
  }
  const type = detectType(pre.cleaned, config);
  diagram.type = type;
  const header = diagram.headerSpan ?? { start: 0, end: 0 };
  if (type === null) {
    const word = pre.cleaned.trimStart().split(/\s/)[0] ?? '';
    const unclosed = pre.directives.find((d) => !d.raw.endsWith('}%%'));
    if (!word && unclosed) {
      reject(prepared, {
        code: 'unclosed-directive',
        message: 'This %%{ directive is never closed with }%%: Mermaid removes everything after it, so no diagram is left',
        hint: 'close the directive with }%% on the same or a later line',
        span: { start: unclosed.span.start, end: Math.min(unclosed.span.end, unclosed.span.start + 3) },
      });
      return true;
    }
    reject(prepared, {
      code: 'unknown-type',
      message: word ? `Mermaid does not recognise the diagram type '${word.slice(0, 40)}'` : 'The diagram is empty: Mermaid needs a diagram type on its first line',
      hint: 'start with a diagram type such as flowchart LR, sequenceDiagram, pie (types are case-sensitive)',
      span: header,
    });
    return true;
  }
  if (type === '---') {
    reject(prepared, {
      code: 'front-matter-fence',
      message: 'The diagram starts with --- but no front matter block is closed: Mermaid rejects it',
      hint: 'close the front matter with a --- line indented like the opening one, or remove the ---',
      span: header,
    });
    return true;
  }
  if (type === 'error') {
    // Mermaid's built-in "error" diagram: its parser accepts anything.
    giveGenericAst(prepared);
    return true;
  }
  const context = { config: config as Record<string, unknown>, makeSpan: spanMaker(pre, diagram.locate) };
  const checker = prepared.verdictOnly ? checkers[type] : undefined;
  if (checker) {
    diagram.errors = checker(pre.cleaned, context);
    diagram.verdict = diagram.errors.length === 0 ? 'valid' : 'invalid';
    return true;
  }
  const grammar = grammars[type];
  if (!grammar) return false;
  const result = grammar(pre.cleaned, context);
  if (result.uncertain) return false;
  accept(diagram, pre, result);
  return true;
}

/**
 * What a caller keeps of a diagram our code failed on (a bug, or input beyond what it can hold):
 * no AST and no verdict, so rules skip it and the caller reports the failure itself.
 */
export function unparsedDiagram(text: string, options: ParseOptions = {}): ParsedDiagram {
  const locate = makeLocator(() => lineStarts(text), options.origin);
  return {
    text, type: null, kind: 'unknown', ast: null, errors: [], verdict: 'invalid', delegated: false,
    frontMatter: null, directives: [], comments: [], headerSpan: null, locate,
    get lines() {
      return textLines(text, lineStarts(text), options.origin);
    },
  };
}

/** Parses a diagram with our grammars; types only Langium or Mermaid can judge come back as 'needs-oracle'. */
export function parseDiagramSync(text: string, options: ParseOptions = {}): ParsedDiagram {
  const prepared = prepare(text, options);
  if (!decideSync(prepared)) {
    prepared.diagram.verdict = 'needs-oracle';
    giveGenericAst(prepared);
  }
  return prepared.diagram;
}

/** What validateDiagram tells of a diagram: Mermaid's verdict and why it rejects the text, without an AST. */
export interface DiagramVerdict {
  type: string | null;
  /** 'needs-oracle' only from validateDiagramSync, as from parseDiagramSync. */
  verdict: ParsedDiagram['verdict'];
  /** Empty when Mermaid accepts the diagram; the same issues (spans, loc, hints) parseDiagram gives. */
  errors: SyntaxIssue[];
  delegated: boolean;
}

const verdictOf = (d: ParsedDiagram): DiagramVerdict => ({ type: d.type, verdict: d.verdict, errors: d.errors, delegated: d.delegated });

/**
 * Mermaid's verdict on a diagram, as parseDiagramSync gives it, without building an AST where a
 * grammar can check without one (flowcharts): for callers that only ask whether, and where, Mermaid
 * rejects a text (the conformance harness; an editor's or a hook's syntax check).
 */
export function validateDiagramSync(text: string, options: ParseOptions = {}): DiagramVerdict {
  const prepared = prepare(text, options, true);
  if (!decideSync(prepared)) prepared.diagram.verdict = 'needs-oracle';
  return verdictOf(prepared.diagram);
}

/** Mermaid 11.17.2's exact verdict, as parseDiagram gives it: Langium or Mermaid itself judge the types our grammars do not. */
export async function validateDiagram(text: string, options: ParseOptions = {}): Promise<DiagramVerdict> {
  const sync = validateDiagramSync(text, options);
  return sync.verdict === 'needs-oracle' ? verdictOf(await parseDiagram(text, options)) : sync;
}

/** Parses a diagram and gives Mermaid 11.17.2's exact verdict, asking Mermaid itself where we have no grammar. */
export async function parseDiagram(text: string, options: ParseOptions = {}): Promise<ParsedDiagram> {
  const prepared = prepare(text, options);
  if (decideSync(prepared)) return prepared.diagram;
  const { pre, diagram } = prepared;
  diagram.kind = 'generic';
  if (isLangiumDecided(diagram.type)) {
    const result = await parseWithLangium(diagram.type, pre.cleaned, detectConfig(pre) as Record<string, unknown>);
    if (result) {
      accept(diagram, pre, result);
      return diagram;
    }
  }
  diagram.ast = genericAst(pre);
  new SpanMapper(pre, diagram.locate).generic(diagram.ast);
  const verdict = await mermaidVerdict(text);
  diagram.delegated = true;
  if (verdict.type) diagram.type = verdict.type;
  diagram.verdict = verdict.valid ? 'valid' : 'invalid';
  if (!verdict.valid) diagram.errors = [delegatedIssue(verdict, pre, diagram)];
  return diagram;
}

/** Mermaid's error as a SyntaxIssue: its line/column are in the cleaned text the grammar saw. */
function delegatedIssue(verdict: MermaidVerdict, pre: Preprocessed, diagram: ParsedDiagram): SyntaxIssue {
  const { message, hint } = humaniseMermaidMessage(verdict.message ?? '', verdict.token, verdict.tokenName, verdict.expected);
  let span: Span = diagram.headerSpan ?? { start: 0, end: 0 };
  if (verdict.line !== undefined) {
    const cleaned = pre.cleaned;
    const starts = lineStarts(cleaned);
    const lineStart = starts[Math.min(Math.max(0, verdict.line - 1), starts.length - 1)] ?? 0;
    let offset = Math.min(cleaned.length, lineStart + (verdict.column ?? 0));
    let length = 1;
    // jison points at the last accepted token; the offending one is the next occurrence of its text.
    const token = verdict.token?.trim();
    if (verdict.tokenName === 'EOF' || verdict.token === '') offset = cleaned.trimEnd().length;
    else if (token) {
      const found = cleaned.indexOf(token, offset);
      if (found !== -1 && found - offset < 200) {
        offset = found;
        length = token.length;
      }
    }
    const start = pre.toOriginal(Math.min(offset, Math.max(0, cleaned.length - 1)));
    span = { start, end: Math.min(diagram.text.length, start + length) };
  }
  const issue: SyntaxIssue = { code: 'mermaid', message, span: withLoc(span, diagram.locate) };
  if (hint) issue.hint = hint;
  if (verdict.message) issue.detail = verdict.message.split('\n').filter((l) => !/^[-.]*\^?$/.test(l.trim()) && !l.startsWith('...')).join(' ').slice(0, 400);
  return issue;
}
