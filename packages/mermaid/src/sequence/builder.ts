import { decodeLabel } from '../flowchart/encode.js';
import type { AccText, Label, SeqBlock, SeqParticipant, SequenceAst, Span } from '../types.js';
import { T, type Token } from './lexer.js';

/**
 * Collects what the parser recognised: the AST (spans in the caller's text, ids as written) and,
 * in order, the database operations Mermaid applies once the whole text parsed (ids as Mermaid
 * keys them: the encoded token text), which semantics.ts replays.
 */
export type DbOp =
  | { op: 'add'; id: string; span: Span; config?: string; configSpan?: Span }
  | { op: 'create'; id: string; span: Span; config?: string; configSpan?: Span }
  | { op: 'destroy'; id: string; span: Span }
  /** A message adds its two participants (fromSpan, toSpan) and then checks create/destroy. */
  | { op: 'message'; from: string; to: string; fromSpan: Span; toSpan: Span; span: Span }
  | { op: 'activate'; id: string; span: Span }
  | { op: 'deactivate'; id: string; span: Span }
  | { op: 'boxStart' }
  | { op: 'boxEnd' };

const BREAK = /<br\s*\/?>/gi;
const WRAP = /^:?(?:no)?wrap:/;

export class SeqBuilder {
  readonly ast: SequenceAst;
  readonly ops: DbOp[] = [];
  private readonly known = new Set<string>();
  private readonly open: { block: SeqBlock; start: number }[] = [];

  constructor(
    /** The encoded text the tokens index. */
    private readonly text: string,
    /** The caller's text. */
    private readonly input: string,
    private readonly toInput: (offset: number) => number,
    /** The encoding changed nothing: offsets are the caller's. */
    private readonly identity = false,
  ) {
    const headerEnd = input.indexOf('\n');
    this.ast = {
      kind: 'sequence',
      headerSpan: { start: 0, end: headerEnd === -1 ? input.length : headerEnd },
      participants: [], messages: [], notes: [], blocks: [], title: null, accTitle: null, accDescr: null,
    };
  }

  get inputLength(): number {
    return this.input.length;
  }

  span(start: number, end: number): Span {
    if (this.identity) return { start, end: Math.min(end, this.input.length) };
    const s = this.toInput(start);
    return { start: s, end: end > start ? Math.max(s, this.toInput(end - 1) + 1) : s };
  }

  private source(start: number, end: number): string {
    if (this.identity) return this.text.slice(start, end);
    const span = this.span(start, end);
    return this.input.slice(span.start, span.end);
  }

  private key(token: Token): string {
    return this.text.slice(token.start, token.end);
  }

  /** A label from encoded [start, end): display text as Mermaid's parseMessage leaves it. */
  label(start: number, end: number): Label {
    let shown = this.text.slice(start, end).trim();
    if (shown.includes('wrap:') && WRAP.test(shown)) shown = shown.replace(WRAP, '').trim();
    if (shown.includes('\uFB02')) shown = decodeLabel(shown);
    if (shown.includes('<')) shown = shown.replace(BREAK, '\n');
    return { raw: this.source(start, end), text: shown, quoted: false, markdown: false, span: this.span(start, end) };
  }

  private restLabel(token: Token): Label | null {
    return this.text.slice(token.start, token.end).trim() === '' ? null : this.label(token.start, token.end);
  }

  /** An actor used by a message, note or link: Mermaid adds it if new. */
  private use(token: Token, span = this.span(token.start, token.end), record = true): string {
    const id = this.key(token);
    if (record) this.ops.push({ op: 'add', id, span });
    if (!this.known.has(id)) {
      this.known.add(id);
      this.ast.participants.push({ type: 'participant', kind: 'implicit', id: this.source(token.start, token.end), idSpan: span, alias: null, span });
    }
    return id;
  }

  participant(keyword: Token, kind: 'participant' | 'actor', name: Token, config: Token | null, alias: Token | null, end: Token, created: boolean): void {
    const id = this.key(name);
    const span = this.span(keyword.start, end.start > keyword.start ? end.start : end.end);
    const op: DbOp & { op: 'add' | 'create' } = { op: created ? 'create' : 'add', id, span };
    if (config) {
      op.config = this.text.slice(config.start, config.end).trim();
      op.configSpan = this.span(config.start, config.end);
    }
    this.ops.push(op);
    this.known.add(id);
    const participant: SeqParticipant = {
      type: 'participant', kind, id: this.source(name.start, name.end), idSpan: this.span(name.start, name.end),
      alias: alias ? this.restLabel(alias) : null, span,
    };
    this.ast.participants.push(participant);
  }

  destroy(keyword: Token, name: Token, end: Token, created: boolean): void {
    const id = this.key(name);
    const span = this.span(keyword.start, end.start > keyword.start ? end.start : end.end);
    this.ops.push(created ? { op: 'create', id, span } : { op: 'destroy', id, span });
    if (created) this.known.add(id);
  }

  message(from: Token, arrow: Token, mark: Token | null, to: Token, text: Token, centralFrom: boolean, centralTo: boolean): void {
    const fromSpan = this.span(from.start, from.end);
    const toSpan = this.span(to.start, to.end);
    const fromId = this.use(from, fromSpan, false);
    const toId = this.use(to, toSpan, false);
    const span = this.span(from.start, text.end);
    this.ops.push({ op: 'message', from: fromId, to: toId, fromSpan, toSpan, span });
    const message: SequenceAst['messages'][number] = {
      type: 'message', from: this.source(from.start, from.end), to: this.source(to.start, to.end),
      fromSpan, toSpan,
      arrow: this.source(arrow.start, arrow.end), arrowSpan: this.span(arrow.start, arrow.end),
      text: this.label(text.start + 1, text.end), span,
    };
    if (mark?.type === T.PLUS || centralTo) {
      message.activate = true;
    }
    if (mark?.type === T.PLUS) this.ops.push({ op: 'activate', id: toId, span: this.span(mark.start, mark.end) });
    if (mark?.type === T.MINUS) {
      message.deactivate = true;
      this.ops.push({ op: 'deactivate', id: fromId, span: this.span(mark.start, mark.end) });
    }
    void centralFrom;
    this.ast.messages.push(message);
  }

  activation(keyword: Token, actor: Token, on: boolean): void {
    this.ops.push({ op: on ? 'activate' : 'deactivate', id: this.key(actor), span: this.span(keyword.start, actor.end) });
  }

  note(keyword: Token, placement: Token, actors: Token[], text: Token): void {
    const ids = actors.map((a) => { this.use(a); return this.source(a.start, a.end); });
    this.ast.notes.push({
      type: 'note', placement: placement.type === T.LEFT_OF ? 'left of' : placement.type === T.RIGHT_OF ? 'right of' : 'over',
      actors: ids, text: this.label(text.start + 1, text.end), span: this.span(keyword.start, text.end),
    });
  }

  actorData(_keyword: Token, actor: Token, _text: Token): void {
    this.use(actor);
  }

  autonumber(_keyword: Token, _end: Token): void {}

  title(token: Token): void {
    const skip = token.type === T.LEGACY_TITLE ? 7 : 6;
    this.ast.title = this.acc(token.start + skip, token.end);
  }

  private acc(start: number, end: number): AccText {
    const raw = this.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmedEnd = start + raw.trimEnd().length;
    return { text: decodeLabel(raw.trim()), span: this.span(Math.min(start + lead, trimmedEnd), trimmedEnd) };
  }

  accValue(kind: 'title' | 'descr', value: Token): void {
    if (kind === 'title') this.ast.accTitle = this.acc(value.start, value.end);
    else this.ast.accDescr = this.acc(value.start, value.end);
  }

  boxStart(keyword: Token, label: Token): void {
    this.ops.push({ op: 'boxStart' });
    this.blockStart(keyword, label, 'box');
  }

  blockStart(keyword: Token, label: Token, kind?: SeqBlock['kind']): void {
    const block: SeqBlock = {
      type: 'block', kind: kind ?? (this.text.slice(keyword.start, keyword.end).toLowerCase() as SeqBlock['kind']),
      label: this.restLabel(label), sections: [], span: this.span(keyword.start, label.end),
    };
    this.ast.blocks.push(block);
    this.open.push({ block, start: keyword.start });
  }

  section(keyword: Token, label: Token): void {
    const top = this.open[this.open.length - 1];
    top?.block.sections.push({ keyword: this.text.slice(keyword.start, keyword.end).toLowerCase(), label: this.restLabel(label), span: this.span(keyword.start, label.end) });
  }

  blockEnd(end: Token): void {
    const top = this.open.pop();
    if (!top) return;
    top.block.span = this.span(top.start, end.end);
    if (top.block.kind === 'box') this.ops.push({ op: 'boxEnd' });
  }
}
