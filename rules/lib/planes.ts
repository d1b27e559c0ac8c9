import type { SharedSettings } from '@atlas-lint/engine';
import type { FlowchartAst } from '@atlas-lint/mermaid';

/**
 * The Atlas four-plane model: which plane a subgraph, class or colour stands for. Names and
 * colours come from the config (`planes`), with the Atlas defaults.
 */
export interface Plane {
  name: string;
  color: string;
  aliases: string[];
  legacyColors: string[];
}

export const DEFAULT_PLANES: Plane[] = [
  { name: 'Edge', color: '#3B82F6', aliases: ['edge', 'edgeplane', 'edge plane', 'edgestyle', 'edgeclass'], legacyColors: ['#0066CC'] },
  { name: 'Service', color: '#10B981', aliases: ['service', 'serviceplane', 'service plane', 'servicestyle', 'serviceclass'], legacyColors: ['#00AA00'] },
  { name: 'State', color: '#F59E0B', aliases: ['state', 'stateplane', 'state plane', 'statestyle', 'stateclass'], legacyColors: ['#FF8800'] },
  { name: 'Control', color: '#8B5CF6', aliases: ['control', 'controlplane', 'control plane', 'controlstyle', 'controlclass'], legacyColors: ['#CC0000'] },
];

export const DEFAULT_RETIRED = [{ name: 'Stream', color: '#AA00AA', aliases: ['stream', 'streamplane', 'stream plane', 'streamstyle'] }];

/** #abc → #AABBCC; anything else → null. */
export function normalizeColor(value: string): string | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m) return null;
  const hex = m[1]!.length === 3 ? m[1]!.replace(/./g, (c) => c + c) : m[1]!;
  return `#${hex.toUpperCase()}`;
}

export class PlaneModel {
  readonly planes: Plane[];
  readonly retired: { name: string; color: string; aliases: string[] }[];

  constructor(settings: SharedSettings) {
    this.planes = (settings.planes?.definitions ?? DEFAULT_PLANES).map((p) => ({
      name: p.name,
      color: normalizeColor(p.color) ?? p.color,
      aliases: [p.name.toLowerCase(), ...(p.aliases ?? []).map((a) => a.toLowerCase())],
      legacyColors: (p.legacyColors ?? []).map((c) => normalizeColor(c) ?? c),
    }));
    this.retired = (settings.planes?.retired ?? DEFAULT_RETIRED).map((r) => ({ ...r, color: normalizeColor(r.color) ?? r.color, aliases: [r.name.toLowerCase(), ...(r.aliases ?? []).map((a) => a.toLowerCase())] }));
  }

  /**
   * The plane a name (subgraph id/title, class name) stands for: an alias ("Edge", EdgePlane,
   * edgeStyle, EDGE) or a title that says "<plane> plane" ("Edge Plane - CDN"). "Service Impact"
   * is not the Service plane.
   */
  planeOfName(name: string): Plane | undefined {
    const key = name.toLowerCase().replace(/["'`]/g, '').trim();
    const compact = key.replace(/[\s_-]+/g, '');
    return this.planes.find((p) =>
      p.aliases.some((a) => compact === a.replace(/\s+/g, '')) ||
      new RegExp(`\\b${p.name.toLowerCase()}[\\s_-]*plane\\b`).test(key) ||
      compact.startsWith(`${p.name.toLowerCase()}plane`),
    );
  }

  /** A subgraph named for a retired plane: "Stream Plane", StreamPlane. */
  retiredOfName(name: string): { name: string; color: string } | undefined {
    const key = name.toLowerCase();
    const compact = key.replace(/[\s_-]+/g, '');
    return this.retired.find((r) => compact.startsWith(`${r.name.toLowerCase()}plane`) || new RegExp(`\\b${r.name.toLowerCase()}[\\s_-]*plane\\b`).test(key));
  }

  planeOfColor(color: string): { plane: Plane; legacy: boolean } | undefined {
    const c = normalizeColor(color);
    if (!c) return undefined;
    for (const plane of this.planes) {
      if (plane.color === c) return { plane, legacy: false };
      if (plane.legacyColors.includes(c)) return { plane, legacy: true };
    }
    return undefined;
  }

  /** Planes a flowchart shows: from its subgraphs and its plane classes. */
  planesOf(ast: FlowchartAst): Set<string> {
    const found = new Set<string>();
    for (const sg of ast.subgraphs) {
      const plane = this.planeOfName(sg.id) ?? (sg.title ? this.planeOfName(sg.title.text) : undefined);
      if (plane) found.add(plane.name);
    }
    for (const def of ast.classDefs) {
      for (const name of def.names) {
        const plane = this.planeOfName(name);
        if (plane && ast.classAssigns.some((a) => a.className === name)) found.add(plane.name);
      }
    }
    return found;
  }

  /** Class name → plane, for the classDefs of a diagram whose names say their plane. */
  classPlanes(ast: FlowchartAst): Map<string, Plane> {
    const map = new Map<string, Plane>();
    for (const def of ast.classDefs) {
      for (const name of def.names) {
        const plane = this.planeOfName(name);
        if (plane) map.set(name, plane);
      }
    }
    return map;
  }
}
