import type { DiagramBlock, ExtractedFile } from '@atlas-lint/markdown';
import type { ParsedDiagram, Span } from '@atlas-lint/mermaid';

export type Severity = 'off' | 'warn' | 'error';
/** ESLint's numeric form: 0 off, 1 warn, 2 error. */
export type SeverityLevel = 0 | 1 | 2;

/** A text edit on the whole file, as ESLint has it: replace [range[0], range[1]) with text. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface LintMessage {
  ruleId: string | null;
  severity: SeverityLevel;
  message: string;
  hint?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: Fix;
  /** Index of the diagram in the file, when the message is about one. */
  diagram?: number;
  /** Set on problems that are not rule findings: unreadable file, bad front matter. */
  fatal?: boolean;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Number of diagrams found in the file. */
  diagramCount: number;
  /** Per-diagram summary for reports: index, line, type and whether any error-level rule failed. */
  diagrams: DiagramSummary[];
  /** Source after fixes (only when fixing and something changed). */
  output?: string;
}

export interface DiagramSummary {
  index: number;
  line: number;
  type: string | null;
  valid: boolean;
  errorCount: number;
  warningCount: number;
  /** Tracking IDs the diagram claims (`%% atlas-id: …`). */
  ids: string[];
}

/** Where to report: an AST span (mapped through the diagram), or an explicit file position. */
export interface ReportLocation {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface ReportDescriptor {
  message: string;
  hint?: string;
  /** A span in the diagram's original text (any AST node's span). */
  span?: Span;
  /** Or a file position. Without either, the diagram header (or line 1 for file rules). */
  loc?: ReportLocation;
  /** Edit in diagram-text offsets (for diagram rules) — the engine maps it to file offsets. */
  fix?: { span: Span; text: string } | { range: [number, number]; text: string };
}

export interface FileInfo {
  /** Absolute or cwd-relative path as given. */
  path: string;
  /** Path relative to the project root (forward slashes), used for globs and reports. */
  relativePath: string;
  source: string;
  markdown: ExtractedFile;
}

export interface RuleContextBase<Options> {
  ruleId: string;
  options: Options;
  file: FileInfo;
  /** Shared settings from the config (planes, tracking…), already validated. */
  settings: SharedSettings;
  report(descriptor: ReportDescriptor): void;
}

export interface DiagramContext<Options> extends RuleContextBase<Options> {
  diagram: ParsedDiagram;
  block: DiagramBlock;
}

export type FileContext<Options> = RuleContextBase<Options> & {
  diagrams: { diagram: ParsedDiagram; block: DiagramBlock }[];
};

/**
 * What project rules see of a linted file: plain data, so it can cross worker threads and be
 * cached (no AST, no source text).
 */
export interface ProjectFile {
  path: string;
  relativePath: string;
  frontMatter: Record<string, unknown> | null;
  diagrams: DiagramSummary[];
}

export interface ProjectContext<Options> {
  ruleId: string;
  options: Options;
  settings: SharedSettings;
  /** Every linted file, with per-diagram results (validity, errors, claimed IDs). */
  files: ProjectFile[];
  /** Project root (absolute). */
  root: string;
  /** Reads a file under the project root; undefined when it does not exist. */
  readFile(relativePath: string): string | undefined;
  exists(relativePath: string): boolean;
  report(relativePath: string, descriptor: Omit<ReportDescriptor, 'span' | 'fix'> & { fix?: { range: [number, number]; text: string } }): void;
}

export type JSONSchema = Record<string, unknown>;

export interface RuleMeta {
  /** Stable public id, e.g. 'mermaid/syntax'. */
  id: string;
  description: string;
  /** Severity in the recommended preset. */
  severity: Severity;
  /** Severity in the strict preset (defaults to 'error'). */
  strictSeverity?: Severity;
  /** JSON Schema for the options object (validated with ajv before the rule runs). */
  schema: JSONSchema;
  /** Options used where the config gives none (merged under the given ones). */
  defaultOptions?: Record<string, unknown>;
  fixable: boolean;
  /** Path of the rule's doc page relative to the repository, e.g. 'rules/mermaid/syntax.md'. */
  docs: string;
  /** In presets, where the rule applies (globs on relativePath); default everywhere. */
  files?: string[];
  /**
   * Whether the rule also runs on diagrams Mermaid rejects. Off by default: their AST stops at
   * the error, so "missing" data would be a false finding (ESLint likewise skips unparsable files).
   */
  runsOnInvalid?: boolean;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  /** Runs once per diagram. */
  diagram?(context: DiagramContext<Options>): void;
  /** Runs once per Markdown/.mmd file (after the diagrams). */
  file?(context: FileContext<Options>): void;
  /** Runs once per run, over every linted file (tracking, folder structure). */
  project?(context: ProjectContext<Options>): void;
}

/**
 * Settings several rules share, as written in the config (validated by the config schema). Their
 * meaning (default palette, aliases) belongs to the rules that read them, not to the engine.
 */
export interface SharedSettings {
  planes?: {
    definitions?: { name: string; color: string; aliases?: string[]; legacyColors?: string[] }[];
    retired?: { name: string; color: string; aliases?: string[] }[];
  };
  tracking?: {
    /** Path of the tracking sheet, relative to configDir. */
    sheet?: string;
    /** glob → ID pattern(s), e.g. "systems/netflix/*.md": "CS-NFX-*" */
    paths?: Record<string, string | string[]>;
  };
  /** Folder of the config file the settings came from (absolute), or the cwd. */
  configDir: string;
}
