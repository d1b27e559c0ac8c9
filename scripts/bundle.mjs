// Bundles the built CLI (packages/cli/dist: bin and worker entries) into packages/cli/bundle/, a few
// ES modules instead of ~170 packages' and our own modules. Why: a pre-commit hook or a warm --cache
// run is mostly Node resolving, reading and compiling modules (measured: one file 0.45-0.52 s from
// dist/, 0.26-0.35 s bundled, same output). What is loaded only on demand stays outside: Mermaid and
// jsdom (diagram types without a grammar of ours), @mermaid-js/parser, and ajv (user config
// validation), which the CLI reaches through createRequire.
// bin/atlas-lint.js runs the bundle only while it is newer than the TypeScript build (stamp.json):
// after a bare `tsc -b` it runs dist/ again, so it never runs stale code.
// Usage: node scripts/bundle.mjs   (run by `npm run build` and after install)
//   ATLAS_BUNDLE_META=file.json also writes esbuild's metafile: which module went into which chunk.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'packages/cli');
const outdir = join(cli, 'bundle');

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { bin: join(cli, 'dist/bin.js'), worker: join(cli, 'dist/worker.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundled CommonJS packages (picomatch, js-yaml's deps…) call require() for Node built-ins.
  banner: { js: "import { createRequire as __atlasRequire } from 'node:module'; const require = __atlasRequire(import.meta.url);" },
  external: ['jsdom', 'mermaid', '@mermaid-js/parser', 'ajv', 'ajv/*', 'ajv-draft-04'],
  // Less text for V8 to scan at start-up; names are kept for readable stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
});
if (process.env.ATLAS_BUNDLE_META) writeFileSync(process.env.ATLAS_BUNDLE_META, JSON.stringify(result.metafile));
const inputs = Object.keys(result.metafile.inputs).length;
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
// The stamp: when the bundle was made, as a time in the file (npm pack resets file times).
writeFileSync(join(outdir, 'stamp.json'), JSON.stringify({ builtAt: Date.now() }));
console.log(`bundle: ${inputs} modules → packages/cli/bundle (${(bytes / 1024).toFixed(0)} KB with source maps)`);
