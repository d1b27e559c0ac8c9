import picomatch from 'picomatch';
import { relative, resolve, sep } from 'node:path';
import { validateRuleOptions } from './options.js';
import { severityLevel } from './severity.js';
import type { ConfigChain, RuleEntry, RuleSetting } from './load.js';
import type { Rule } from '../types.js';

type Matcher = (path: string) => boolean;

/** A glob without a slash matches at any depth, as in .gitignore. */
export function compileGlobs(patterns: string[]): Matcher {
  if (patterns.length === 0) return () => false;
  return picomatch(
    patterns.map((p) => (p.includes('/') ? p.replace(/^\.\//, '') : `**/${p}`)),
    { dot: true },
  );
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * The path a glob is matched against: relative to the config's folder, or — for a file outside
 * it (linting ../docs) — the absolute path without its root, so that "**\/systems/**" still applies.
 */
export function globPath(base: string, absolutePath: string): string {
  const rel = toPosix(relative(base, absolutePath));
  return rel.startsWith('../') || rel === '..' ? toPosix(resolve(absolutePath)).replace(/^[A-Za-z]:/, '').replace(/^\/+/, '') : rel;
}

/** Effective rule settings per file, computed from a config chain. */
export class ResolvedConfig {
  private readonly layerMatchers: { match: Matcher | null; exclude: Matcher | null; base: string }[];
  private readonly ignoreMatchers: { base: string; match: Matcher }[];
  private readonly cache = new Map<string, Map<string, RuleSetting>>();
  /** rulesFor by path: a run asks for the same file more than once (cache key, then lint). */
  private readonly byPath = new Map<string, Map<string, RuleSetting>>();

  constructor(
    readonly chain: ConfigChain,
    private readonly rules: ReadonlyMap<string, Rule<never>>,
  ) {
    this.layerMatchers = chain.layers.map((layer) => ({
      base: layer.base,
      match: layer.files ? compileGlobs(layer.files) : null,
      exclude: layer.excludedFiles ? compileGlobs(layer.excludedFiles) : null,
    }));
    this.ignoreMatchers = chain.ignores.map((ignore) => ({ base: ignore.base, match: compileGlobs(ignore.patterns) }));
  }

  get settings() {
    return this.chain.settings;
  }

  isIgnored(absolutePath: string): boolean {
    return this.ignoreMatchers.some(({ base, match }) => {
      return match(globPath(base, absolutePath));
    });
  }

  /** Rules that are on for this file, with their validated options. */
  rulesFor(absolutePath: string): Map<string, RuleSetting> {
    const known = this.byPath.get(absolutePath);
    if (known) return known;
    const settings = this.settingsFor(absolutePath);
    this.byPath.set(absolutePath, settings);
    return settings;
  }

  private settingsFor(absolutePath: string): Map<string, RuleSetting> {
    // Layers mostly share one base folder: the path relative to it is worked out once.
    const relByBase = new Map<string, string>();
    const layerKey = this.layerMatchers
      .map(({ match, exclude, base }) => {
        if (!match) return '1';
        let rel = relByBase.get(base);
        if (rel === undefined) relByBase.set(base, (rel = globPath(base, absolutePath)));
        return match(rel) && !(exclude && exclude(rel)) ? '1' : '0';
      })
      .join('');
    let settings = this.cache.get(layerKey);
    if (settings) return settings;
    const entries = new Map<string, { level: number; given?: Record<string, unknown> }>();
    this.chain.layers.forEach((layer, i) => {
      if (layerKey[i] !== '1') return;
      for (const [id, entry] of Object.entries(layer.rules) as [string, RuleEntry][]) {
        const [severity, options] = Array.isArray(entry) ? entry : [entry, undefined];
        const previous = entries.get(id);
        entries.set(id, { level: severityLevel(severity) ?? 0, given: options ?? previous?.given });
      }
    });
    settings = new Map();
    for (const [id, { level, given }] of entries) {
      const rule = this.rules.get(id);
      if (!rule || level === 0) continue;
      const checked = validateRuleOptions(rule, given);
      // Options were validated at load time; this only fills defaults.
      if ('options' in checked) settings.set(id, { level: level as 1 | 2, options: checked.options });
    }
    this.cache.set(layerKey, settings);
    return settings;
  }
}
