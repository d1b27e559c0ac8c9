// Dev check for the flowchart grammar: parseFlowchart's verdict vs Mermaid 11.17.2 on every flowchart
// of a corpus (default: the reference corpus), plus timing. Bundles the TypeScript source with esbuild,
// so no build is needed. Usage: node scripts/dev-flowchart.mjs [dir] [--show N] [--bench] [--mutate N --seed S]
// --mutate: also N mutants of the corpus flowcharts (damaged as scripts/lib/mutators.mjs does), labelled by Mermaid.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultCorpus, referenceDiagrams, repoRoot } from './lib/corpus.mjs';
import { VerdictCache } from './lib/mermaid-oracle.mjs';
import { mutators, seededRandom } from './lib/mutators.mjs';

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt === -1 ? 30 : Number(args[showAt + 1]);
const option = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? defaultCorpus;

const bundle = await build({
  stdin: {
    contents: "export { parseFlowchart } from './flowchart/index.ts'; export { preprocess } from './preprocess.ts';",
    resolveDir: join(repoRoot, 'packages/mermaid/src'),
    loader: 'ts',
  },
  bundle: true, format: 'esm', platform: 'node', write: false, packages: 'external',
});
// Written inside the repository so that bare imports (js-yaml) resolve from its node_modules.
const out = join(repoRoot, 'node_modules/.cache/dev-flowchart.bundle.mjs');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bundle.outputFiles[0].text);
const { parseFlowchart, preprocess } = await import(pathToFileURL(out).href);

const cache = new VerdictCache();
const HEADER = /^(graph|flowchart|flowchart-elk)\b/;
const counts = { TP: 0, TN: 0, FP: 0, FN: 0 };
const bad = [];
const cleanedAll = [];
for (const d of referenceDiagrams(dir)) {
  const { cleaned } = preprocess(d.text);
  if (!HEADER.test(cleaned)) continue;
  const oracle = await cache.verdict(d.text);
  // Mermaid's detector decides the type: skip what it does not call a flowchart (when it says).
  if (oracle.valid && oracle.type && !/flowchart|graph/.test(oracle.type)) continue;
  cleanedAll.push(cleaned);
  const { errors } = parseFlowchart(cleaned);
  const oursInvalid = errors.length > 0;
  const key = !oracle.valid ? (oursInvalid ? 'TP' : 'FN') : oursInvalid ? 'FP' : 'TN';
  counts[key]++;
  if (key === 'FP' || key === 'FN') bad.push({ d, key, oracle, errors, cleaned });
}
cache.save();
const total = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(`flowcharts: ${total}  TP ${counts.TP} TN ${counts.TN} FP ${counts.FP} FN ${counts.FN}  agree ${(((counts.TP + counts.TN) / total) * 100).toFixed(2)}%`);
for (const { d, key, oracle, errors, cleaned } of bad.slice(0, show)) {
  console.log(`\n${key} ${d.rel}:${d.startLine}  mermaid: ${oracle.message?.split('\n').slice(0, 3).join(' | ')}`);
  if (errors[0]) console.log(`  ours: ${errors[0].code} @${errors[0].span.start} ${JSON.stringify(cleaned.slice(errors[0].span.start, errors[0].span.start + 30))}`);
}
const mutants = option('mutate', 0);
if (mutants > 0) {
  const rng = seededRandom(option('seed', 1));
  const names = Object.keys(mutators);
  const sources = cleanedAll;
  const m = { total: 0, agree: 0, rejected: 0 };
  const shown = [];
  for (let attempts = 0; m.total < mutants && attempts < mutants * 20; attempts++) {
    let text = sources[Math.floor(rng() * sources.length)];
    for (let k = 0, n = 1 + Math.floor(rng() * 2); k < n; k++) text = mutators[names[Math.floor(rng() * names.length)]](text, rng) ?? text;
    if (!HEADER.test(text)) continue;
    const oracle = await cache.verdict(text);
    if (oracle.valid && oracle.type && !/flowchart|graph/.test(oracle.type)) continue;
    m.total++;
    if (!oracle.valid) m.rejected++;
    const { errors } = parseFlowchart(text);
    if ((errors.length === 0) === oracle.valid) m.agree++;
    else shown.push({ text, oracle, errors });
  }
  cache.save();
  console.log(`mutants: ${m.total} (${m.rejected} rejected by Mermaid), agree ${m.agree} (${((m.agree / m.total) * 100).toFixed(2)}%)`);
  for (const { text, oracle, errors } of shown.slice(0, show)) {
    console.log(`\nmermaid: ${oracle.valid ? 'valid' : oracle.message?.split('\n')[0]} | ours: ${errors[0] ? `${errors[0].code} @${errors[0].span.start}` : 'valid'}`);
    console.log(text.length > 600 ? `${text.slice(0, 600)}…` : text);
  }
}
if (args.includes('--bench')) {
  for (let r = 0; r < 3; r++) for (const t of cleanedAll) parseFlowchart(t); // warm-up
  const times = [];
  for (const t of cleanedAll) {
    let best = Infinity;
    for (let r = 0; r < 5; r++) {
      const s = process.hrtime.bigint();
      parseFlowchart(t);
      best = Math.min(best, Number(process.hrtime.bigint() - s) / 1e3);
    }
    times.push(best);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(`parseFlowchart: median ${at(0.5)} µs, p90 ${at(0.9)} µs, p99 ${at(0.99)} µs, max ${at(1)} µs over ${times.length} flowcharts (best of 5 each)`);
}
