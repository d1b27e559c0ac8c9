import { isBrokenInit, type Directive, type Preprocessed } from './preprocess.js';

/**
 * Diagram-type detection as Mermaid 11.17.2 does it (diagram-api/detectType.ts and each
 * `*Detector.ts`, read from the bundle): on the preprocessed text with front matter, directives
 * and every `%%…` comment stripped once more, the first registered detector that matches wins.
 * Some detectors also read the configuration (front matter `config:` and `init` directives).
 */
const FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s;
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const ANY_COMMENT = /\s*%%.*\n/gm;
const LEADING_FENCE = /^[^\S\n\r]*---/;

/** The part of Mermaid's configuration that detectors read. */
export interface DetectConfig {
  flowchart?: { defaultRenderer?: unknown };
  class?: { defaultRenderer?: unknown };
  state?: { defaultRenderer?: unknown };
}

export type MermaidTypeId =
  | 'error' | '---' | 'flowchart-elk' | 'mindmap' | 'architecture' | 'c4' | 'kanban' | 'classDiagram' | 'class'
  | 'er' | 'gantt' | 'info' | 'pie' | 'requirement' | 'sequence' | 'swimlane' | 'flowchart-v2' | 'flowchart'
  | 'timeline' | 'gitGraph' | 'stateDiagram' | 'state' | 'journey' | 'quadrantChart' | 'sankey' | 'packet'
  | 'xychart' | 'block' | 'eventmodeling' | 'treeView' | 'radar' | 'ishikawa' | 'treemap' | 'railroad'
  | 'railroadEbnf' | 'railroadAbnf' | 'railroadPeg' | 'venn' | 'wardley' | 'cynefin';

/** @deprecated name kept for callers: a Mermaid type id. */
export type DetectedType = MermaidTypeId;

/**
 * A type id, the characters a text can start with (after white space) for the detector to match
 * (null: anywhere, as C4's regex), and the detector. Every regex but C4's is anchored to the
 * first word, so the first character rules out all but a few: a flowchart no longer runs the
 * 16 regexes registered before it.
 */
type Detector = [MermaidTypeId, string | null, (text: string, config: DetectConfig) => boolean];

// Mermaid's default configuration sets flowchart, class and state defaultRenderer to 'dagre-wrapper'.
// A null renderer (NO_CONFIG below) stands for no configuration at all.
const renderer = (section: { defaultRenderer?: unknown } | undefined): unknown => section?.defaultRenderer === undefined ? 'dagre-wrapper' : section.defaultRenderer;

/** text.includes('C4'), by its '4's: a one-character search is native and fast, a two-character one scans ~4× slower. */
function holdsC4(text: string): boolean {
  for (let i = text.indexOf('4', 1); i !== -1; i = text.indexOf('4', i + 1)) if (text.charCodeAt(i - 1) === 67) return true;
  return false;
}

// Registration order of 11.17.2 (diagram-orchestration.ts): first match wins.
const DETECTORS: Detector[] = [
  // Mermaid lower-cases and trims the whole text; these regexes say the same without copying it.
  ['error', 'eE', (t) => /^\s*error\s*$/i.test(t)],
  ['---', '-', (t) => /^\s*---/.test(t)],
  ['flowchart-elk', 'fg', (t, c) => /^\s*flowchart-elk/.test(t) || (/^\s*(flowchart|graph)/.test(t) && renderer(c.flowchart) === 'elk')],
  ['mindmap', 'm', (t) => /^\s*mindmap/.test(t)],
  ['architecture', 'a', (t) => /^\s*architecture/.test(t)],
  // Mermaid's C4 regex lacks a group: all but the first word match anywhere in the text.
  ['c4', null, (t) => holdsC4(t) && /^\s*C4Context|C4Container|C4Component|C4Dynamic|C4Deployment/.test(t)],
  ['kanban', 'k', (t) => /^\s*kanban/.test(t)],
  ['classDiagram', 'c', (t, c) => (/^\s*classDiagram/.test(t) && renderer(c.class) === 'dagre-wrapper') || /^\s*classDiagram-v2/.test(t)],
  ['class', 'c', (t, c) => renderer(c.class) !== 'dagre-wrapper' && /^\s*classDiagram/.test(t)],
  ['er', 'e', (t) => /^\s*erDiagram/.test(t)],
  ['gantt', 'g', (t) => /^\s*gantt/.test(t)],
  ['info', 'i', (t) => /^\s*info/.test(t)],
  ['pie', 'p', (t) => /^\s*pie/.test(t)],
  ['requirement', 'r', (t) => /^\s*requirement(Diagram)?/.test(t)],
  ['sequence', 's', (t) => /^\s*sequenceDiagram/.test(t)],
  ['swimlane', 's', (t) => /^\s*swimlane-beta\b/.test(t)],
  ['flowchart-v2', 'gf', (t, c) => {
    const r = renderer(c.flowchart);
    if (r === 'dagre-d3') return false;
    if (/^\s*graph/.test(t) && r === 'dagre-wrapper') return true;
    return /^\s*flowchart/.test(t);
  }],
  ['flowchart', 'g', (t, c) => {
    const r = renderer(c.flowchart);
    return r !== 'dagre-wrapper' && r !== 'elk' && /^\s*graph/.test(t);
  }],
  ['timeline', 't', (t) => /^\s*timeline/.test(t)],
  ['gitGraph', 'g', (t) => /^\s*gitGraph/.test(t)],
  ['stateDiagram', 's', (t, c) => /^\s*stateDiagram-v2/.test(t) || (/^\s*stateDiagram/.test(t) && renderer(c.state) === 'dagre-wrapper')],
  ['state', 's', (t, c) => renderer(c.state) !== 'dagre-wrapper' && /^\s*stateDiagram/.test(t)],
  ['journey', 'j', (t) => /^\s*journey/.test(t)],
  ['quadrantChart', 'q', (t) => /^\s*quadrantChart/.test(t)],
  ['sankey', 's', (t) => /^\s*sankey(-beta)?/.test(t)],
  ['packet', 'p', (t) => /^\s*packet(-beta)?/.test(t)],
  ['xychart', 'x', (t) => /^\s*xychart(-beta)?/.test(t)],
  ['block', 'b', (t) => /^\s*block(-beta)?/.test(t)],
  ['eventmodeling', 'e', (t) => /^\s*eventmodeling/.test(t)],
  ['treeView', 't', (t) => /^\s*treeView-beta/.test(t)],
  ['radar', 'r', (t) => /^\s*radar-beta/.test(t)],
  ['ishikawa', 'iI', (t) => /^\s*ishikawa(-beta)?\b/i.test(t)],
  ['treemap', 't', (t) => /^\s*treemap/.test(t)],
  ['railroad', 'rR', (t) => /^\s*railroad-beta/i.test(t)],
  ['railroadEbnf', 'rR', (t) => /^\s*railroad-ebnf-beta/i.test(t)],
  ['railroadAbnf', 'rR', (t) => /^\s*railroad-abnf-beta/i.test(t)],
  ['railroadPeg', 'rR', (t) => /^\s*railroad-peg-beta/i.test(t)],
  ['venn', 'v', (t) => /^\s*venn-beta/.test(t)],
  ['wardley', 'wW', (t) => /^\s*wardley-beta/i.test(t)],
  ['cynefin', 'c', (t) => /^\s*cynefin-beta(?:[\s:]|$)/.test(t)],
];

/**
 * Mermaid's type id for a cleaned diagram text, or null ("No diagram type detected").
 * `config` is what detectors read; see detectConfig().
 */
export function detectType(cleaned: string, config: DetectConfig = {}): MermaidTypeId | null {
  let text = cleaned;
  // Each replace only changes texts that hold its marker; most texts need none of them.
  if (LEADING_FENCE.test(text)) text = text.replace(FRONT_MATTER, '');
  if (text.includes('%%')) text = text.replace(DIRECTIVE, '').replace(ANY_COMMENT, '\n');
  // \S as the detectors' \s* reads it; /i detectors list both cases (without the u flag, /i folds ASCII letters only to ASCII).
  const lead = text.search(/\S/);
  const first = lead === -1 ? '' : text[lead]!;
  for (const [id, firsts, matches] of DETECTORS) if ((firsts === null || (first !== '' && firsts.includes(first))) && matches(text, config)) return id;
  return null;
}

/** A plain mapping (what config sections and init arguments are), not null or a list. */
export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Keys Mermaid's sanitiser deletes, at any depth, before it merges. Skipping them here also keeps
 * a document's `"__proto__": {…}` (an own key after JSON.parse or YAML) from being merged into
 * Object.prototype, or from becoming the prototype of a copied section (whose values the
 * detectors would then inherit: `flowchart: {__proto__: {defaultRenderer: elk}}` is no elk chart).
 */
const isDeletedKey = (key: string): boolean => key.startsWith('__') || key.includes('proto') || key.includes('constr');

/** A copy of a configuration value without the keys the sanitiser deletes, at any depth. */
function sanitisedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sanitisedCopy);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) if (!isDeletedKey(key)) copy[key] = sanitisedCopy(child);
  return copy;
}

function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    if (isDeletedKey(key)) continue;
    const current = target[key];
    if (isRecord(value) && isRecord(current)) mergeInto(current, value);
    else target[key] = sanitisedCopy(value);
  }
}

/**
 * The init directives whose arguments reach Mermaid's configuration: those of the first
 * preprocessing round (the second round's configuration is discarded), or none when one of them
 * has bad JSON (the directive search fails as a whole).
 */
export function appliedInits(directives: Directive[]): Directive[] {
  const first = directives.filter((d) => !d.secondRound);
  return first.some(isBrokenInit) ? [] : first;
}

// detectInit detects the type without a configuration: no detector sees a default renderer.
const NO_CONFIG: DetectConfig = { flowchart: { defaultRenderer: null }, class: { defaultRenderer: null }, state: { defaultRenderer: null } };

/**
 * The configuration Mermaid detects with: front matter `config:` merged with the `init`
 * directives (directives win; none when one of them has bad JSON). A lone init directive's own
 * `config:` value replaces the section named by the diagram type detectInit finds (flowchart-v2
 * becomes flowchart; a type that names no section, such as xychart or stateDiagram, is dropped
 * later by the sanitiser); with several init directives the sanitiser deletes `config:` first.
 */
export function detectConfig(pre: Pick<Preprocessed, 'frontMatter' | 'directives' | 'initTypeTexts'>): DetectConfig {
  const fmConfig = pre.frontMatter?.secondRound ? undefined : pre.frontMatter?.data.config;
  const inits = appliedInits(pre.directives);
  if (!isRecord(fmConfig) && !inits.some((d) => isRecord(d.init))) return {};
  const config: Record<string, unknown> = {};
  if (isRecord(fmConfig)) mergeInto(config, fmConfig);
  const initCount = inits.filter((d) => d.isInit).length;
  const typeText = pre.initTypeTexts?.find((t) => !t.secondRound)?.text;
  for (const d of inits) {
    if (!isRecord(d.init)) continue;
    let init = d.init;
    if (initCount === 1 && init.config !== undefined && typeText !== undefined) {
      const type = detectType(typeText, NO_CONFIG);
      if (type !== null) {
        const { config: section, ...rest } = init;
        init = { ...rest, [type === 'flowchart-v2' ? 'flowchart' : type]: section };
      }
    }
    mergeInto(config, init);
  }
  return withoutMarkup(config) as DetectConfig;
}

/**
 * The configuration after the sanitiser Mermaid runs when it applies it (config.ts sanitize):
 * every text holding `<`, `>` or `url(data:` is deleted, at any depth and in lists too, so
 * `gitGraph: { mainBranchName: "a<b" }` leaves the default name. The top-level themeVariables
 * are left alone: sanitizeDirective has already blanked such values there, and a blank one is
 * read differently from a missing one (theme-check.ts).
 */
function withoutMarkup(value: Record<string, unknown>, top = true): Record<string, unknown> {
  const out: Record<string, unknown> = Array.isArray(value) ? ([] as unknown as Record<string, unknown>) : {};
  for (const [key, child] of Object.entries(value)) {
    // A themeVariables text is kept: the sanitiser before this one throws on such a text.
    if (typeof child === 'string' && key !== 'themeVariables' && (child.includes('<') || child.includes('>') || child.includes('url(data:'))) continue;
    out[key] = child !== null && typeof child === 'object' && !(top && key === 'themeVariables') ? withoutMarkup(child as Record<string, unknown>, false) : child;
  }
  return out;
}

/** The header keyword as written (first word of the cleaned text), for messages. */
export function headerWord(cleaned: string): string {
  return /^\s*([^\s;]*)/.exec(cleaned)?.[1] ?? '';
}
