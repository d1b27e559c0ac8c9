import { globby, isDynamicPattern } from 'globby';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

export const LINTED_EXTENSIONS = ['md', 'markdown', 'mmd', 'mermaid'];

/**
 * Expands the user's paths and globs into files. Directories are searched for Markdown and Mermaid
 * files; .gitignore and .atlas-lintignore apply to what is found, not to files named explicitly.
 */
export async function discoverFiles(patterns: string[], cwd: string): Promise<{ files: string[]; missing: string[] }> {
  const explicit: string[] = [];
  const searches: string[] = [];
  const missing: string[] = [];
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    if (isDynamicPattern(pattern)) {
      searches.push(pattern);
      continue;
    }
    let stats;
    try {
      stats = statSync(resolve(cwd, pattern));
    } catch {
      missing.push(pattern);
      continue;
    }
    if (stats.isDirectory()) {
      const dir = pattern.replace(/\/+$/, '') || '.';
      searches.push(`${dir === '.' ? '' : `${globEscape(dir)}/`}**/*.{${LINTED_EXTENSIONS.join(',')}}`);
    } else {
      explicit.push(pattern);
    }
  }
  const found = searches.length > 0
    ? await globby(searches, {
        cwd,
        gitignore: true,
        ignoreFiles: ['**/.atlas-lintignore'],
        ignore: ['**/node_modules/**', '**/.git/**'],
        followSymbolicLinks: false,
        dot: false,
        onlyFiles: true,
      })
    : [];
  const files = [...new Set([...explicit, ...found])].sort();
  return { files, missing };
}

function globEscape(path: string): string {
  return path.replace(/[()[\]{}*?!]/g, '\\$&');
}
