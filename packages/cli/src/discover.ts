import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { walkFolder } from './walk.js';

export const LINTED_EXTENSIONS = ['md', 'markdown', 'mmd', 'mermaid'];

/**
 * Expands the user's paths and globs into files. Directories are searched for Markdown and Mermaid
 * files; .gitignore and .atlas-lintignore apply to what is found, not to files named explicitly.
 */
/** Whether a pattern is a glob rather than a path (globby's rule, without loading globby). */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}()!]/.test(pattern.replace(/\\./g, ''));
}

/**
 * Splits a glob into the folder it cannot leave (its leading segments without glob characters,
 * resolved) and the rest: "/docs/*.md" gives "/docs" and "*.md". globby applies ignore files
 * only below its cwd, so a glob reaching outside the working folder is searched from its base.
 */
export function splitGlob(pattern: string, cwd: string): { base: string; glob: string } {
  const segments = pattern.split('/');
  let k = 0;
  while (k < segments.length - 1 && !isGlob(segments[k]!)) k++;
  const prefix = segments.slice(0, k).join('/');
  return { base: resolve(cwd, prefix === '' && pattern.startsWith('/') ? '/' : prefix || '.'), glob: segments.slice(k).join('/') };
}

/** What globby is asked to apply to globs (and what walk.ts does for folders). */
export const globbyOptions = {
  gitignore: true,
  ignoreFiles: ['**/.atlas-lintignore'],
  ignore: ['**/node_modules/**', '**/.git/**'],
  followSymbolicLinks: false,
  dot: false,
  onlyFiles: true,
  absolute: true,
};

const inside = (folder: string, cwd: string) => {
  const rel = relative(cwd, folder);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

export async function discoverFiles(patterns: string[], cwd: string): Promise<{ files: string[]; missing: string[] }> {
  const explicit: string[] = [];
  const globs: string[] = [];
  const directories: string[] = [];
  const missing: string[] = [];
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    if (isGlob(pattern)) {
      globs.push(pattern);
      continue;
    }
    let stats;
    try {
      stats = statSync(resolve(cwd, pattern));
    } catch {
      missing.push(pattern);
      continue;
    }
    if (stats.isDirectory()) directories.push(resolve(cwd, pattern));
    else explicit.push(resolve(cwd, pattern));
  }
  // Each folder is searched from itself, its ignore files read relative to it, in one walk of ours
  // (walk.ts: globby's result for `**/*.{md,…}`, a third of its time).
  const inFolders = directories.flatMap((dir) => walkFolder(dir, LINTED_EXTENSIONS));
  const found: string[][] = [];
  if (globs.length > 0) {
    // Loaded only for globs: a pre-commit hook passes plain file names, CI a folder.
    const { globby } = await import('globby');
    // Globs under the working folder run together (negations apply to them); one reaching outside
    // it runs from its own base folder, since globby applies ignore files only below its cwd.
    const local = globs.filter((g) => g.startsWith('!') || inside(splitGlob(g, cwd).base, cwd));
    const outside = globs.filter((g) => !local.includes(g)).map((g) => splitGlob(g, cwd));
    found.push(...(await Promise.all([
      local.length > 0 ? globby(local, { ...globbyOptions, cwd }) : Promise.resolve([]),
      ...outside.map(({ base, glob }) => globby(glob, { ...globbyOptions, cwd: base })),
    ])));
  }
  const files = [...new Set([...explicit, ...inFolders, ...found.flat()].map((file) => resolve(file)))].sort();
  return { files, missing };
}
