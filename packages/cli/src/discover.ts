import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

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
  const options = {
    gitignore: true,
    ignoreFiles: ['**/.atlas-lintignore'],
    ignore: ['**/node_modules/**', '**/.git/**'],
    followSymbolicLinks: false,
    dot: false,
    onlyFiles: true,
    absolute: true,
  };
  if (directories.length === 0 && globs.length === 0) return { files: [...new Set(explicit)].sort(), missing };
  // Loaded only when there is something to search: a pre-commit hook passes plain file names.
  const { globby } = await import('globby');
  // Each folder is searched from itself: ignore files are read relative to the search root,
  // and globby cannot apply them to paths outside its cwd.
  // Globs under the working folder run together (negations apply to them); one reaching outside
  // it runs from its own base folder.
  const local = globs.filter((g) => g.startsWith('!') || inside(splitGlob(g, cwd).base, cwd));
  const outside = globs.filter((g) => !local.includes(g)).map((g) => splitGlob(g, cwd));
  const found = await Promise.all([
    ...directories.map((dir) => globby(`**/*.{${LINTED_EXTENSIONS.join(',')}}`, { ...options, cwd: dir })),
    local.length > 0 ? globby(local, { ...options, cwd }) : Promise.resolve([]),
    ...outside.map(({ base, glob }) => globby(glob, { ...options, cwd: base })),
  ]);
  const files = [...new Set([...explicit, ...found.flat()].map((file) => resolve(file)))].sort();
  return { files, missing };
}
