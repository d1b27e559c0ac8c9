import { relative, sep } from 'node:path';

/** Path relative to cwd with forward slashes, as CI systems and SARIF want it. */
export function displayPath(filePath: string, cwd: string): string {
  const rel = filePath.startsWith('<') ? filePath : relative(cwd, filePath) || filePath;
  return sep === '/' ? rel : rel.split(sep).join('/');
}
