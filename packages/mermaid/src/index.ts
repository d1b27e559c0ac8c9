export * from './types.js';
export {
  parseDiagram, parseDiagramSync, unparsedDiagram, validateDiagram, validateDiagramSync, type DiagramVerdict, type ParsedDiagram, type ParseOptions,
} from './parse.js';
export { lineStarts, makeLocator, type LineOrigin, type Locator } from './locate.js';
export { preprocess, type Preprocessed, type FrontMatterInfo, type Directive } from './preprocess.js';
export { detectType, detectConfig, type DetectedType, type MermaidTypeId, type DetectConfig } from './detect.js';
export { mermaidVerdict, loadMermaid, type MermaidVerdict } from './delegate.js';
export { grammars, type Grammar } from './registry.js';
export { lastAtOrBefore } from './search.js';
