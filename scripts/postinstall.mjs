// Builds the TypeScript packages after `npm install` / `npm ci` in a checkout. An installed copy
// (a packed tarball, as the pre-commit framework installs it) already ships its dist/ and has no
// TypeScript: nothing to do there. (Not `prepare`: npm prints its banner into `npm pack`'s
// output, which tools that read the tarball's name from it — pre-commit — then misread.)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let tsc;
try {
  tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  tsc = undefined;
}
if (!tsc || !existsSync(join(root, 'tsconfig.json'))) {
  if (!existsSync(join(root, 'packages/cli/dist/bin.js'))) console.warn('atlas-lint: no TypeScript to build with and no build present');
  process.exit(0);
}
const result = spawnSync(process.execPath, [tsc, '-b'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
// The bundle only speeds up start-up: without it the launcher runs dist/.
const bundled = spawnSync(process.execPath, [join(root, 'scripts/bundle.mjs')], { cwd: root, stdio: 'inherit' });
if (bundled.status !== 0) console.warn('atlas-lint: no bundle made; the CLI runs from dist/ (slower start)');
process.exit(0);
