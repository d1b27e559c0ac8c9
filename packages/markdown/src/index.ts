export { extractDiagrams, extractDiagramsAsync, extractMermaidFile, loadMarkdownParser, needsMarkdownParser } from './extract.js';
export { readFrontMatter, type FrontMatter } from './front-matter.js';
export { lineStarts, pointAt } from './positions.js';
export type { DiagramBlock, ExtractedFile, LineOrigin, MarkdownComment, MarkdownHeading, MarkdownLink } from './types.js';
