import { statSync } from 'node:fs';
import { resolve } from 'node:path';

export const LINTED_EXTENSIONS = ['md', 'markdown', 'mmd', 'mermaid'];

/**
 * Expands the user's paths and globs into files. Directories are searched for Markdown and Mermaid
 * files; .gitignore and .atlas-lintignore apply to what is found, not to files named explicitly.
 */
/** Whether a pattern is a glob rather than a path (globby's rule, without loading globby). */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}()!]/.test(pattern.replace(/\\./g, ''));
}

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
  const found = await Promise.all([
    ...directories.map((dir) => globby(`**/*.{${LINTED_EXTENSIONS.join(',')}}`, { ...options, cwd: dir })),
    globs.length > 0 ? globby(globs, { ...options, cwd }) : Promise.resolve([]),
  ]);
  const files = [...new Set([...explicit, ...found.flat()].map((file) => resolve(file)))].sort();
  return { files, missing };
}
