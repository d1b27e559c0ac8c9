import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintResult, ProjectFile, RuleSetting, SharedSettings } from '@atlas-lint/engine';
import { packEntries, unpackEntries, type PackedEntries } from './cache-format.js';

/** The on-disk layout (cache-format.ts); a cache of another layout is started afresh. */
const CACHE_FORMAT = 2;

/** The file's size and modification time when its content was read (ESLint's "metadata" check). */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

interface Entry {
  key: string;
  /** Hash of tool version + effective config, and the file's stamp, for hits without reading it. */
  config?: string;
  stamp?: FileStamp;
  result: LintResult;
  project: ProjectFile | null;
}

// node:crypto is loaded on first use, not imported: runs without --cache never pay for it.
let createHash: typeof import('node:crypto').createHash | undefined;
const sha1 = (text: string) => {
  createHash ??= (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash;
  return createHash('sha1').update(text).digest('hex');
};

/** The folder a package's entry module is in (dist/ when installed, src/ under vitest). */
function packageFolder(specifier: string): string | null {
  try {
    return dirname(fileURLToPath(import.meta.resolve(specifier)));
  } catch {
    return null;
  }
}

/**
 * A fingerprint of the code that produces results (sizes and times of the pipeline's modules), so
 * a rebuilt rule or grammar invalidates the cache even when the version number did not change.
 */
export function codeFingerprint(): string {
  // Run from the bundle, its stamp (written with it, after every build) names the code in one read.
  const bundleStamp = new URL('./stamp.json', import.meta.url);
  if (existsSync(bundleStamp)) return sha1(readFileSync(bundleStamp, 'utf8'));
  const parts: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.[cm]?[jt]s$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        const stats = statSync(path);
        parts.push(`${path}:${stats.size}:${stats.mtimeMs}`);
      }
    }
  };
  for (const specifier of ['@atlas-lint/markdown', '@atlas-lint/mermaid', '@atlas-lint/engine', '@atlas-lint/rules']) {
    const folder = packageFolder(specifier);
    if (folder) walk(folder);
  }
  return sha1(parts.sort().join('\n'));
}

/**
 * Results cache (--cache): one JSON file mapping each path to the result it had, valid while the
 * file's content, its effective config and the tool's version and code (codeFingerprint) are
 * unchanged.
 */
export class LintCache {
  private entries: Record<string, Entry> = {};
  private dirty = false;
  private readonly configHashes = new WeakMap<object, string>();

  constructor(
    readonly location: string,
    private readonly toolVersion: string,
  ) {
    try {
      const data = JSON.parse(readFileSync(location, 'utf8')) as PackedEntries & { version: string; format?: number };
      if (data.version === toolVersion && data.format === CACHE_FORMAT) this.entries = unpackEntries(data) as unknown as Record<string, Entry>;
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  /** Hash of the tool version and a file's effective config (memoised per config object). */
  configKey(rules: ReadonlyMap<string, RuleSetting>, settings: SharedSettings, extra: unknown): string {
    let configHash = this.configHashes.get(rules);
    if (!configHash) {
      configHash = sha1(`${this.toolVersion}\0${JSON.stringify([[...rules], settings, extra])}`);
      this.configHashes.set(rules, configHash);
    }
    return configHash;
  }

  key(source: string, configKey: string): string {
    return sha1(`${configKey}\0${source}`);
  }

  get(path: string, key: string): Omit<Entry, 'key'> | undefined {
    const entry = this.entries[path];
    return entry?.key === key ? entry : undefined;
  }

  /**
   * A hit without reading the file: same config, same size and modification time as when the
   * cached result was computed. Any difference falls back to the content key.
   */
  getByStamp(path: string, configKey: string, stamp: FileStamp): Omit<Entry, 'key'> | undefined {
    const entry = this.entries[path];
    return entry?.config === configKey && entry.stamp?.size === stamp.size && entry.stamp.mtimeMs === stamp.mtimeMs ? entry : undefined;
  }

  set(path: string, key: string, value: Omit<Entry, 'key'>): void {
    this.entries[path] = { key, ...value };
    this.dirty = true;
  }

  /** Merges entries computed elsewhere (worker threads). */
  absorb(entries: Record<string, Entry>): void {
    Object.assign(this.entries, entries);
    if (Object.keys(entries).length > 0) this.dirty = true;
  }

  takeNew(): Record<string, Entry> {
    return this.entries;
  }

  save(): void {
    if (!this.dirty) return;
    mkdirSync(dirname(this.location), { recursive: true });
    const temp = `${this.location}.${process.pid}.tmp`;
    const packed = packEntries(this.entries as unknown as Parameters<typeof packEntries>[0]);
    writeFileSync(temp, JSON.stringify({ version: this.toolVersion, format: CACHE_FORMAT, ...packed }));
    renameSync(temp, this.location);
  }
}
