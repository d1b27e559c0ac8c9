import { resolve } from 'node:path';
import { compileGlobs, globPath, type ProjectFile, type SharedSettings } from '@atlas-lint/engine';
import { TARGET_ID, type TargetStatus, type TrackingSheet, type TrackingTarget } from './sheet.js';

/** A page or diagram saying "I am target X". */
export interface Claim {
  id: string;
  relativePath: string;
  via: 'diagram' | 'front-matter' | 'path-map';
  /** Diagram index for diagram claims. */
  diagram?: number;
  line: number;
}

export interface TargetState {
  target: TrackingTarget;
  claims: Claim[];
  /** What the docs show: complete (claimed, every claimed diagram passes every error-level rule), in-progress (claimed, failing or no diagram), pending (unclaimed). */
  measured: TargetStatus;
}

export interface CategoryProgress {
  name: string;
  /** From the summary table, else the heading's "(N diagrams)", else the rows listed. */
  expected: number;
  listed: number;
  complete: number;
  inProgress: number;
  pending: number;
  /** Claimed diagrams of this category that pass every error-level rule, over all claimed diagrams. */
  compliance: number | null;
}

export interface Progress {
  targets: TargetState[];
  categories: CategoryProgress[];
  expectedTotal: number;
  claims: Claim[];
}

/** Absolute path of the configured sheet, or undefined when none is configured. */
export function sheetPath(settings: SharedSettings): string | undefined {
  return settings.tracking?.sheet ? resolve(settings.configDir, settings.tracking.sheet) : undefined;
}

function frontMatterIds(frontMatter: Record<string, unknown> | null): string[] {
  const value = frontMatter?.['atlas-ids'] ?? frontMatter?.['atlas-id'];
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** Every claim: `%% atlas-id:` in diagrams, `atlas-ids:` in front matter, and the config's path map. */
export function collectClaims(files: ProjectFile[], settings: SharedSettings, root: string, ids: readonly string[]): Claim[] {
  const claims: Claim[] = [];
  const pathMap = Object.entries(settings.tracking?.paths ?? {}).map(([glob, patterns]) => ({
    match: compileGlobs([glob]),
    patterns: [patterns].flat().map((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)),
  }));
  for (const file of files) {
    for (const summary of file.diagrams) {
      for (const id of summary.ids) claims.push({ id, relativePath: file.relativePath, via: 'diagram', diagram: summary.index, line: summary.line });
    }
    for (const id of frontMatterIds(file.frontMatter)) claims.push({ id, relativePath: file.relativePath, via: 'front-matter', line: 1 });
    const fromConfig = globPath(settings.configDir, resolve(root, file.relativePath));
    for (const entry of pathMap) {
      if (!entry.match(fromConfig)) continue;
      for (const id of ids) if (entry.patterns.some((p) => p.test(id))) claims.push({ id, relativePath: file.relativePath, via: 'path-map', line: 1 });
    }
  }
  return claims;
}

/** Whether what a claim points at exists and passes every error-level rule. */
function claimPasses(claim: Claim, files: Map<string, ProjectFile>): boolean {
  const file = files.get(claim.relativePath);
  if (!file) return false;
  const diagrams = claim.via === 'diagram' ? file.diagrams.filter((d) => d.index === claim.diagram) : file.diagrams;
  return diagrams.length > 0 && diagrams.every((d) => d.valid && d.errorCount === 0);
}

export function measureProgress(sheet: TrackingSheet, files: ProjectFile[], settings: SharedSettings, root: string): Progress {
  const byPath = new Map(files.map((f) => [f.relativePath, f]));
  const ids = sheet.targets.map((t) => t.id).filter((id) => TARGET_ID.test(id));
  const claims = collectClaims(files, settings, root, ids);
  const claimsById = new Map<string, Claim[]>();
  for (const claim of claims) claimsById.set(claim.id, [...(claimsById.get(claim.id) ?? []), claim]);
  const targets: TargetState[] = sheet.targets.map((target) => {
    const own = claimsById.get(target.id) ?? [];
    const measured: TargetStatus = own.length === 0 ? 'pending' : own.every((c) => claimPasses(c, byPath)) ? 'complete' : 'in-progress';
    return { target, claims: own, measured };
  });
  // Categories are what the summary table lists, plus any ### section that lists targets
  // ("### Overview" or "### Phase 1" sections are prose, not categories).
  const withTargets = new Set(sheet.targets.map((t) => t.category.toLowerCase()));
  const names = [...new Set([
    ...sheet.summary.filter((s) => !s.isTotal).map((s) => s.category),
    ...sheet.categories.filter((c) => withTargets.has(c.name.toLowerCase())).map((c) => c.name),
  ])];
  const categories = names.map((name): CategoryProgress => {
    const key = name.toLowerCase();
    const rows = targets.filter((t) => t.target.category.toLowerCase() === key);
    const summaryTotal = sheet.summary.find((s) => s.category.toLowerCase() === key)?.total;
    const declared = sheet.categories.find((c) => c.name.toLowerCase() === key)?.declared;
    const expected = summaryTotal ?? declared ?? rows.length;
    const complete = rows.filter((t) => t.measured === 'complete').length;
    const inProgress = rows.filter((t) => t.measured === 'in-progress').length;
    const claimed = rows.flatMap((t) => t.claims);
    const passing = claimed.filter((c) => claimPasses(c, byPath)).length;
    return {
      name, expected, listed: rows.length, complete, inProgress,
      pending: Math.max(0, expected - complete - inProgress),
      compliance: claimed.length > 0 ? passing / claimed.length : null,
    };
  });
  const total = sheet.summary.find((s) => s.isTotal)?.total;
  return { targets, categories, expectedTotal: total ?? categories.reduce((n, c) => n + c.expected, 0), claims };
}
