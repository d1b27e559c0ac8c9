import { extractDiagramsAsync, extractMermaidFile, type DiagramBlock, type ExtractedFile } from '@atlas-lint/markdown';
import { parseDiagram, unparsedDiagram, type ParsedDiagram } from '@atlas-lint/mermaid';
import { DiagramPositions } from './positions.js';
import { addTiming, timingEnabled } from './timing.js';
import { applyDirectives, collectDirectives, unusedDirectiveMessages } from './suppressions.js';
import type { RuleSetting } from './config/load.js';
import type {
  DiagramSummary, FileInfo, LintMessage, LintResult, ProjectFile, ReportDescriptor, Rule, SeverityLevel, SharedSettings,
} from './types.js';

export interface LintTextOptions {
  /** Path used in results (as given by the user). */
  filePath: string;
  /** Path relative to the project root, forward slashes. */
  relativePath: string;
  /** Rules that are on for this file, with options (ResolvedConfig.rulesFor). */
  ruleSettings: ReadonlyMap<string, RuleSetting>;
  rules: ReadonlyMap<string, Rule<never>>;
  settings: SharedSettings;
  /** Report directives that suppress nothing, at this level. */
  reportUnusedDisableDirectives?: 0 | 1 | 2;
}

export interface FileLint {
  result: LintResult;
  /** What project rules (tracking, structure) see of this file. */
  project: ProjectFile;
}

export const isMermaidFile = (path: string) => /\.(mmd|mermaid)$/i.test(path);

const ATLAS_ID = /^\s*%%\s*atlas-id:\s*(.+?)\s*$/gm;

function claimedIds(text: string): string[] {
  if (!text.includes('atlas-id')) return [];
  return [...text.matchAll(ATLAS_ID)].flatMap((m) => m[1]!.split(/[\s,]+/).filter(Boolean));
}

/** Lints one Markdown or Mermaid file's text. Never throws on bad input: problems become fatal messages. */
export async function lintText(source: string, options: LintTextOptions): Promise<FileLint> {
  const messages: LintMessage[] = [];
  let markdown: ExtractedFile;
  let started = timingEnabled ? performance.now() : 0;
  try {
    markdown = isMermaidFile(options.filePath) ? extractMermaidFile(source) : await extractDiagramsAsync(source, { path: options.filePath });
  } catch (error) {
    markdown = { blocks: [], frontMatter: null, comments: [], headings: [], links: [] } as unknown as ExtractedFile;
    messages.push({ ruleId: null, severity: 2, fatal: true, message: `Cannot parse Markdown: ${(error as Error).message}`, line: 1, column: 1 });
  }
  if (markdown.frontMatterError) {
    const { message, line, column } = markdown.frontMatterError;
    messages.push({ ruleId: null, severity: 1, message: `Front matter is not valid YAML: ${message}`, line, column });
  }
  const file: FileInfo = { path: options.filePath, relativePath: options.relativePath, source, markdown };
  if (timingEnabled) {
    addTiming('extract Markdown', started);
    started = performance.now();
  }
  const diagrams: DiagramEntry[] = [];
  for (const block of markdown.blocks) {
    let diagram: ParsedDiagram;
    try {
      diagram = await parseDiagram(block.text, { origin: block.origins });
    } catch (error) {
      // One diagram our code cannot handle must not cost the rest of the file, or the run.
      diagram = unparsedDiagram(block.text, { origin: block.origins });
      const at = block.origins[0] ?? block.fence.start;
      const reason = error instanceof RangeError ? 'it is nested or sized beyond what atlas-lint can hold' : String((error as Error).message ?? error);
      messages.push({
        ruleId: null, severity: 2, fatal: true, line: at.line, column: at.column,
        message: `Cannot check this diagram (${reason}); its syntax verdict is unknown. Please report it with the diagram attached.`,
      });
    }
    diagrams.push({ diagram, block, positions: new DiagramPositions(block), messages: [] });
  }
  if (timingEnabled) addTiming('parse Mermaid', started);

  runRules(diagrams, file, options, messages);
  started = timingEnabled ? performance.now() : 0;
  const lint = finishFile(diagrams, file, options, messages);
  if (timingEnabled) addTiming('suppressions and summaries', started);
  return lint;
}

// lintText's stages after parsing are functions of their own: V8 compiles (and, when a new
// shape of input turns up, recompiles) each alone instead of one large async function.

/** Runs the rules that are on: per diagram (messages go to the diagram's list), then per file. */
function runRules(diagrams: DiagramEntry[], file: FileInfo, options: LintTextOptions, messages: LintMessage[]): void {
  const active = activeRules(options.ruleSettings, options.rules);
  for (const { id, rule, setting } of active.diagram) {
    const ruleStarted = timingEnabled ? performance.now() : 0;
    const runsOnInvalid = rule.meta.runsOnInvalid;
    for (let index = 0; index < diagrams.length; index++) {
      const entry = diagrams[index]!;
      if (entry.diagram.verdict !== 'valid' && !runsOnInvalid) continue;
      rule.diagram!(new DiagramRuleContext(id, setting, file, options.settings, entry, index));
    }
    if (timingEnabled) addTiming(`rule:${id}`, ruleStarted);
  }
  for (const { id, rule, setting } of active.file) {
    const ruleStarted = timingEnabled ? performance.now() : 0;
    rule.file!({
      ruleId: id, options: setting.options as never, file, settings: options.settings,
      diagrams: diagrams.filter(({ diagram }) => rule.meta.runsOnInvalid || diagram.verdict === 'valid').map(({ diagram, block }) => ({ diagram, block })),
      report: (descriptor) => {
        messages.push(toMessage(id, setting.level, descriptor, file.source, undefined, undefined));
      },
    });
    if (timingEnabled) addTiming(`rule:${id}`, ruleStarted);
  }
}

/** Suppressions, order, counts and per-diagram summaries of a linted file. */
function finishFile(diagrams: DiagramEntry[], file: FileInfo, options: LintTextOptions, messages: LintMessage[]): FileLint {
  const { markdown, source } = file;
  // The file's last line bounds a Markdown `disable` only: counting lines is a pass over the file.
  const hasMarkdownDirective = markdown.comments.some((c) => c.text.includes('atlas-lint-'));
  const directives = collectDirectives(markdown.comments, markdown.blocks, hasMarkdownDirective ? lineCount(source) : 0);
  // The diagrams' messages after the file's own: the stable sort below keeps that order within a position.
  for (const entry of diagrams) for (const message of entry.messages) messages.push(message);
  const { kept, suppressed } = applyDirectives(messages, directives);
  if (options.reportUnusedDisableDirectives) kept.push(...unusedDirectiveMessages(directives, options.reportUnusedDisableDirectives));
  kept.sort((a, b) => a.line - b.line || a.column - b.column);

  const summaries: DiagramSummary[] = diagrams.map(({ diagram, block }, index) => ({
    index,
    line: block.origins[0]?.line ?? block.fence.start.line,
    type: diagram.type,
    valid: diagram.verdict === 'valid',
    errorCount: 0,
    warningCount: 0,
    ids: claimedIds(block.text),
  }));
  for (const m of kept) {
    const summary = m.diagram === undefined ? undefined : summaries[m.diagram];
    if (summary && m.severity === 2) summary.errorCount++;
    else if (summary && m.severity === 1) summary.warningCount++;
  }
  const result = summarize(options.filePath, kept, suppressed);
  result.diagramCount = diagrams.length;
  result.diagrams = summaries;
  return {
    result,
    project: { path: options.filePath, relativePath: options.relativePath, frontMatter: markdown.frontMatter, diagrams: summaries },
  };
}

type DiagramEntry = { diagram: ParsedDiagram; block: DiagramBlock; positions: DiagramPositions; messages: LintMessage[] };
type ActiveRule = { id: string; rule: Rule<never>; setting: RuleSetting };

/** What one rule sees of one diagram: report() files a message under that diagram. */
class DiagramRuleContext {
  readonly options: never;
  readonly diagram: ParsedDiagram;
  readonly block: DiagramBlock;

  constructor(
    readonly ruleId: string,
    private readonly setting: RuleSetting,
    readonly file: FileInfo,
    readonly settings: SharedSettings,
    private readonly entry: DiagramEntry,
    private readonly index: number,
  ) {
    this.options = setting.options as never;
    this.diagram = entry.diagram;
    this.block = entry.block;
  }

  report(descriptor: ReportDescriptor): void {
    this.entry.messages.push(toMessage(this.ruleId, this.setting.level, descriptor, this.file.source, this.entry, this.index));
  }
}

// Files mostly share a handful of rule-setting maps (ResolvedConfig keeps one per set of layers).
const activeBySettings = new WeakMap<ReadonlyMap<string, RuleSetting>, { rules: ReadonlyMap<string, Rule<never>>; diagram: ActiveRule[]; file: ActiveRule[] }>();

/** The rules that are on, in config order: those that run per diagram, and those that run per file. */
function activeRules(ruleSettings: ReadonlyMap<string, RuleSetting>, rules: ReadonlyMap<string, Rule<never>>) {
  const known = activeBySettings.get(ruleSettings);
  if (known && known.rules === rules) return known;
  const active = { rules, diagram: [] as ActiveRule[], file: [] as ActiveRule[] };
  for (const [id, setting] of ruleSettings) {
    const rule = rules.get(id);
    if (rule?.diagram) active.diagram.push({ id, rule, setting });
    if (rule?.file) active.file.push({ id, rule, setting });
  }
  activeBySettings.set(ruleSettings, active);
  return active;
}

function lineCount(source: string): number {
  let count = 1;
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) count++;
  return count;
}

function toMessage(
  ruleId: string, level: SeverityLevel, descriptor: ReportDescriptor, source: string,
  target: DiagramEntry | undefined, index: number | undefined,
): LintMessage {
  const message: LintMessage = { ruleId, severity: level, message: descriptor.message, line: 1, column: 1 };
  if (descriptor.hint) message.hint = descriptor.hint;
  if (index !== undefined) message.diagram = index;
  if (descriptor.loc) {
    Object.assign(message, descriptor.loc);
  } else if (target) {
    const span = descriptor.span ?? target.diagram.headerSpan ?? { start: 0, end: 0 };
    const start = span.loc?.start ?? target.positions.point(span.start);
    const end = span.loc?.end ?? target.positions.point(span.end);
    message.line = start.line;
    message.column = start.column;
    message.endLine = end.line;
    message.endColumn = end.column;
  }
  if (descriptor.fix) {
    if ('range' in descriptor.fix) {
      message.fix = { range: descriptor.fix.range, text: descriptor.fix.text };
    } else if (target) {
      const { span, text } = descriptor.fix;
      const prefix = target.positions.linePrefix(source, span.start);
      message.fix = {
        range: [target.positions.fileOffset(span.start), target.positions.fileOffset(span.end)],
        // New lines in a fix must stay inside the block's container (list item, quote).
        text: prefix ? text.replace(/\n/g, `\n${prefix}`) : text,
      };
    }
  }
  return message;
}

export function summarize(filePath: string, messages: LintMessage[], suppressedMessages: LintMessage[] = []): LintResult {
  const result: LintResult = {
    filePath, messages, suppressedMessages,
    errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
    diagramCount: 0, diagrams: [],
  };
  for (const m of messages) {
    if (m.severity === 2) {
      result.errorCount++;
      if (m.fatal) result.fatalErrorCount++;
      if (m.fix) result.fixableErrorCount++;
    } else if (m.severity === 1) {
      result.warningCount++;
      if (m.fix) result.fixableWarningCount++;
    }
  }
  return result;
}
