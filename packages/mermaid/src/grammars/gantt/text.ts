import { decodeLabel } from '../../flowchart/encode.js';
import type { AccText, GrammarResult, GenericAst, Label, Span, SyntaxIssue } from '../../types.js';
import { encodeEntities, inputSpanMaker } from '../xychart/encode.js';

/**
 * What the gantt and timeline grammars share around their parsers: Mermaid's entity pre-pass
 * (with the map back to `cleaned` offsets), labels for GenericAst.texts and the one issue of a
 * rejected diagram.
 */
export class EncodedDiagram {
  readonly text: string;
  readonly ast: GenericAst = { kind: 'generic', texts: [], title: null, accTitle: null, accDescr: null };
  private readonly encoded;
  /** `cleaned` span of an encoded range (a marker maps back onto its whole `#name;`). */
  readonly span: (start: number, end: number) => Span;

  constructor(readonly cleaned: string) {
    this.encoded = encodeEntities(cleaned);
    this.text = this.encoded.text;
    this.span = inputSpanMaker(this.encoded, cleaned.length);
  }


  /** The text of an encoded range without its surrounding blanks, or null when nothing is left. */
  private trimmed(start: number, end: number): { start: number; end: number } | null {
    const { text } = this;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return end > start ? { start, end } : null;
  }

  /** A label for the encoded range [start, end), blanks around it left out. */
  label(start: number, end: number): Label | null {
    const range = this.trimmed(start, end);
    if (!range) return null;
    const span = this.span(range.start, range.end);
    const shown = decodeLabel(this.text.slice(range.start, range.end));
    return { raw: this.cleaned.slice(span.start, span.end), text: shown.replace(/<br\s*\/?>/gi, '\n'), quoted: false, markdown: false, span };
  }

  addText(start: number, end: number): Label | null {
    const label = this.label(start, end);
    if (label) this.ast.texts.push(label);
    return label;
  }

  accText(start: number, end: number): AccText | null {
    const label = this.label(start, end);
    return label ? { text: label.text, span: label.span } : null;
  }

  /**
   * The texts of a gantt's or timeline's statements, each cut as Mermaid's database cuts it:
   * `skip` says how much of a statement's token its keyword takes (`title` and a blank: 6).
   */
  collectTexts(statements: readonly { kind: string; token: { start: number; end: number } }[], skip: Readonly<Record<string, number>>): void {
    const { ast } = this;
    for (const { kind, token } of statements) {
      if (kind === 'accTitle') ast.accTitle = this.accText(token.start, token.end);
      else if (kind === 'accDescr') ast.accDescr = this.accText(token.start, token.end);
      else {
        const label = this.addText(token.start + (skip[kind] ?? 0), token.end);
        if (kind === 'title' && label) ast.title = { text: label.text, span: label.span };
      }
    }
  }

  /** The result with one issue at the encoded range [start, end) (kept inside `cleaned`). */
  reject(issue: Omit<SyntaxIssue, 'span'>, start: number, end: number): GrammarResult<GenericAst> {
    let span = this.span(start, Math.max(end, start + 1));
    const length = this.cleaned.length;
    if (span.start >= length && length > 0) span = { start: length - 1, end: length };
    if (span.end > length) span.end = length;
    return { ast: this.ast, errors: [{ ...issue, span }] };
  }

  /** How a person reads the token text at [start, end): quoted, cut at the line end, shortened. */
  shown(start: number, end: number, type: string): string {
    if (type === '$end' || type === 'EOF' || start >= this.cleaned.length) return 'the end of the diagram';
    if (type === 'NL' || type === 'NEWLINE') return 'the end of the line';
    const where = this.span(start, end);
    const raw = this.cleaned.slice(where.start, where.end).split('\n')[0]!.trim();
    if (!raw) return 'a blank';
    return `'${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}'`;
  }
}
