// Dev check: our xychart / quadrantChart / sankey grammars against Mermaid on the corpus and on
// seeded mutants of it. Run: npx vite-node packages/mermaid/src/grammars/xychart/dev/chart-check.mjs [mutants-per-type] [seed]
// Verdicts are cached in node_modules/.cache/atlas-lint/chart-verdicts.json (not the shared cache).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { detectConfig, detectType } from '../../../detect.ts';
import { preprocess } from '../../../preprocess.ts';
import { parseQuadrant } from '../../quadrant/index.ts';
import { parseSankey } from '../../sankey/index.ts';
import { parseXychart } from '../index.ts';
import { mermaidVerdict } from '../../../../../../scripts/lib/mermaid-oracle.mjs';
import { referenceDiagrams } from '../../../../../../scripts/lib/corpus.mjs';
import { mutate } from '../../../../../../scripts/lib/chart-mutators.mjs';
import { seededRandom } from '../../../../../../scripts/lib/mutators.mjs';

const grammars = { xychart: parseXychart, quadrantChart: parseQuadrant, sankey: parseSankey };
const cacheFile = new URL('../../../../../../node_modules/.cache/atlas-lint/chart-verdicts.json', import.meta.url);
const cache = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
const key = (t) => createHash('sha1').update(t).digest('hex');

const typeOf = (text) => {
  const pre = preprocess(text);
  if (pre.preambleError) return null;
  const type = detectType(pre.cleaned, detectConfig(pre));
  return type && grammars[type] ? { type, cleaned: pre.cleaned } : null;
};

const perType = Number(process.argv[2] ?? 1000);
const rng = seededRandom(Number(process.argv[3] ?? 1));
const corpus = referenceDiagrams().map((d) => d.text).filter((t) => typeOf(t));
const sets = [['corpus', corpus]];
for (const type of Object.keys(grammars)) {
  const seeds = corpus.filter((t) => typeOf(t)?.type === type);
  if (seeds.length === 0) continue;
  sets.push([`mutants of ${type}`, Array.from({ length: perType }, () => mutate(seeds[Math.floor(rng() * seeds.length)], rng, type))]);
}
for (const [name, texts] of sets) {
  const counts = {};
  for (const text of texts) {
    const detected = typeOf(text);
    if (!detected) continue;
    const k = key(text);
    cache[k] ??= await mermaidVerdict(text);
    const verdict = cache[k];
    const ours = grammars[detected.type](detected.cleaned).errors.length === 0;
    const c = (counts[detected.type] ??= { n: 0, rejected: 0, disagree: 0 });
    c.n++;
    if (!verdict.valid) c.rejected++;
    if (ours !== verdict.valid) {
      c.disagree++;
      console.log(`DISAGREE (${detected.type}) ours=${ours} mermaid=${verdict.valid}: ${JSON.stringify(text).slice(0, 200)}`);
    }
  }
  console.log(name, JSON.stringify(counts));
}
mkdirSync(new URL('.', cacheFile), { recursive: true });
writeFileSync(cacheFile, JSON.stringify(cache));
process.exit(0);
