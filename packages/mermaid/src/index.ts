export * from './types.js';
export { parseDiagram, parseDiagramSync, type ParsedDiagram, type ParseOptions, type LineOrigin } from './parse.js';
export { preprocess, type Preprocessed, type FrontMatterInfo } from './preprocess.js';
export { detectType, type DetectedType } from './detect.js';
export { mermaidVerdict, loadMermaid, type MermaidVerdict } from './delegate.js';
export { grammars, type Grammar } from './registry.js';
export { lastAtOrBefore } from './search.js';
