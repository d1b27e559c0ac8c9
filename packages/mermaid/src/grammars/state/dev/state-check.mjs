// Dev check: our stateDiagram grammar against Mermaid on the corpus state diagrams, on seeded
// mutants of them and of fixtures/syntax/state, and on random diagrams built from the grammar's
// statement forms. Prints every disagreement and the agreement per set.
// Run: npx vite-node packages/mermaid/src/grammars/state/dev/state-check.mjs [mutants] [seed]
// Verdicts are cached in node_modules/.cache/atlas-lint/state-verdicts.json (not the shared cache).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { detectConfig, detectType } from '../../../detect.ts';
import { preprocess } from '../../../preprocess.ts';
import { parseState } from '../index.ts';
import { mermaidVerdict } from '../../../../../../scripts/lib/mermaid-oracle.mjs';
import { referenceDiagrams } from '../../../../../../scripts/lib/corpus.mjs';
import { mutateState, randomStateDiagram } from '../../../../../../scripts/lib/state-mutators.mjs';
import { seededRandom } from '../../../../../../scripts/lib/mutators.mjs';

const cacheFile = new URL('../../../../../../node_modules/.cache/atlas-lint/state-verdicts.json', import.meta.url);
const fixtureDir = new URL('../../../../../../fixtures/syntax/state/', import.meta.url);
const cache = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
const key = (t) => createHash('sha1').update(t).digest('hex');

const stateText = (text) => {
  const pre = preprocess(text);
  if (pre.preambleError) return null;
  const type = detectType(pre.cleaned, detectConfig(pre));
  return type === 'stateDiagram' || type === 'state' ? pre.cleaned : null;
};

const count = Number(process.argv[2] ?? 3000);
const rng = seededRandom(Number(process.argv[3] ?? 1));
const corpus = referenceDiagrams().map((d) => d.text).filter((t) => stateText(t) !== null);
const fixtures = existsSync(fixtureDir) ? readdirSync(fixtureDir).filter((f) => f.endsWith('.mmd')).map((f) => readFileSync(new URL(f, fixtureDir), 'utf8')) : [];
const seeds = [...corpus, ...fixtures];
const sets = [
  ['corpus', corpus],
  ['fixtures', fixtures],
  ['mutants', Array.from({ length: count }, () => mutateState(seeds[Math.floor(rng() * seeds.length)], rng))],
  // Random diagrams from the grammar's statement forms (half of them damaged too): combinations no seed holds.
  ['generated', Array.from({ length: Math.ceil(count / 3) }, () => randomStateDiagram(rng))],
];
let saved = 0;
for (const [name, texts] of sets) {
  const c = { n: 0, rejected: 0, disagree: 0 };
  for (const text of texts) {
    const cleaned = stateText(text);
    if (cleaned === null) continue;
    const k = key(text);
    if (!cache[k]) {
      cache[k] = await mermaidVerdict(text);
      if (++saved % 500 === 0) writeFileSync(cacheFile, JSON.stringify(cache));
    }
    const verdict = cache[k];
    const result = parseState(cleaned);
    const ours = result.errors.length === 0;
    c.n++;
    if (!verdict.valid) c.rejected++;
    if (ours !== verdict.valid) {
      c.disagree++;
      const why = ours ? verdict.message?.split('\n').pop()?.slice(0, 100) : `${result.errors[0].code}`;
      console.log(`DISAGREE ours=${ours} mermaid=${verdict.valid} (${why}): ${JSON.stringify(text).slice(0, 300)}`);
    }
  }
  console.log(`${name}: ${c.n} diagrams, ${c.rejected} rejected by Mermaid, ${c.disagree} disagreements, agreement ${(100 * (1 - c.disagree / Math.max(1, c.n))).toFixed(2)} %`);
}
// Median of warm runs: every corpus diagram parsed 200 times first so the JIT has settled.
const cleanedCorpus = corpus.map(stateText);
for (let r = 0; r < 200; r++) for (const cleaned of cleanedCorpus) parseState(cleaned);
const warm = cleanedCorpus.map((cleaned) => {
  const runs = [];
  for (let r = 0; r < 51; r++) {
    const t0 = performance.now();
    parseState(cleaned);
    runs.push((performance.now() - t0) * 1000);
  }
  return runs.sort((a, b) => a - b)[25];
}).sort((a, b) => a - b);
console.log(`parseState median per corpus diagram: ${warm[Math.floor(warm.length / 2)]?.toFixed(1)} µs`);
mkdirSync(new URL('.', cacheFile), { recursive: true });
writeFileSync(cacheFile, JSON.stringify(cache));
process.exit(0);
