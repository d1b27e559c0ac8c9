// Dev A/B timing under a shared (loaded) machine: parseDiagramSync of a git revision (default HEAD)
// against the working tree, both bundled from source with esbuild, measured in turns in one
// process. Per diagram the best of several rounds of the mean of 5 calls (the bench's unit), so
// the waits for a core that other processes cause mostly drop out; then the median over diagrams.
// Usage: node packages/mermaid/src/dev/ab-bench.mjs [--rev HEAD] [--rounds 7] [--only flowchart-v2] [--validate]
// --validate: time validateDiagramSync (the verdict without the AST) instead of parseDiagramSync.
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../../../scripts/lib/corpus.mjs';
import { corpusDiagrams } from './corpus-texts.mjs';

const args = process.argv.slice(2);
const value = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const rev = value('rev', 'HEAD');
const rounds = Number(value('rounds', 7));
const only = value('only', null);
const fnName = args.includes('--validate') ? 'validateDiagramSync' : 'parseDiagramSync';
const cache = join(repoRoot, 'node_modules/.cache/ab-bench');
const oldSrc = join(cache, 'old');
rmSync(cache, { recursive: true, force: true });
mkdirSync(oldSrc, { recursive: true });
execSync(`git archive ${rev} packages/mermaid/src | tar -x -C ${oldSrc}`, { cwd: repoRoot });

async function load(srcDir, name) {
  const outfile = join(cache, `${name}.mjs`);
  await build({
    stdin: { contents: `export { ${fnName} as timed } from './parse.ts';`, resolveDir: srcDir, loader: 'ts' },
    bundle: true, format: 'esm', platform: 'node', outfile, packages: 'external', logLevel: 'error',
    // Bare imports (js-yaml, mermaid) resolve from the repository's node_modules.
    nodePaths: [join(repoRoot, 'node_modules')],
  });
  return (await import(pathToFileURL(outfile).href)).timed;
}
const before = await load(join(oldSrc, 'packages/mermaid/src'), 'before');
const after = await load(join(repoRoot, 'packages/mermaid/src'), 'after');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let texts = corpusDiagrams().map((d) => d.text).filter((t) => after(t).verdict !== 'needs-oracle');
if (only) texts = texts.filter((t) => after(t).type === only);
const best = { before: texts.map(() => Infinity), after: texts.map(() => Infinity) };
const fns = { before, after };
for (const fn of Object.values(fns)) for (const t of texts) { fn(t); fn(t); }
for (let round = 0; round < rounds; round++) {
  for (const name of round % 2 ? ['after', 'before'] : ['before', 'after']) {
    const fn = fns[name];
    const times = best[name];
    for (let i = 0; i < texts.length; i++) {
      const start = process.hrtime.bigint();
      for (let k = 0; k < 5; k++) fn(texts[i]);
      const t = Number(process.hrtime.bigint() - start) / 5e3;
      if (t < times[i]) times[i] = t;
    }
  }
}
const b = median(best.before);
const a = median(best.after);
console.log(`${fnName}, ${texts.length} diagrams${only ? ` (${only})` : ''}, best of ${rounds}: ${rev} ${b.toFixed(1)} µs → working tree ${a.toFixed(1)} µs (${(b / a).toFixed(2)}×)`);
