// Dev timing per phase of parseDiagramSync on the corpus flowcharts (built package): preprocess,
// detect, parseFlowchart alone, the whole front door. Median over diagrams of the mean of 5 calls.
// Usage: node packages/mermaid/src/dev/phase-bench.mjs [--loops N] [--profile SECONDS]
import { join } from 'node:path';
import { repoRoot } from '../../../../scripts/lib/corpus.mjs';
import { corpusDiagrams } from './corpus-texts.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const dist = (p) => import(join(repoRoot, 'packages/mermaid/dist', p));
const { parseDiagramSync } = await dist('index.js');
const { preprocess } = await dist('preprocess.js');
const { detectType, detectConfig } = await dist('detect.js');
const { parseFlowchart } = await dist('flowchart/index.js');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const texts = corpusDiagrams().map((d) => d.text).filter((t) => parseDiagramSync(t).type === 'flowchart-v2');
const cleaned = texts.map((t) => preprocess(t).cleaned);
const time = (fn, list) => median(list.map((x) => {
  const start = process.hrtime.bigint();
  for (let i = 0; i < 5; i++) fn(x);
  return Number(process.hrtime.bigint() - start) / 5e3;
}));
const profile = option('profile', 0);
if (profile) {
  const end = Date.now() + profile * 1000;
  while (Date.now() < end) for (const t of texts) parseDiagramSync(t);
  process.exit(0);
}
const phases = {
  preprocess: [(t) => preprocess(t), texts],
  detect: [(c) => detectType(c, {}), cleaned],
  parseFlowchart: [(c) => parseFlowchart(c), cleaned],
  parseDiagramSync: [(t) => parseDiagramSync(t), texts],
};
for (const [, [fn, list]] of Object.entries(phases)) time(fn, list);
for (let loop = 0; loop < option('loops', 3); loop++) {
  console.log(Object.entries(phases).map(([name, [fn, list]]) => `${name} ${time(fn, list).toFixed(1)}`).join('  '), `µs (${texts.length} flowcharts)`);
}
// Allocation per phase: heap growth over one pass (run with --expose-gc --max-semi-space-size=512
// so that no scavenge runs inside the pass).
if (global.gc) {
  for (const [name, [fn, list]] of Object.entries(phases)) {
    global.gc();
    const before = process.memoryUsage().heapUsed;
    for (const x of list) fn(x);
    const after = process.memoryUsage().heapUsed;
    console.log(`${name}: ${((after - before) / list.length / 1024).toFixed(1)} KB allocated per diagram`);
  }
}
