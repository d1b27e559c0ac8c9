// Dev timing of parseDiagramSync as scripts/bench.mjs measures it (median over the diagrams our
// grammars judge of the mean of 5 calls, after a warm-up), without the peers, plus per-type medians
// and allocation (heap growth per call). Reads the built package: build first.
// Usage: node [--cpu-prof] packages/mermaid/src/dev/parse-bench.mjs [--rounds N] [--loops N]
import { join } from 'node:path';
import { repoRoot } from '../../../../scripts/lib/corpus.mjs';
import { corpusDiagrams } from './corpus-texts.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const loops = option('loops', 3);
const { parseDiagramSync } = await import(join(repoRoot, 'packages/mermaid/dist/index.js'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const all = corpusDiagrams().map((d) => d.text);
const diagrams = all.filter((text) => parseDiagramSync(text).verdict !== 'needs-oracle');
const types = diagrams.map((text) => parseDiagramSync(text).type ?? 'none');
const perDiagram = (list, rounds) => list.map((text) => {
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) parseDiagramSync(text);
  return Number(process.hrtime.bigint() - start) / 1e3 / rounds;
});
// CPU time per diagram too: the machine is shared, and wall time counts the waits for a core.
const cpuPerDiagram = (list, rounds) => list.map((text) => {
  const start = process.cpuUsage();
  for (let i = 0; i < rounds; i++) parseDiagramSync(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / rounds;
});
perDiagram(diagrams, 2);
for (let loop = 0; loop < loops; loop++) {
  const times = perDiagram(diagrams, 5);
  const byType = {};
  times.forEach((t, i) => (byType[types[i]] ??= []).push(t));
  const parts = Object.entries(byType).filter(([, ts]) => ts.length > 50).map(([type, ts]) => `${type} ${median(ts).toFixed(1)}`);
  const cpu = cpuPerDiagram(diagrams, 5);
  console.log(`median ${median(times).toFixed(1)} µs (cpu ${median(cpu).toFixed(1)}) over ${diagrams.length}   (${parts.join(', ')})`);
}
if (global.gc) {
  global.gc();
  const before = process.memoryUsage().heapUsed;
  const keep = diagrams.map((text) => parseDiagramSync(text));
  const after = process.memoryUsage().heapUsed;
  console.log(`retained ${((after - before) / keep.length / 1024).toFixed(1)} KB per diagram result`);
}
