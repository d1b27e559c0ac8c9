import yaml from 'js-yaml';
import type { FlowBuilder, LinkInfo, ParsedText, VertexInfo } from './parser-base.js';
import type { TokenText } from './parser-base.js';
import { trimmed } from './scanners.js';
import { shapeDataFailure } from './shapes.js';

/** An error Mermaid's flowchart database throws while the grammar accepts the text (thrown, but no Error: no stack to capture). */
export class SemanticFailure {
  constructor(readonly code: string, readonly message: string, readonly hint: string | undefined, readonly start: number, readonly end: number) {}
}

const MAX_EDGES = 500;

/**
 * Mermaid de-duplicates a subgraph's items (its statements' nodes, last node group first; an
 * accTitle/accDescr or nested subgraph is an item too) with a plain object's hasOwnProperty, so an
 * item named hasOwnProperty overwrites that method and the next item throws a TypeError.
 */
export const HAS_OWN = 'hasOwnProperty';

export interface SubgraphHeader { id: ParsedText | null; title: ParsedText | null; start: number; end: number }

/** What the checks keep of an open subgraph. */
export interface OpenSubgraphItems {
  /** The id Mermaid gives it, and whether Mermaid made it up (subGraphN) rather than taking the written one. */
  id: string;
  generated: boolean;
  /** Its header, as offsets in the grammar's input. */
  start: number;
  end: number;
  /** Items named hasOwnProperty, and the subgraph's last item so far (Mermaid's order). */
  hasOwnCount: number;
  lastItem: string;
}

/**
 * The errors Mermaid's flowchart database throws while the grammar accepts the text, with only
 * the state they need. It is the builder of a verdict alone (no AST), and FlowAstBuilder extends
 * it, so a verdict with or without the AST is raised by the same code at the same statement.
 */
export class FlowChecks implements FlowBuilder {
  readonly keepsTexts: boolean = false;
  /** Edges so far (Mermaid draws at most MAX_EDGES), and the ids given to them. */
  protected edgeCount = 0;
  private readonly edgeIds = new Set<string>();
  /** Ids of the finished subgraphs (a lookup per @{…}, which may follow thousands of them), and how many finished. */
  private readonly subgraphIds = new Set<string>();
  private finishedSubgraphs = 0;
  private readonly openSubgraphs: OpenSubgraphItems[] = [];

  /**
   * `source`: the encoding's offset map (null when it changed nothing), `limit`: the input's
   * length, which offsets are clamped to. Held as data rather than a mapping function: a builder
   * maps two offsets per span, and a call through a function field is not inlined.
   */
  constructor(private readonly source: Int32Array | null, private readonly limit: number) {}

  /** Offset in the grammar's input of an offset in the encoded text (through its map, clamped to the input). */
  toSource(offset: number): number {
    const source = this.source;
    return Math.min(this.limit, source === null ? offset : source[Math.min(offset, source.length - 1)]!);
  }

  /** The innermost open subgraph (reading index -1 of an empty array is a slow property lookup). */
  private innermost(): OpenSubgraphItems | undefined {
    const open = this.openSubgraphs;
    return open.length === 0 ? undefined : open[open.length - 1];
  }

  direction(_dir: string | null): void {}

  vertex(v: VertexInfo): unknown {
    v.registered = true;
    const top = this.innermost();
    if (top && v.id === HAS_OWN) top.hasOwnCount++;
    return undefined;
  }

  protected ensureVertex(v: VertexInfo): void {
    if (!v.registered) this.vertex(v);
  }

  shapeData(v: VertexInfo, data: string, start: number, end: number): void {
    this.shapeRecord(v, data, start, end);
  }

  /** The @{ … } data as Mermaid loads and checks it; null when Mermaid applies it to no node (it names an edge or a subgraph). */
  protected shapeRecord(v: VertexInfo, data: string, start: number, end: number): Record<string, unknown> | null {
    this.ensureVertex(v);
    const body = data.includes('\n') ? `${data}\n` : `{\n${data}\n}`;
    let doc: unknown;
    try {
      doc = yaml.load(body, { schema: yaml.JSON_SCHEMA });
    } catch (error) {
      throw new SemanticFailure('shape-data-yaml', `The @{ … } data is not valid YAML: ${(error as { reason?: string }).reason ?? (error as Error).message}`, 'write it as key: value pairs separated by commas, e.g. @{ shape: rect, label: "x" }', start, end);
    }
    const record = doc && typeof doc === 'object' ? (doc as Record<string, unknown>) : {};
    if (this.edgeIds.has(v.id)) return null;
    // A multi-line body that is empty or only `~`/`null` loads as null, which Mermaid then reads `.shape` of.
    if (doc === null) throw new SemanticFailure('shape-data-empty', 'The multi-line @{ … } data is empty: Mermaid rejects it', 'write at least one key: value pair, e.g. shape: rect', start, end);
    if (this.subgraphIds.has(v.id)) return null;
    const failure = shapeDataFailure(record);
    if (failure) throw new SemanticFailure(failure.code, failure.message, failure.hint, start, end);
    return record;
  }

  link(from: VertexInfo[], to: VertexInfo[], info: LinkInfo): void {
    for (const v of from) this.ensureVertex(v);
    for (const v of to) this.ensureVertex(v);
    const count = from.length * to.length;
    if (this.edgeCount + count > MAX_EDGES) {
      throw new SemanticFailure('edge-limit', `Mermaid draws at most ${MAX_EDGES} edges; this one is number ${MAX_EDGES + 1}`, 'split the diagram (the limit cannot be raised from inside a diagram)', info.start, info.end);
    }
    this.edgeCount += count;
    const id = info.idText ? info.idText.replace('@', '') : '';
    if (id && count > 0) this.edgeIds.add(id);
  }

  classDef(_names: string, _namesStart: number, _styles: string[], _start: number, _end: number, _styleStart: number): void {}

  classAssign(_ids: string[], _className: TokenText, _start: number, _end: number): void {}

  style(_id: TokenText, _styles: string[], _start: number, _end: number, _styleStart: number): void {}

  linkStyle(positions: TokenText[] | 'default', _interpolate: string | null, _styles: string[] | null, _start: number, _end: number): void {
    if (positions === 'default') return;
    const edges = this.edgeCount;
    for (const pos of positions) {
      // Mermaid indexes its edge array with the digits as written: "01" or an index past the end fails.
      if (!/^(0|[1-9]\d*)$/.test(pos.text) || Number(pos.text) >= edges) {
        throw new SemanticFailure('linkstyle-index', `linkStyle ${pos.text}: there ${edges === 1 ? 'is 1 edge' : `are ${edges} edges`} before this line (indices start at 0)`, edges > 0 ? `use an index from 0 to ${edges - 1}, written without leading zeros` : 'define the edges before styling them', pos.start, pos.end);
      }
    }
  }

  click(_nodeId: string, _parts: { href?: TokenText; callback?: string; tooltip?: string; target?: string }, _start: number, _end: number): void {}

  subgraphStart(header: SubgraphHeader): void {
    this.openSubgraph(header);
  }

  /** Opens a subgraph with the id Mermaid gives it: the written one, or subGraphN (N: subgraphs finished so far). */
  protected openSubgraph(header: SubgraphHeader): OpenSubgraphItems {
    const idText = header.id ? trimmed(header.id.raw) : '';
    const generated = !header.id || (header.id === header.title && /\s/.test(idText));
    const parent = this.innermost();
    if (parent) parent.lastItem = 'subgraph';
    const entry: OpenSubgraphItems = {
      id: generated ? `subGraph${this.finishedSubgraphs}` : idText, generated,
      start: this.toSource(header.start), end: this.toSource(header.end), hasOwnCount: 0, lastItem: '',
    };
    this.openSubgraphs.push(entry);
    return entry;
  }

  subgraphEnd(_endStart: number, bare: boolean): void {
    this.closeSubgraph(bare);
  }

  protected closeSubgraph(bare: boolean): OpenSubgraphItems {
    const entry = this.openSubgraphs.pop()!;
    if (entry.hasOwnCount > 1 || (entry.hasOwnCount === 1 && entry.lastItem !== HAS_OWN)) {
      throw new SemanticFailure('prototype-id', 'A node named hasOwnProperty must be the last thing in its subgraph: Mermaid fails on anything after it', 'rename the node (e.g. hasOwnProperty_)', entry.start, entry.end);
    }
    if (bare) {
      // Reported from the header span's offsets (as they were when spans were mapped after the parse).
      throw new SemanticFailure('subgraph-id', 'A subgraph needs an id or a title: Mermaid fails on a bare `subgraph` line', 'write `subgraph name` or `subgraph id[Title]`', entry.start, entry.end);
    }
    this.finishedSubgraphs++;
    this.subgraphIds.add(entry.id);
    return entry;
  }

  directionStatement(_text: string): void {}

  vertexStatement(first: VertexInfo[]): void {
    const top = this.innermost();
    if (top) top.lastItem = first[first.length - 1]!.id;
  }

  acc(_kind: 'title' | 'descr', _value: TokenText): void {
    const top = this.innermost();
    if (top) top.lastItem = 'acc';
  }
}
