import type { SharedSettings } from '@atlas-lint/engine';
import type { FlowchartAst, FlowSubgraph } from '@atlas-lint/mermaid';

/**
 * The Atlas four-plane model: which plane a subgraph, class or colour stands for. Names and
 * colours come from the config (`planes`), with the Atlas defaults (20-MERMAID-DESIGN-SYSTEM).
 */
export interface Plane {
  name: string;
  /** Canonical fill, normalised (#RRGGBB). */
  color: string;
  /** Lower-case names that stand for the plane (its name is always one). */
  aliases: string[];
  legacyColors: string[];
  /** Other fills of the design system for this plane (secondary and dark-mode tints). */
  shades: string[];
  /** Legacy stroke → canonical stroke, rewritten together with a legacy fill. */
  legacyStrokes: Map<string, string>;
}

export interface RetiredPlane {
  name: string;
  color: string;
  aliases: string[];
}

/** Design-system tints per default plane name: accepted beside the canonical colour. */
const DEFAULT_SHADES: Record<string, string[]> = {
  edge: ['#60A5FA', '#93C5FD'],
  service: ['#34D399', '#6EE7B7'],
  state: ['#FBBF24', '#FCD34D'],
  control: ['#A78BFA', '#C4B5FD'],
};

type PlaneSettings = NonNullable<NonNullable<SharedSettings['planes']>['definitions']>;
type RetiredSettings = NonNullable<NonNullable<SharedSettings['planes']>['retired']>;

/** The legacy classDefs' strokes and the design system's (Tailwind 600) ones, per default plane. */
const DEFAULT_LEGACY_STROKES: Record<string, [string, string]> = {
  edge: ['#004499', '#2563EB'],
  service: ['#007700', '#059669'],
  state: ['#CC6600', '#D97706'],
  control: ['#990000', '#7C3AED'],
};

export const DEFAULT_PLANES: PlaneSettings = [
  { name: 'Edge', color: '#3B82F6', legacyColors: ['#0066CC'] },
  { name: 'Service', color: '#10B981', legacyColors: ['#00AA00'] },
  { name: 'State', color: '#F59E0B', legacyColors: ['#FF8800'] },
  { name: 'Control', color: '#8B5CF6', legacyColors: ['#CC0000'] },
];

export const DEFAULT_RETIRED: RetiredSettings = [{ name: 'Stream', color: '#AA00AA' }];

// Style values repeat (#3B82F6 on every Edge classDef): each distinct one is parsed once.
const normalized = new Map<string, string | null>();

/** #abc → #AABBCC (case-insensitive); anything that is not a hex colour → null. */
export function normalizeColor(value: string): string | null {
  let color = normalized.get(value);
  if (color === undefined) {
    if (normalized.size >= 10_000) normalized.clear(); // a bound for long-lived processes
    normalized.set(value, (color = parseColor(value)));
  }
  return color;
}

function parseColor(value: string): string | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m) return null;
  const hex = m[1]!.length === 3 ? m[1]!.replace(/./g, (c) => c + c) : m[1]!;
  return `#${hex.toUpperCase()}`;
}

/** "EdgePlane", "edge_plane", "Edge-Style" → "edgeplane", "edgestyle". */
const compact = (name: string): string => {
  const lower = name.toLowerCase();
  return SEPARATOR.test(lower) ? lower.replace(/[\s_-]+/g, '') : lower;
};
const SEPARATOR = /[\s_-]/;
/** A plane's own names (Edge, EdgePlane, edgeStyle, EdgeClass) and the configured aliases, compacted. */
const namesFor = (name: string, aliases: string[] = []): string[] =>
  [...new Set([name, `${name}plane`, `${name}style`, `${name}class`, ...aliases].map(compact))];
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Emoji, quotes, brackets and other decoration before a title's first word. */
const LEADING_DECORATION = /^[^\p{L}\p{N}]+/u;

/**
 * A title as matchTitle reads it: leading decoration removed, each run of white space one space.
 * Most titles start with a letter and hold single spaces only: they are their own reading.
 */
function titleText(title: string): string {
  const first = title.charCodeAt(0);
  const plain = (first >= 97 && first <= 122) || (first >= 65 && first <= 90) || (first >= 48 && first <= 57);
  const text = plain ? title : title.replace(LEADING_DECORATION, '');
  return (ODD_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}
/** White space other than single spaces. */
const ODD_SPACE = /\s\s|[^\S ]/;

const models = new WeakMap<object, PlaneModel>();

/** The plane model of these settings, built once (rules ask for it on every diagram). */
export function planeModelFor(settings: Pick<SharedSettings, 'planes'>): PlaneModel {
  let model = models.get(settings);
  if (!model) {
    model = new PlaneModel(settings);
    models.set(settings, model);
  }
  return model;
}

export class PlaneModel {
  readonly planes: Plane[];
  readonly retired: RetiredPlane[];

  constructor(settings: Pick<SharedSettings, 'planes'>) {
    this.planes = (settings.planes?.definitions ?? DEFAULT_PLANES).map((p) => ({
      name: p.name,
      color: normalizeColor(p.color) ?? p.color,
      aliases: namesFor(p.name, p.aliases),
      legacyColors: (p.legacyColors ?? []).map((c) => normalizeColor(c) ?? c),
      shades: DEFAULT_SHADES[p.name.toLowerCase()] ?? [],
      legacyStrokes: new Map(DEFAULT_LEGACY_STROKES[p.name.toLowerCase()] ? [DEFAULT_LEGACY_STROKES[p.name.toLowerCase()]!] : []),
    }));
    this.retired = (settings.planes?.retired ?? DEFAULT_RETIRED).map((r) => ({
      name: r.name,
      color: normalizeColor(r.color) ?? r.color,
      aliases: namesFor(r.name, r.aliases),
    }));
  }

  /**
   * The plane a class name or subgraph id stands for: one of its aliases, however spelt
   * (EdgePlane, edge_plane, EDGE, edgeStyle), or an id that starts with "<plane>Plane"
   * (EdgePlane2, Edge_Plane___CDN). "serviceFailure" or "ServiceMesh" is no plane.
   */
  planeOfName(name: string): Plane | undefined {
    return matchName(this.planes, name);
  }

  /**
   * The plane a subgraph title names: the title starts with the plane ("Edge Plane - CDN",
   * "🌐 Edge Plane", "State - Storage", "Edge") or puts it after a separator ("Ingestion - Edge
   * Plane"). A qualified plane ("Istio Control Plane", "ARM Control Plane") is a product's own
   * control plane, not an Atlas one.
   */
  planeOfTitle(title: string): Plane | undefined {
    return matchTitle(this.planes, title);
  }

  /** The plane a subgraph stands for; its title, when it has one, decides over its id. */
  planeOfSubgraph(sg: FlowSubgraph): Plane | undefined {
    return subgraphMatch(this.planes, sg);
  }

  /** A subgraph drawn as a retired plane ("Stream Plane", StreamPlane); "Stream Processing" is none. */
  retiredOfSubgraph(sg: FlowSubgraph): RetiredPlane | undefined {
    const says = (text: string | undefined) => text !== undefined && /plane/i.test(text);
    return says(sg.id) || says(sg.title?.text) ? subgraphMatch(this.retired, sg) : undefined;
  }

  planeOfColor(color: string): { plane: Plane; legacy: boolean } | undefined {
    const c = normalizeColor(color);
    if (!c) return undefined;
    for (const plane of this.planes) if (plane.color === c || plane.shades.includes(c)) return { plane, legacy: false };
    for (const plane of this.planes) if (plane.legacyColors.includes(c)) return { plane, legacy: true };
    return undefined;
  }

  // Per-diagram answers, shared by the plane rules (each asks for them on every diagram).
  readonly #subgraphPlanes = new WeakMap<FlowchartAst, ReadonlyMap<string, Plane>>();
  readonly #classPlanes = new WeakMap<FlowchartAst, ReadonlyMap<string, Plane>>();
  readonly #parents = new WeakMap<FlowchartAst, ReadonlyMap<string, string | null>>();

  /** Subgraph id → plane, for the subgraphs that stand for a plane. */
  subgraphPlanes(ast: FlowchartAst): ReadonlyMap<string, Plane> {
    let known = this.#subgraphPlanes.get(ast);
    if (!known) this.#subgraphPlanes.set(ast, (known = this.findSubgraphPlanes(ast)));
    return known;
  }

  private findSubgraphPlanes(ast: FlowchartAst): Map<string, Plane> {
    const map = new Map<string, Plane>();
    for (const sg of ast.subgraphs) {
      const plane = this.planeOfSubgraph(sg);
      if (plane) map.set(sg.id, plane);
    }
    return map;
  }

  /**
   * Class name → plane, for the classDefs of a diagram whose names say their plane. A bare plane
   * word ("service", "edge") is a plane class only in a diagram whose class names show at least
   * two planes: alone, `classDef service` is just a box for services.
   */
  classPlanes(ast: FlowchartAst): ReadonlyMap<string, Plane> {
    let known = this.#classPlanes.get(ast);
    if (!known) this.#classPlanes.set(ast, (known = this.findClassPlanes(ast)));
    return known;
  }

  private findClassPlanes(ast: FlowchartAst): Map<string, Plane> {
    const map = new Map<string, Plane>();
    for (const def of ast.classDefs) {
      for (const name of def.names) {
        const plane = this.planeOfName(name);
        if (plane) map.set(name, plane);
      }
    }
    if (new Set(map.values()).size < 2) {
      for (const [name, plane] of map) if (compact(name) === compact(plane.name)) map.delete(name);
    }
    return map;
  }

  /**
   * Planes a flowchart shows: its plane subgraphs, plane classes that some node wears, and plane
   * colours (canonical, tint or legacy) filling a class some node wears or a node's `style`.
   */
  planesOf(ast: FlowchartAst): Set<string> {
    const found = new Set([...this.subgraphPlanes(ast).values()].map((p) => p.name));
    const used = new Set([...ast.nodes.values()].flatMap((n) => n.classes));
    for (const [name, plane] of this.classPlanes(ast)) if (used.has(name)) found.add(plane.name);
    const fillPlane = (styles: FlowchartAst['styles'][number]['styles']) => {
      const fill = styles.find((s) => s.name === 'fill');
      return fill ? this.planeOfColor(fill.value)?.plane : undefined;
    };
    for (const def of ast.classDefs) {
      const plane = def.names.some((n) => used.has(n)) ? fillPlane(def.styles) : undefined;
      if (plane) found.add(plane.name);
    }
    for (const style of ast.styles) {
      const plane = ast.nodes.has(style.nodeId) ? fillPlane(style.styles) : undefined;
      if (plane) found.add(plane.name);
    }
    return found;
  }

  /**
   * The plane around a node: the innermost enclosing subgraph that stands for a plane. Subgraph
   * ids may repeat (Mermaid merges them), so the parent chain can loop: stop at a repeat.
   */
  planeAround(ast: FlowchartAst, subgraph: string | null, planes = this.subgraphPlanes(ast)): Plane | undefined {
    let parentOf = this.#parents.get(ast);
    if (!parentOf) this.#parents.set(ast, (parentOf = new Map(ast.subgraphs.map((s) => [s.id, s.parent]))));
    // A chain without a repeat visits at most every subgraph id once, plus the start; past that it
    // only goes round its loop again, so this many steps see every id it ever reaches.
    let steps = parentOf.size + 1;
    for (let at = subgraph; at && steps > 0; at = parentOf.get(at) ?? null, steps--) {
      const plane = planes.get(at);
      if (plane) return plane;
    }
    return undefined;
  }
}

function matchName<P extends { name: string; aliases: string[] }>(planes: P[], name: string): P | undefined {
  const key = compact(QUOTE.test(name) ? name.replace(/["'`]/g, '') : name);
  return planes.find((p) => p.aliases.includes(key) || key.startsWith(patternsOf(p).namePlane));
}
const QUOTE = /["'`]/;

interface TitlePatterns {
  /** "Edge Plane…", "Edge_Plane" */
  lead: RegExp;
  /** "Stream Ingestion - Edge Plane", "Blast Radius: Service Plane" */
  afterSeparator: RegExp;
  /** "State - Storage", "Edge: CDN" */
  prefix: RegExp;
  compactName: string;
  /** "edgeplane": an id starting with it names the plane (EdgePlane2). */
  namePlane: string;
}

// Built once per plane: rules ask for every subgraph title of every diagram.
const titlePatterns = new WeakMap<object, TitlePatterns>();
function patternsOf(plane: { name: string }): TitlePatterns {
  let patterns = titlePatterns.get(plane);
  if (!patterns) {
    const word = escape(plane.name);
    patterns = {
      lead: new RegExp(`^${word}[ _-]?plane\\b`, 'i'),
      afterSeparator: new RegExp(`[-–—:|(]\\s*${word} plane\\b`, 'i'),
      prefix: new RegExp(`^${word}(?:\\s+[-–—]\\s|\\s*[:|(])`, 'i'),
      compactName: compact(plane.name),
      namePlane: `${compact(plane.name)}plane`,
    };
    titlePatterns.set(plane, patterns);
  }
  return patterns;
}

function matchTitle<P extends { name: string; aliases: string[] }>(planes: P[], title: string, id?: string): P | undefined {
  const text = titleText(title);
  const compactText = compact(text);
  const compactId = id === undefined ? undefined : compact(id);
  // Both `lead` and `afterSeparator` need the word "plane": most titles are tested for it once.
  const saysPlane = SAYS_PLANE.test(text);
  return planes.find((p) => {
    const patterns = patternsOf(p);
    // "Edge Plane…", "Edge_Plane", or the bare name / an alias as the whole title.
    if ((saysPlane && patterns.lead.test(text)) || p.aliases.includes(compactText)) return true;
    if (saysPlane && patterns.afterSeparator.test(text)) return true;
    // "State - Storage", "Edge: CDN" name a plane only on a subgraph whose id starts with it
    // (StatePlane, StateEU): "Service - Payments" alone may be one service's box, and
    // "Service-Level Failures" is no plane at all.
    return compactId !== undefined && compactId.startsWith(patterns.compactName) && patterns.prefix.test(text);
  });
}

const SAYS_PLANE = /plane/i;

function subgraphMatch<P extends { name: string; aliases: string[] }>(planes: P[], sg: FlowSubgraph): P | undefined {
  const title = sg.title?.text.trim();
  if (title && title !== sg.id) {
    const byTitle = matchTitle(planes, title, sg.id);
    if (byTitle) return byTitle;
    // A title that names a qualified plane ("Istio Control Plane") overrides an id like ControlPlane.
    if (/\bplane\b/i.test(title)) return undefined;
  }
  return matchName(planes, sg.id);
}
