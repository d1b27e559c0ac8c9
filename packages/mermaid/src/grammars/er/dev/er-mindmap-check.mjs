// Dev check: our erDiagram and mindmap grammars against Mermaid on the corpus diagrams of both
// types, and on seeded mutants of them and of our fixtures. Prints agreement per set and type,
// every disagreement, and the median time per corpus diagram.
// Run: npx vite-node packages/mermaid/src/grammars/er/dev/er-mindmap-check.mjs [mutants-per-type] [seed]
// Verdicts are cached in node_modules/.cache/atlas-lint/er-mindmap-verdicts.json (not the shared cache).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { detectConfig, detectType } from '../../../detect.ts';
import { preprocess } from '../../../preprocess.ts';
import { parseEr } from '../index.ts';
import { parseMindmap } from '../../mindmap/index.ts';
import { mermaidVerdict } from '../../../../../../scripts/lib/mermaid-oracle.mjs';
import { referenceDiagrams } from '../../../../../../scripts/lib/corpus.mjs';
import { mutateErMindmap } from '../../../../../../scripts/lib/er-mindmap-mutators.mjs';
import { seededRandom } from '../../../../../../scripts/lib/mutators.mjs';

const grammars = { er: parseEr, mindmap: parseMindmap };
const cacheFile = new URL('../../../../../../node_modules/.cache/atlas-lint/er-mindmap-verdicts.json', import.meta.url);
const cache = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
const key = (t) => createHash('sha1').update(t).digest('hex');

const typeOf = (text) => {
  const pre = preprocess(text);
  if (pre.preambleError) return null;
  const type = detectType(pre.cleaned, detectConfig(pre));
  return type && grammars[type] ? { type, cleaned: pre.cleaned } : null;
};

const fixtureTexts = (type) => {
  const dir = new URL(`../../../../../../fixtures/syntax/${type}/`, import.meta.url);
  return readdirSync(dir).filter((f) => f.endsWith('.mmd')).sort().map((f) => readFileSync(new URL(f, dir), 'utf8'));
};

const perType = Number(process.argv[2] ?? 2000);
const rng = seededRandom(Number(process.argv[3] ?? 1));
const corpus = referenceDiagrams().map((d) => d.text).filter((t) => typeOf(t));
const sets = [['corpus', corpus]];
for (const type of Object.keys(grammars)) {
  const fromCorpus = corpus.filter((t) => typeOf(t)?.type === type);
  const fromFixtures = fixtureTexts(type);
  // Half the mutants from the corpus (real diagrams), half from the fixtures (every feature).
  const seedOf = (i) => (i % 2 === 0 && fromCorpus.length > 0 ? fromCorpus[Math.floor(rng() * fromCorpus.length)] : fromFixtures[Math.floor(rng() * fromFixtures.length)]);
  sets.push([`mutants of ${type}`, Array.from({ length: perType }, (_, i) => mutateErMindmap(seedOf(i), rng, type))]);
}

let saved = 0;
for (const [name, texts] of sets) {
  const counts = {};
  for (const text of texts) {
    const detected = typeOf(text);
    if (!detected) continue;
    const k = key(text);
    if (!cache[k]) {
      cache[k] = await mermaidVerdict(text);
      if (++saved % 500 === 0) writeFileSync(cacheFile, JSON.stringify(cache));
    }
    const verdict = cache[k];
    const result = grammars[detected.type](detected.cleaned);
    const ours = result.errors.length === 0;
    const c = (counts[detected.type] ??= { n: 0, rejected: 0, disagree: 0 });
    c.n++;
    if (!verdict.valid) c.rejected++;
    if (ours !== verdict.valid) {
      c.disagree++;
      console.log(`DISAGREE (${detected.type}) ours=${ours} mermaid=${verdict.valid}: ${JSON.stringify(text).slice(0, 300)}\n   mermaid: ${String(verdict.message ?? '').split('\n').pop()?.slice(0, 160)}\n   ours: ${result.errors[0]?.code ?? ''}`);
    }
  }
  for (const [type, c] of Object.entries(counts)) {
    console.log(`${name} [${type}]: ${c.n - c.disagree}/${c.n} agree (${(((c.n - c.disagree) / c.n) * 100).toFixed(2)} %), ${c.rejected} rejected by Mermaid`);
  }
}

// Median µs per corpus diagram (each diagram timed over repeated runs, after a warm-up).
for (const type of Object.keys(grammars)) {
  const cleanedTexts = corpus.map((t) => typeOf(t)).filter((d) => d?.type === type).map((d) => d.cleaned);
  if (cleanedTexts.length === 0) continue;
  for (let i = 0; i < 200; i++) for (const t of cleanedTexts) grammars[type](t);
  const perDiagram = cleanedTexts.map((t) => {
    const runs = 300;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) grammars[type](t);
    return Number(process.hrtime.bigint() - t0) / 1000 / runs;
  }).sort((a, b) => a - b);
  console.log(`time [${type}]: median ${perDiagram[Math.floor(perDiagram.length / 2)].toFixed(1)} µs per corpus diagram (${cleanedTexts.length} diagrams)`);
}
mkdirSync(new URL('.', cacheFile), { recursive: true });
writeFileSync(cacheFile, JSON.stringify(cache));
process.exit(0);
