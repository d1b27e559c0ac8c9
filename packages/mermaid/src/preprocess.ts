import { isJsSpace } from './chars.js';
import yaml from 'js-yaml';
import { MappedText } from './text-map.js';
import type { Span, SyntaxIssue } from './types.js';

/**
 * Mermaid 11.17.2's text preprocessing, step for step (mermaid.parse → preprocessDiagram, then
 * getDiagramFromText → preprocessDiagram again): line endings, double-quoted attributes inside
 * tags, front matter, `%%{…}%%` directives, `%%` comment lines, leading whitespace. What the
 * grammar sees is `cleaned`; every offset of it maps back to the original text.
 */

// The regexes are Mermaid's own (diagram-api/regexes.ts, comments.ts): their quirks are the behaviour.
const FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s;
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const TAG = /<(\w+)([^>]*)>/g;

export interface FrontMatterInfo {
  raw: string;
  data: Record<string, unknown>;
  title?: string;
  span: Span;
  /**
   * Found only by the second round (e.g. after blank or comment lines): Mermaid strips it but
   * never applies its `config` (only mermaid.parse's first round sets the configuration).
   */
  secondRound?: true;
}

export interface Directive {
  raw: string;
  span: Span;
  /** Parsed JSON argument of `%%{init: …}%%` / `%%{initialize: …}%%`; absent for other directives or bad JSON. */
  init?: unknown;
  /** An init/initialize directive (whatever its argument), as Mermaid's directive search counts them. */
  isInit?: true;
  /** Found only by the second preprocessing round: Mermaid discards that round's configuration. */
  secondRound?: true;
}

/** A text on which Mermaid's detectInit detects the diagram type (see Preprocessed.initTypeTexts). */
export interface InitTypeText {
  text: string;
  secondRound?: true;
}

export interface Preprocessed {
  cleaned: string;
  /** Offset in `cleaned` → offset in the original diagram text (monotone; removed regions collapse). */
  toOriginal(offset: number): number;
  /** Set when cleaned is one unbroken slice of the original: toOriginal(offset) = offset + shift. */
  shift?: number;
  frontMatter: FrontMatterInfo | null;
  /**
   * Why Mermaid rejects the diagram before any grammar runs: front matter that is not valid YAML
   * or holds values Mermaid cannot read, or an init directive it cannot apply (wrap on a scalar).
   */
  preambleError?: SyntaxIssue;
  /**
   * The texts on which Mermaid's init-directive search detects the diagram type (detectInit), one
   * per preprocessing round whose init directives give it arguments: it throws "No diagram type
   * detected" when that fails, even if the fully cleaned text has a type.
   */
  initTypeTexts?: InitTypeText[];
  /** `%%{…}%%` directives; `init` is the parsed argument of an `init`/`initialize` directive (as Mermaid reads it). */
  directives: Directive[];
  /** Whole-line `%%` comments, in original offsets (text without the `%%`). */
  comments: { text: string; span: Span }[];
}

function normaliseLineEndings(input: MappedText): MappedText {
  if (!input.text.includes('\r')) return input;
  const crlf: [number, number][] = [];
  for (let i = input.text.indexOf('\r\n'); i !== -1; i = input.text.indexOf('\r\n', i + 2)) crlf.push([i, i + 1]);
  const out = input.delete(crlf);
  return out.text.includes('\r') ? out.withText(out.text.replace(/\r/g, '\n')) : out;
}

function quoteAttributes(input: MappedText): MappedText {
  if (!input.text.includes('="')) return input;
  const text = input.text.replace(TAG, (_m, tag: string, attributes: string) => `<${tag}${attributes.replace(/="([^"]*)"/g, "='$1'")}>`);
  return text === input.text ? input : input.withText(text);
}

const isLineTerminator = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * The matches of Mermaid's comment-line regex /^\s*%%(?!{)[^\n]+\n?/gm, found from each %% (the
 * regex tries every position of every text holding one): a match starts at a line start, skips
 * white space (line breaks included) to a %% not followed by {, a line break or the end, and takes
 * the rest of the line and its \n. So for each %%: the white space before it back to the first
 * line start in it (or none: then no match), and no match may start inside the previous one.
 * `marker` is where the %% is.
 */
export function commentLines(text: string): { start: number; marker: number; end: number }[] {
  const found: { start: number; marker: number; end: number }[] = [];
  const length = text.length;
  let searchFrom = 0; // the regex's lastIndex
  for (let marker = text.indexOf('%%'); marker !== -1; marker = text.indexOf('%%', marker + 1)) {
    if (marker < searchFrom) continue;
    const next = marker + 2 < length ? text.charCodeAt(marker + 2) : -1;
    if (next === -1 || next === 123 || next === 10) continue;
    // The white space before the marker, and the first line start in it at or after searchFrom.
    let runStart = marker;
    while (runStart > searchFrom && isJsSpace(text.charCodeAt(runStart - 1))) runStart--;
    let start = -1;
    if (runStart === 0 || runStart === searchFrom || isLineTerminator(text.charCodeAt(runStart - 1))) start = runStart;
    else {
      for (let i = runStart; i < marker; i++) {
        if (isLineTerminator(text.charCodeAt(i))) {
          start = i + 1;
          break;
        }
      }
    }
    if (start === -1) continue;
    const newline = text.indexOf('\n', marker + 2);
    const end = newline === -1 ? length : newline + 1;
    found.push({ start, marker, end });
    searchFrom = end;
  }
  return found;
}


const INIT_TYPE = /(?:init\b)|(?:initialize\b)/;
/** DIRECTIVE without the global flag and case-insensitive, as utils.detectDirective matches one directive. */
const ONE_DIRECTIVE = new RegExp(DIRECTIVE.source, 'i');

/** The match of an init directive as utils.detectDirective reads it (every `'` made `"`), or null for other directives. */
function initMatch(raw: string): RegExpExecArray | null {
  const m = ONE_DIRECTIVE.exec(raw.replace(/'/g, '"'));
  const type = m?.[1] ?? m?.[2];
  return m && type && INIT_TYPE.test(type) ? m : null;
}

/**
 * The argument of an init directive as utils.detectDirective reads it: every `'` becomes `"`, then
 * the part after `init:` is JSON-parsed. Undefined for other directives and for bad JSON (which
 * Mermaid logs and ignores).
 */
function readInit(raw: string): unknown {
  const m = initMatch(raw);
  if (!m) return undefined;
  if (m[3]) return m[3].trim();
  if (!m[4]) return undefined;
  try {
    return JSON.parse(m[4].trim()) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Whether a directive is an init directive whose JSON argument does not parse: Mermaid then drops
 * every init directive of the diagram (its directive search fails as a whole).
 */
export function isBrokenInit(directive: Directive): boolean {
  if (directive.init !== undefined) return false;
  const m = initMatch(directive.raw);
  return Boolean(m && !m[3] && m[4]);
}

/**
 * Whether Mermaid's processDirectives throws on this round's directives: a lone init directive
 * whose argument is a truthy scalar (`%%{init: dark}%%`, `%%{init: -1}%%`) becomes the directive
 * object, and a wrap directive then sets its `wrap` (a strict-mode TypeError on a primitive). The
 * wrap search matches types containing "wrap"; one match must be exactly `wrap`, several always
 * set it; a matched directive with bad JSON makes the search find nothing.
 */
function wrapsScalarInit(inits: Directive[], wraps: RegExpExecArray[]): boolean {
  if (inits.length !== 1 || wraps.length === 0) return false;
  const value = inits[0]!.init;
  if (!value || typeof value === 'object') return false;
  for (const m of wraps) {
    if (m[3] || !m[4]) continue;
    try {
      JSON.parse(m[4].replace(/'/g, '"').trim());
    } catch {
      return false;
    }
  }
  return wraps.length > 1 || (wraps[0]![1] ?? wraps[0]![2]) === 'wrap';
}

/** Whether String(value) throws: a mapping with its own toString key (never a function in YAML data), also inside a list. */
function unprintable(value: unknown): boolean {
  try {
    String(value);
    return false;
  } catch {
    return true;
  }
}

/**
 * Why Mermaid's front-matter step throws on these values, or null. It calls toString() on a
 * truthy displayMode and title, then, when that text of displayMode is not empty, stores it as
 * config.gantt.displayMode, creating config.gantt when that is falsy: a config (or config.gantt)
 * that is a truthy scalar cannot take a property, a TypeError in strict mode.
 */
function frontMatterFailure(data: Record<string, unknown>): string | null {
  const { displayMode, title } = data;
  if (displayMode && unprintable(displayMode)) return 'displayMode is not text';
  if (title && unprintable(title)) return 'title is not text';
  // Mermaid keeps the display mode as text, and an empty list's text is empty: nothing is stored.
  if (!displayMode || !String(displayMode)) return null;
  const config = data.config || {};
  if (typeof config !== 'object') return `displayMode is set but config is ${typeof config} ${JSON.stringify(config)}, not a mapping`;
  const gantt = (config as Record<string, unknown>).gantt;
  if (gantt && typeof gantt !== 'object') return `displayMode is set but config.gantt is ${typeof gantt} ${JSON.stringify(gantt)}, not a mapping`;
  return null;
}

/** One round of preprocessDiagram. Throws a SyntaxIssue-like error for invalid front-matter YAML. */
function round(input: MappedText, collect: { frontMatter?: FrontMatterInfo | null; directives?: Preprocessed['directives']; comments?: Preprocessed['comments']; initTypeTexts?: InitTypeText[] }, second = false): MappedText {
  let text = quoteAttributes(normaliseLineEndings(input));
  const fm = FRONT_MATTER.exec(text.text);
  if (fm) {
    const indent = fm[1]!;
    const body = indent ? fm[2]!.split('\n').map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join('\n') : fm[2]!;
    const span = { start: text.toOriginal(0), end: text.toOriginal(fm[0].length) };
    let parsed: unknown;
    try {
      parsed = yaml.load(body, { schema: yaml.JSON_SCHEMA }) ?? {};
    } catch (error) {
      const mark = (error as { mark?: { position: number } }).mark;
      const bodyStart = fm[0].indexOf(fm[2]!);
      const at = text.toOriginal(bodyStart + Math.min(mark?.position ?? 0, fm[2]!.length));
      throw Object.assign(new Error('front matter'), {
        issue: {
          code: 'front-matter-yaml',
          message: `The diagram's front matter is not valid YAML: ${(error as { reason?: string }).reason ?? (error as Error).message}`,
          hint: 'Mermaid rejects the whole diagram; fix the YAML between the --- lines',
          span: { start: at, end: at + 1 },
        } satisfies SyntaxIssue,
      });
    }
    const data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    const failure = frontMatterFailure(data);
    if (failure) {
      throw Object.assign(new Error('front matter'), {
        issue: {
          code: 'front-matter-value',
          message: `Mermaid cannot read the diagram's front matter: ${failure}`,
          hint: 'write title and displayMode as plain text, and config (and config.gantt) as a mapping',
          span,
        } satisfies SyntaxIssue,
      });
    }
    if (collect.frontMatter === undefined) {
      // Mermaid keeps a title only when it is truthy, as a string.
      collect.frontMatter = { raw: fm[0], data, span, ...(data.title ? { title: String(data.title) } : {}), ...(second ? { secondRound: true as const } : {}) };
    }
    text = text.delete([[0, fm[0].length]]);
  }
  if (text.text.includes('%%')) {
    DIRECTIVE.lastIndex = 0;
    const ranges: [number, number][] = [];
    const inits: Directive[] = [];
    const wraps: RegExpExecArray[] = [];
    for (let m = DIRECTIVE.exec(text.text); m; m = DIRECTIVE.exec(text.text)) {
      if (m[0].length === 0) {
        DIRECTIVE.lastIndex++;
        continue;
      }
      ranges.push([m.index, m.index + m[0].length]);
      const directive: Directive = { raw: m[0], span: { start: text.toOriginal(m.index), end: text.toOriginal(m.index + m[0].length) } };
      const init = readInit(m[0]);
      if (init !== undefined) directive.init = init;
      if (initMatch(m[0])) {
        directive.isInit = true;
        inits.push(directive);
      }
      if (second) directive.secondRound = true;
      if (/wrap/.test(m[1] ?? m[2] ?? '')) wraps.push(m);
      collect.directives?.push(directive);
    }
    // utils.detectInit: one init directive with a truthy argument, or several (merged into an
    // object), none with bad JSON, make Mermaid detect the type of this round's text (its front
    // matter already cut) with detectType's own cleaning, which blanks every `%%…` line end.
    if (wrapsScalarInit(inits, wraps)) {
      const init = inits[0]!;
      throw Object.assign(new Error('directive'), {
        issue: {
          code: 'wrap-on-scalar-init',
          message: `Mermaid cannot add %%{wrap}%% to this init directive's argument ${JSON.stringify(init.init)}: only an object can take it`,
          hint: 'give init an object, e.g. %%{init: {"theme": "dark"}}%%',
          span: init.span,
        } satisfies SyntaxIssue,
      });
    }
    if (inits.length > 0 && !inits.some(isBrokenInit) && (inits.length > 1 || inits[0]!.init)) collect.initTypeTexts?.push(second ? { text: text.text, secondRound: true } : { text: text.text });
    text = text.delete(ranges);
    const comments = commentLines(text.text);
    for (const { marker, end } of comments) {
      const bodyEnd = text.text.charCodeAt(end - 1) === 10 ? end - 1 : end;
      collect.comments?.push({ text: text.text.slice(marker + 2, bodyEnd), span: { start: text.toOriginal(marker), end: text.toOriginal(bodyEnd) } });
    }
    text = text.delete(comments.map((c) => [c.start, c.end]));
  }
  const lead = text.text.length - text.text.trimStart().length;
  return lead > 0 ? text.delete([[0, lead]]) : text;
}

export function preprocess(original: string): Preprocessed {
  const collect: { frontMatter?: FrontMatterInfo | null; directives: Preprocessed['directives']; comments: Preprocessed['comments']; initTypeTexts: InitTypeText[] } = { directives: [], comments: [], initTypeTexts: [] };
  let preambleError: SyntaxIssue | undefined;
  let text = MappedText.identity(original);
  try {
    text = round(text, collect);
    // The second round only finds what the first one uncovered (e.g. comments before front matter).
    const second: Parameters<typeof round>[1] = { directives: collect.directives, comments: collect.comments, initTypeTexts: collect.initTypeTexts };
    if (collect.frontMatter) second.frontMatter = collect.frontMatter;
    text = round(text, second, true);
    if (second.frontMatter && !collect.frontMatter) collect.frontMatter = second.frontMatter;
  } catch (error) {
    const issue = (error as { issue?: SyntaxIssue }).issue;
    if (!issue) throw error;
    preambleError = issue;
  }
  const result: Preprocessed = {
    cleaned: text.text,
    toOriginal: (offset) => text.toOriginal(offset),
    frontMatter: collect.frontMatter ?? null,
    directives: collect.directives,
    comments: collect.comments,
  };
  if (text.shift !== undefined) result.shift = text.shift;
  if (preambleError) result.preambleError = preambleError;
  if (collect.initTypeTexts.length > 0) result.initTypeTexts = collect.initTypeTexts;
  return result;
}
