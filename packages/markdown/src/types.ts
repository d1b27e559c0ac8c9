/** 1-based line and column in the file. */
export interface LineOrigin {
  line: number;
  column: number;
}

export interface DiagramBlock {
  /** 0-based order in the file. */
  index: number;
  /** Diagram source as remark gives it (container prefixes and fence indentation removed). */
  text: string;
  /** Full info string, e.g. 'mermaid title="x"'. */
  info: string;
  /** Where line i (0-based) of `text` starts in the file. */
  origins: LineOrigin[];
  /** File offset where line i of `text` starts (for fixes). */
  lineOffsets: number[];
  /** The whole fenced block, fences included (end as remark gives it). */
  fence: { start: LineOrigin; end: LineOrigin };
  /** Heading chain above the block, outermost first, e.g. ['Netflix', 'Architecture']. */
  headings: string[];
}

export interface MarkdownComment {
  /** Text between `<!--` and `-->`. */
  text: string;
  start: LineOrigin;
  end: LineOrigin;
}

export interface MarkdownHeading {
  depth: number;
  text: string;
  line: number;
}

export interface MarkdownLink {
  url: string;
  line: number;
  column: number;
}

export interface ExtractedFile {
  blocks: DiagramBlock[];
  /** YAML front matter (--- … --- at the top), or null. */
  frontMatter: Record<string, unknown> | null;
  frontMatterError?: { message: string; line: number; column: number };
  comments: MarkdownComment[];
  headings: MarkdownHeading[];
  /** URLs outside code blocks (links, autolinks and bare URLs), for source-attribution rules. */
  links: MarkdownLink[];
}
