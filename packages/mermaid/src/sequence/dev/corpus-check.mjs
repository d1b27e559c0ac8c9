// Dev check: parseSequence's verdict vs Mermaid 11.17.2's on every sequence diagram of the corpus
// (or of a folder given as argument), with timings. Prints each disagreement.
// Usage: node packages/mermaid/src/sequence/dev/corpus-check.mjs [dir] [--show N]
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { defaultCorpus, referenceDiagrams, repoRoot } from '../../../../../scripts/lib/corpus.mjs';
import { VerdictCache } from '../../../../../scripts/lib/mermaid-oracle.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--show') ?? defaultCorpus;
const show = args.includes('--show') ? Number(args[args.indexOf('--show') + 1]) : 30;

// Bundle the TypeScript sources once (no build of the package needed).
const out = join(repoRoot, 'node_modules/.cache', `atlas-seq-${process.pid}.mjs`);
await build({
  stdin: { contents: "export { parseSequence } from './sequence/index.ts'; export { preprocess } from './preprocess.ts';", resolveDir: join(here, '../..'), loader: 'ts' },
  bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error', packages: 'external',
});
const { parseSequence, preprocess } = await import(pathToFileURL(out).href);
(await import('node:fs')).rmSync(out);

const cache = new VerdictCache();
const rows = [];
for (const d of referenceDiagrams(dir)) {
  const pre = preprocess(d.text);
  if (pre.preambleError || !/^sequenceDiagram/.test(pre.cleaned)) continue;
  rows.push({ d, cleaned: pre.cleaned, oracle: await cache.verdict(d.text) });
}
cache.save();
let agree = 0;
const wrong = [];
for (const row of rows) {
  const ours = parseSequence(row.cleaned);
  if ((ours.errors.length === 0) === row.oracle.valid) agree++;
  else wrong.push({ row, ours });
}
// Timing: several rounds, median per diagram of the best round.
const times = rows.map(() => Infinity);
for (let round = 0; round < 5; round++) {
  rows.forEach((row, i) => {
    const t = process.hrtime.bigint();
    parseSequence(row.cleaned);
    times[i] = Math.min(times[i], Number(process.hrtime.bigint() - t) / 1e3);
  });
}
times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
const invalid = rows.filter((r) => !r.oracle.valid).length;
console.log(`sequence diagrams: ${rows.length} (${invalid} rejected by Mermaid); agree ${agree}, disagree ${wrong.length}`);
console.log(`time per diagram: median ${pct(0.5)} µs, p90 ${pct(0.9)} µs, p99 ${pct(0.99)} µs, max ${times[times.length - 1].toFixed(1)} µs`);
for (const { row, ours } of wrong.slice(0, show)) {
  console.log(`\n--- ${row.d.rel}#${row.d.index} mermaid=${row.oracle.valid ? 'valid' : 'invalid'} ours=${ours.errors.length ? 'invalid' : 'valid'}`);
  if (row.oracle.message) console.log(`mermaid: ${row.oracle.message.split('\n').slice(0, 4).join(' | ')}`);
  if (ours.errors[0]) console.log(`ours: ${ours.errors[0].code} @${ours.errors[0].span.start}: ${ours.errors[0].message} | ${JSON.stringify(row.cleaned.slice(Math.max(0, ours.errors[0].span.start - 40), ours.errors[0].span.start + 40))}`);
}
