// Whether packages/cli/bundle (scripts/bundle.mjs) was made after the last TypeScript build: each
// project's tsconfig.tsbuildinfo is rewritten whenever `tsc -b` rebuilds it, so one newer than the
// bundle's stamp means the bundle holds older code. Installed copies ship no build info: fresh.
import { readFileSync, statSync } from 'node:fs';

const defaultPackage = new URL('..', import.meta.url);

/** The build info of every project the bundle is made from, relative to the CLI package. */
export const buildInfoFiles = [
  'tsconfig.tsbuildinfo',
  '../markdown/tsconfig.tsbuildinfo',
  '../mermaid/tsconfig.tsbuildinfo',
  '../engine/tsconfig.tsbuildinfo',
  '../../rules/dist/tsconfig.tsbuildinfo',
];

/** `cliPackage`: the CLI package's folder URL (ending in /); tests pass a scratch one. */
export function bundleIsFresh(cliPackage = defaultPackage) {
  let builtAt;
  try {
    builtAt = JSON.parse(readFileSync(new URL('bundle/stamp.json', cliPackage), 'utf8')).builtAt;
  } catch {
    return false;
  }
  return buildInfoFiles.every((file) => {
    const stats = statSync(new URL(file, cliPackage), { throwIfNoEntry: false });
    return !stats || stats.mtimeMs <= builtAt;
  });
}
