// Dev check: our gitGraph grammar against Mermaid on the corpus gitGraph, the fixtures, seeded
// mutants of both, and random statement sequences (branch/checkout/merge/cherry-pick orders for
// the database rules). Run: npx vite-node packages/mermaid/src/grammars/gitgraph/dev/gitgraph-check.mjs [mutants] [random] [seed]
// Verdicts are cached in node_modules/.cache/atlas-lint/gitgraph-verdicts.json (not the shared cache).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { detectConfig, detectType } from '../../../detect.ts';
import { preprocess } from '../../../preprocess.ts';
import { parseGitGraph } from '../index.ts';
import { mermaidVerdict } from '../../../../../../scripts/lib/mermaid-oracle.mjs';
import { referenceDiagrams } from '../../../../../../scripts/lib/corpus.mjs';
import { mutate, randomGitGraph } from '../../../../../../scripts/lib/gitgraph-mutators.mjs';
import { seededRandom } from '../../../../../../scripts/lib/mutators.mjs';

const cacheFile = new URL('../../../../../../node_modules/.cache/atlas-lint/gitgraph-verdicts.json', import.meta.url);
const cache = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
const key = (t) => createHash('sha1').update(t).digest('hex');

const detect = (text) => {
  const pre = preprocess(text);
  if (pre.preambleError) return null;
  const config = detectConfig(pre);
  return detectType(pre.cleaned, config) === 'gitGraph' ? { cleaned: pre.cleaned, config } : null;
};

// About a quarter of the mutants damage the header so far that no gitGraph is detected: 7000 give ≥ 5000 judged.
const mutants = Number(process.argv[2] ?? 7000);
const randoms = Number(process.argv[3] ?? 2000);
const rng = seededRandom(Number(process.argv[4] ?? 1));
const corpus = referenceDiagrams().map((d) => d.text).filter((t) => detect(t));
const fixtureDir = new URL('../../../../../../fixtures/syntax/gitgraph/', import.meta.url);
const fixtures = readdirSync(fixtureDir).filter((f) => f.endsWith('.mmd')).sort().map((f) => readFileSync(new URL(f, fixtureDir), 'utf8'));
const seeds = [...corpus, ...fixtures.filter((t) => !t.includes('%% invalid-seed'))];
const sets = [
  ['corpus', corpus],
  ['fixtures', fixtures],
  ['mutants', Array.from({ length: mutants }, () => mutate(seeds[Math.floor(rng() * seeds.length)], rng))],
  ['random sequences', Array.from({ length: randoms }, () => randomGitGraph(rng))],
];
const times = [];
let flushed = 0;
for (const [name, texts] of sets) {
  const c = { n: 0, rejected: 0, disagree: 0, other: 0 };
  for (const text of texts) {
    const detected = detect(text);
    if (!detected) {
      c.other++;
      continue;
    }
    const k = key(text);
    cache[k] ??= await mermaidVerdict(text);
    if (++flushed % 2000 === 0) writeFileSync(cacheFile, JSON.stringify(cache));
    const verdict = cache[k];
    const start = performance.now();
    const result = parseGitGraph(detected.cleaned, detected.config);
    times.push((performance.now() - start) * 1000);
    const ours = result.errors.length === 0;
    c.n++;
    if (!verdict.valid) c.rejected++;
    if (ours !== verdict.valid) {
      c.disagree++;
      console.log(`DISAGREE ours=${ours} mermaid=${verdict.valid}: ${JSON.stringify(text).slice(0, 240)}\n   mermaid: ${(verdict.message ?? '').slice(0, 160)}\n   ours: ${result.errors[0]?.code ?? ''} ${result.errors[0]?.message ?? ''}`);
    }
  }
  console.log(name, JSON.stringify(c), c.n ? `${(100 * (c.n - c.disagree) / c.n).toFixed(2)} % agree` : '');
}
times.sort((a, b) => a - b);
console.log(`median ${times[Math.floor(times.length / 2)]?.toFixed(1)} µs, p99 ${times[Math.floor(times.length * 0.99)]?.toFixed(1)} µs over ${times.length} texts`);
mkdirSync(new URL('.', cacheFile), { recursive: true });
writeFileSync(cacheFile, JSON.stringify(cache));
process.exit(0);
