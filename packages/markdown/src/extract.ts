import type { Code, Heading, Html, Nodes, Root } from 'mdast';
import { scanMarkdown, type ScanResult, type ScannedFence } from './fast-scan.js';
import { readFrontMatter } from './front-matter.js';
import { lineStarts, pointAt } from './positions.js';
import type { DiagramBlock, ExtractedFile, LineOrigin, MarkdownComment, MarkdownHeading, MarkdownLink } from './types.js';

/**
 * Inline constructs decide nothing about block structure (where fences, lists and quotes are), and
 * they are most of micromark's work: turn them off. Character escapes and references stay on,
 * because the info string of a fence (`mermaid`) is decoded with them.
 */
const blockOnly = {
  disable: { null: ['attention', 'autolink', 'codeText', 'htmlText', 'labelStartImage', 'labelStartLink', 'labelEnd', 'hardBreakEscape'] },
};

type MarkdownParser = { parse(source: string): unknown };
let processor: MarkdownParser | undefined;

/**
 * Loads remark-parse, which only files the block scanner gives up on need (see block-scan.ts for
 * which: none of the 921 corpus files), so a tool run seldom loads it.
 */
export async function loadMarkdownParser(): Promise<void> {
  if (processor) return;
  const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
  processor = unified().use(remarkParse).data('micromarkExtensions', [blockOnly]) as unknown as MarkdownParser;
}

/** Whether extracting this source needs remark-parse loaded first (see loadMarkdownParser). */
export function needsMarkdownParser(source: string): boolean {
  if (processor || !MAY_HAVE_DIAGRAM.test(source)) return false;
  return scanMarkdown(source.charCodeAt(0) === BYTE_ORDER_MARK ? source.slice(1) : source) === null;
}

/** extractDiagrams, loading remark-parse first when this source needs it. */
export async function extractDiagramsAsync(source: string, _options: { path?: string } = {}): Promise<ExtractedFile> {
  const scanned = extractWith(source, 'scanner');
  if (scanned) return scanned;
  await loadMarkdownParser();
  return extractWith(source, 'remark')!;
}

/** Cheap test before parsing: a file without the word cannot have a ```mermaid fence. */
const MAY_HAVE_DIAGRAM = /mermaid/;

/** Emphasis and code markers left in heading text by the block-only parse. */
const cleanHeading = (text: string) => (hasMarkup(text) ? text.replace(/(\*\*|__|`|\*|_)(.+?)\1/g, '$2').replace(/\s+#+\s*$/, '') : text).trim();

/** Whether a heading holds a character cleanHeading's replacements look for (most hold none). */
function hasMarkup(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 42 /* * */ || ch === 95 /* _ */ || ch === 96 /* ` */ || ch === 35 /* # */) return true;
  }
  return false;
}

/**
 * Column where a line of a code node's value starts in its file line. The value line is what
 * remains of the file line after container prefixes ("> ", list indentation) were removed, so it
 * is a suffix of that line; tabs partly consumed by indentation are the exception, handled by the
 * fallback.
 */
function originColumn(fileLine: string, valueLine: string): number {
  const v = valueLine.replace(/\r$/, '');
  if (fileLine.endsWith(v)) return fileLine.length - v.length + 1;
  const rest = v.trimStart();
  const column = fileLine.endsWith(rest) ? fileLine.length - rest.length + 1 - (v.length - rest.length) : 1;
  return Math.max(1, column);
}

/** Where each line of a code node's value starts in the file. */
function originsOf(node: Code, fileLines: string[], starts: number[]): { origins: LineOrigin[]; lineOffsets: number[] } {
  const valueLines = node.value.split('\n');
  const firstLine = node.position!.start.line + 1;
  const origins: LineOrigin[] = [];
  const lineOffsets: number[] = [];
  valueLines.forEach((value, i) => {
    const line = firstLine + i;
    const column = originColumn((fileLines[line - 1] ?? '').replace(/\r$/, ''), value);
    origins.push({ line, column });
    lineOffsets.push((starts[line - 1] ?? 0) + column - 1);
  });
  return { origins, lineOffsets };
}

function commentsOf(node: Html, starts: number[], source: string): MarkdownComment[] {
  const out: MarkdownComment[] = [];
  const base = node.position!.start.offset!;
  const raw = source.slice(base, node.position!.end.offset!);
  for (const match of raw.matchAll(/<!--([\s\S]*?)-->/g)) {
    const start = base + match.index!;
    out.push({ text: match[1]!, start: pointAt(starts, start), end: pointAt(starts, start + match[0].length) });
  }
  return out;
}

const URL_PATTERN = /https?:\/\/[^\s<>()"'`\]]+[^\s<>()"'`\].,;:!?]/g;

/** Finds every diagram of a Markdown file, with exact positions, and what rules need around them. */
export function extractDiagrams(source: string, _options: { path?: string } = {}): ExtractedFile {
  return extractWith(source, 'auto')!;
}

/**
 * extractDiagrams by a chosen route: 'scanner' (null when the block scanner gives up), 'remark'
 * (remark-parse must be loaded), or 'auto' (the scanner, else remark). Both routes give the same
 * ExtractedFile; the block fuzz test holds them to it.
 */
export function extractWith(source: string, route: 'auto' | 'scanner' | 'remark'): ExtractedFile | null {
  if (source.charCodeAt(0) === BYTE_ORDER_MARK) return afterByteOrderMark(extractWith(source.slice(1), route));
  const frontMatter = readFrontMatter(source);
  const result: ExtractedFile = { blocks: [], frontMatter: frontMatter.data, comments: [], headings: [], links: [] };
  if (frontMatter.error) result.frontMatterError = frontMatter.error;
  if (!MAY_HAVE_DIAGRAM.test(source)) return result;
  const scanned = route === 'remark' ? null : scanMarkdown(source);
  if (scanned) {
    fromScan(scanned, source, frontMatter.lineCount, result);
    return result;
  }
  if (route === 'scanner') return null;
  fromRemark(source, lineStarts(source), frontMatter.lineCount, result);
  return result;
}

const BYTE_ORDER_MARK = 0xfeff;

/**
 * A file that starts with a byte-order mark is read without it (as remark-parse and MkDocs read
 * it); positions are then moved back into the file: offsets by one, columns by one on line 1.
 */
function afterByteOrderMark(result: ExtractedFile | null): ExtractedFile | null {
  if (!result) return null;
  const onLine1 = (point: LineOrigin) => {
    if (point.line === 1) point.column++;
  };
  for (const block of result.blocks) {
    block.lineOffsets = block.lineOffsets.map((offset) => offset + 1);
    block.origins.forEach(onLine1);
    onLine1(block.fence.start);
    onLine1(block.fence.end);
  }
  for (const comment of result.comments) {
    onLine1(comment.start);
    onLine1(comment.end);
  }
  result.links.forEach(onLine1);
  return result;
}

function fromRemark(source: string, starts: number[], frontMatterLines: number, result: ExtractedFile): void {
  if (!processor) throw new Error('remark-parse is not loaded: call loadMarkdownParser() (or use extractDiagramsAsync) first');
  const tree = processor.parse(source) as Root;
  const fileLines = source.split('\n');
  const headingStack: string[] = [];
  const codeRanges: [number, number][] = [];
  const walk = (node: Nodes) => {
    switch (node.type) {
      case 'heading': {
        const h = node as Heading;
        if (h.position!.start.line <= frontMatterLines) return;
        const text = cleanHeading(source.slice(h.children[0]?.position?.start.offset ?? h.position!.end.offset!, h.children.at(-1)?.position?.end.offset ?? h.position!.end.offset!));
        const heading: MarkdownHeading = { depth: h.depth, text, line: h.position!.start.line };
        result.headings.push(heading);
        headingStack.length = h.depth - 1;
        headingStack[h.depth - 1] = text;
        return;
      }
      case 'code': {
        codeRanges.push([node.position!.start.offset!, node.position!.end.offset!]);
        if (node.lang !== 'mermaid') return;
        const { origins, lineOffsets } = originsOf(node, fileLines, starts);
        const { start, end } = node.position!;
        result.blocks.push({
          index: result.blocks.length,
          text: node.value,
          info: [node.lang, node.meta].filter(Boolean).join(' '),
          origins,
          lineOffsets,
          fence: { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } },
          headings: headingStack.filter(Boolean),
        });
        return;
      }
      case 'html':
        if (node.value.includes('<!--')) result.comments.push(...commentsOf(node, starts, source));
        return;
      default:
        if ('children' in node) for (const child of node.children) walk(child as Nodes);
    }
  };
  walk(tree);
  result.links = findLinks(source, starts, codeRanges);
}

/** URLs anywhere outside code: links, autolinks and bare URLs alike (the parse skipped inlines). */
function findLinks(source: string, starts: number[], codeRanges: [number, number][]): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  let range = 0;
  for (const match of source.matchAll(URL_PATTERN)) {
    const offset = match.index!;
    while (range < codeRanges.length && codeRanges[range]![1] <= offset) range++;
    if (range < codeRanges.length && codeRanges[range]![0] <= offset) continue;
    const { line, column } = pointAt(starts, offset);
    links.push({ url: match[0], line, column });
  }
  return links;
}

/** Builds the result from the block scanner's findings, exactly as fromRemark does from the tree. */
function fromScan(scanned: ScanResult, source: string, frontMatterLines: number, result: ExtractedFile): void {
  const starts = scanned.lineStarts;
  // The heading chain by depth, '' where there is none (as the holes fromRemark leaves, filtered
  // out): one array of six strings, never resized, whatever headings a file has.
  const headingStack = ['', '', '', '', '', ''];
  const { headings } = scanned;
  let h = 0;
  const headingsBefore = (line: number) => {
    for (; h < headings.length && headings[h]!.line < line; h++) {
      const heading = headings[h]!;
      if (heading.line <= frontMatterLines) continue;
      const text = cleanHeading(heading.text);
      result.headings.push({ depth: heading.depth, text, line: heading.line });
      for (let d = heading.depth; d < headingStack.length; d++) headingStack[d] = '';
      headingStack[heading.depth - 1] = text;
    }
  };
  for (const fence of scanned.fences) {
    headingsBefore(fence.line);
    const { origins, lineOffsets } = fenceOrigins(fence, source, starts);
    result.blocks.push({
      index: result.blocks.length,
      text: fence.value,
      info: fence.meta ? `${fence.lang} ${fence.meta}` : fence.lang,
      origins,
      lineOffsets,
      fence: { start: { line: fence.line, column: fence.column }, end: { line: fence.endLine, column: fence.endColumn } },
      headings: headingStack.filter(Boolean),
    });
  }
  headingsBefore(Infinity);
  for (const [start, end] of scanned.htmlComments) {
    const raw = source.slice(start, end);
    for (const match of raw.matchAll(/<!--([\s\S]*?)-->/g)) {
      const at = start + match.index!;
      result.comments.push({ text: match[1]!, start: pointAt(starts, at), end: pointAt(starts, at + match[0].length) });
    }
  }
  result.links = findLinks(source, starts, scanned.codeRanges);
}

/**
 * Where each line of a scanned fence's value starts in the file. The scanner knows the offset of
 * every line it took whole; only the others (a tab partly consumed by indentation, or an empty
 * block's one empty line) need the value's text, so it is split only then.
 */
function fenceOrigins(fence: ScannedFence, source: string, starts: number[]): { origins: LineOrigin[]; lineOffsets: number[] } {
  const known = fence.lineStarts;
  // The value has one line per collected line, and one (empty) line when none was collected.
  const count = known.length === 0 ? 1 : known.length;
  const valueLines = known.length === 0 || known.includes(-1) ? fence.value.split('\n') : null;
  const origins: LineOrigin[] = [];
  const lineOffsets: number[] = [];
  for (let i = 0; i < count; i++) {
    const line = fence.contentLine + i;
    const lineStart = starts[line - 1];
    const at = i < known.length ? known[i]! : -1;
    let column: number;
    if (at >= 0) column = at - lineStart! + 1;
    else {
      const fileLine = lineStart === undefined ? '' : source.slice(lineStart, (starts[line] ?? source.length + 1) - 1).replace(/\r$/, '');
      column = originColumn(fileLine, valueLines![i]!);
    }
    origins.push({ line, column });
    lineOffsets.push((lineStart ?? 0) + column - 1);
  }
  return { origins, lineOffsets };
}

/** A `.mmd` / `.mermaid` file: the whole file is one diagram. */
export function extractMermaidFile(source: string): ExtractedFile {
  const starts = lineStarts(source);
  const lines = source.split('\n');
  const last = lines.length;
  return {
    blocks: [{
      index: 0,
      text: source,
      info: 'mermaid',
      origins: starts.map((_, i) => ({ line: i + 1, column: 1 })),
      lineOffsets: starts,
      fence: { start: { line: 1, column: 1 }, end: { line: last, column: lines[last - 1]!.length + 1 } },
      headings: [],
    }],
    frontMatter: null,
    comments: [],
    headings: [],
    links: [],
  };
}
