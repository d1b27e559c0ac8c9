// Grammar fuzz: diagrams generated from each grammar's vocabulary (scripts/lib/grammar-fuzz.mjs),
// labelled with Mermaid's own parser and compared with atlas-lint's verdict. The corpus-derived
// tests (conformance, mutation) only reach what real documents contain; this reaches the rest.
// Usage: node scripts/grammar-fuzz.mjs [--count 3000] [--seed 1] [--types flowchart,sequence] [--show 20] [--no-build]
//        [--dist dir]: judge with another build of packages/mermaid (e.g. one made before a change)
// Exits non-zero on any disagreement; all of them are written to /tmp as JSON.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/corpus.mjs';
import { fuzzTypes, generate } from './lib/grammar-fuzz.mjs';
import { VerdictCache } from './lib/mermaid-oracle.mjs';
import { seededRandom } from './lib/mutators.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const count = Number(option('count', 3000));
const seed = Number(option('seed', 1));
const show = Number(option('show', 20));
const types = option('types', 'flowchart,sequence').split(',');
for (const type of types) if (!fuzzTypes.includes(type)) throw new Error(`unknown type ${type}; known: ${fuzzTypes.join(', ')}`);
if (!args.includes('--no-build')) execFileSync('npx', ['tsc', '-b', 'packages/mermaid'], { cwd: repoRoot, stdio: 'inherit' });
const { parseDiagramSync, validateDiagramSync } = await import(join(repoRoot, option('dist', 'packages/mermaid/dist'), 'index.js'));
const { validateParity } = await import('./lib/validate-check.mjs');
const parity = validateParity(validateDiagramSync);

const rng = seededRandom(seed);
const cache = new VerdictCache();
const perType = {};
const perFeature = {};
const disagreements = [];
let total = 0, agree = 0, rejected = 0, skipped = 0;
for (let i = 0; i < count; i++) {
  const type = types[i % types.length];
  const { text, features } = generate(type, rng);
  const ours = parseDiagramSync(text);
  if (ours.verdict === 'needs-oracle') { skipped++; continue; }
  parity.check(text, ours);
  const oracle = await cache.verdict(text);
  total++;
  if (!oracle.valid) rejected++;
  const same = (ours.verdict === 'valid') === oracle.valid;
  const typeBucket = (perType[type] ??= { total: 0, agree: 0, rejected: 0 });
  typeBucket.total++;
  if (!oracle.valid) typeBucket.rejected++;
  for (const f of features) {
    const b = (perFeature[`${type}: ${f}`] ??= { total: 0, agree: 0 });
    b.total++;
    if (same) b.agree++;
  }
  if (same) { agree++; typeBucket.agree++; continue; }
  disagreements.push({ type, features, text, mermaid: oracle.valid ? 'valid' : oracle.message, ours: ours.verdict === 'valid' ? 'valid' : ours.errors.map((e) => `${e.code}: ${e.message}`).join('; ') });
}
cache.save();
const pct = (a, n) => `${((a / Math.max(1, n)) * 100).toFixed(2)}%`;
console.log(`grammar-fuzz (seed ${seed}): ${total} diagrams (${rejected} rejected by Mermaid ${cache.version}, ${skipped} left to Mermaid by us), ${agree} agree (${pct(agree, total)})`);
console.log(`per type: ${Object.entries(perType).map(([t, v]) => `${t} ${v.agree}/${v.total} (${v.rejected} rejected)`).join(', ')}`);
const weak = Object.entries(perFeature).filter(([, v]) => v.agree < v.total).sort((a, b) => a[1].agree / a[1].total - b[1].agree / b[1].total);
console.log(`per feature (${Object.keys(perFeature).length} seen; those with disagreements first):`);
for (const [f, v] of weak) console.log(`  ${f}: ${v.agree}/${v.total}`);
if (args.includes('--all-features')) for (const [f, v] of Object.entries(perFeature).filter(([, v]) => v.agree === v.total)) console.log(`  ${f}: ${v.agree}/${v.total}`);
const out = `/tmp/atlas-lint-grammar-fuzz-seed${seed}.json`;
writeFileSync(out, JSON.stringify(disagreements, null, 2));
for (const d of disagreements.slice(0, show)) console.log(`\n[${d.type}: ${d.features.join(', ')}]\nmermaid: ${String(d.mermaid).split('\n')[0]}\nours: ${d.ours}\n${d.text}`);
console.log(`\n${disagreements.length} disagreement(s); all written to ${out}`);
if (!parity.report() || disagreements.length) process.exitCode = 1;
