export * from './types.js';
export { lintText, summarize, isMermaidFile, type LintTextOptions, type FileLint } from './lint.js';
export { lintProject, type ProjectLintOptions } from './project.js';
export { readSourceFile, readSourceFileSync, decodeSource, type SourceRead } from './source.js';
export { DiagramPositions } from './positions.js';
export { collectDirectives, applyDirectives, type Directive } from './suppressions.js';
export { ConfigError } from './config/errors.js';
export { severityLevel, severityName } from './config/severity.js';
export {
  loadConfig, findConfigFile, checkConfigObject, configSchemaPath, CONFIG_FILE_NAME,
  type ConfigObject, type ConfigChain, type RuleEntry, type RuleSetting, type LoadOptions,
} from './config/load.js';
export { ResolvedConfig, compileGlobs, globPath } from './config/resolve.js';
export { validateRuleOptions } from './config/options.js';
export { lintAndFix, applyFixes, MAX_FIX_PASSES, type FixOutcome } from './fix.js';
export { timingEnabled, addTiming, takeTimings, recordTimings, formatTimings, type Timings } from './timing.js';
