// Conformance: atlas-lint's syntax verdict vs Mermaid 11.17.2's own, diagram by diagram.
// Positive = Mermaid rejects the diagram. Exits 1 on any disagreement.
// Usage: npm run conformance -- [dir] [--show N] [--no-build]
// Imports the built package (packages/mermaid/dist): builds it first unless --no-build.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { defaultCorpus, referenceDiagrams, repoRoot } from './lib/corpus.mjs';
import { VerdictCache } from './lib/mermaid-oracle.mjs';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--show') ?? defaultCorpus;
const showIndex = args.indexOf('--show');
const show = showIndex !== -1 ? Number(args[showIndex + 1]) : 50;
if (!args.includes('--no-build')) execFileSync('npx', ['tsc', '-b', 'packages/mermaid'], { cwd: repoRoot, stdio: 'inherit' });
const { parseDiagram, parseDiagramSync, validateDiagramSync, preprocess, grammars } = await import(join(repoRoot, 'packages/mermaid/dist/index.js'));
const { validateParity } = await import('./lib/validate-check.mjs');
const parity = validateParity(validateDiagramSync);

const diagrams = referenceDiagrams(dir);
const cache = new VerdictCache();
const counts = { TP: 0, TN: 0, FP: 0, FN: 0 };
const byType = {};
const delegated = {};
const disagreements = [];
const times = [];
const overhead = [];
const langium = {};
for (const d of diagrams) {
  const oracle = await cache.verdict(d.text);
  const start = process.hrtime.bigint();
  const sync = parseDiagramSync(d.text);
  if (sync.verdict !== 'needs-oracle') {
    times.push(Number(process.hrtime.bigint() - start) / 1e3);
    parity.check(d.text, sync);
    if (grammars[sync.type]) overhead.push({ text: d.text, type: sync.type });
  }
  // The product's path: our grammars, @mermaid-js/parser for its types, Mermaid itself for the rest.
  const ours = sync.verdict === 'needs-oracle' ? await parseDiagram(d.text) : sync;
  if (sync.verdict === 'needs-oracle' && !ours.delegated) langium[ours.type] = (langium[ours.type] ?? 0) + 1;
  if (ours.delegated) {
    const type = ours.type ?? '(no type)';
    delegated[type] = (delegated[type] ?? 0) + 1;
  }
  const oursInvalid = ours.verdict === 'invalid';
  const mermaidInvalid = !oracle.valid;
  const key = mermaidInvalid ? (oursInvalid ? 'TP' : 'FN') : oursInvalid ? 'FP' : 'TN';
  counts[key]++;
  const type = ours.type ?? '(no type)';
  byType[type] ??= { total: 0, agree: 0 };
  byType[type].total++;
  if (key === 'TP' || key === 'TN') byType[type].agree++;
  else disagreements.push({ d, key, oracle, ours });
}
cache.save();
const total = diagrams.length;
const agree = counts.TP + counts.TN;
times.sort((a, b) => a - b);
console.log(`conformance on ${dir}: ${total} diagrams, Mermaid ${cache.version} rejects ${counts.TP + counts.FN}`);
console.log(`TP ${counts.TP}  TN ${counts.TN}  FP ${counts.FP}  FN ${counts.FN}  agreement ${((agree / total) * 100).toFixed(2)}%`);
console.log(`per type (ours): ${Object.entries(byType).map(([t, v]) => `${t} ${v.agree}/${v.total}`).join(', ')}`);
console.log(`judged by Mermaid itself (no grammar of ours yet): ${Object.entries(delegated).map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}`);
console.log(`judged through @mermaid-js/parser (Langium): ${Object.entries(langium).map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}`);
// What the front door adds around the grammar (preprocessing, detection, span walk, lines),
// measured warm: per diagram, parseDiagramSync minus the grammar alone, 3 runs each.
const perRun = (fn, reps = 3) => {
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < reps; r++) fn();
  return Number(process.hrtime.bigint() - t0) / 1e3 / reps;
};
const frontDoor = overhead.map(({ text, type }) => {
  const cleaned = preprocess(text).cleaned;
  return perRun(() => parseDiagramSync(text)) - perRun(() => grammars[type](cleaned));
}).sort((a, b) => a - b);
console.log(`front door around our grammars (preprocess, detect, span walk, lines; warm): median ${frontDoor[Math.floor(frontDoor.length / 2)]?.toFixed(1)} µs per diagram`);
console.log(`our grammars: median ${times[Math.floor(times.length / 2)].toFixed(1)} µs per diagram (${times.length} diagrams, single thread)`);
for (const { d, key, oracle, ours } of disagreements.slice(0, show)) {
  console.log(`\n${key} ${d.rel}:${d.startLine} [${ours.type}]`);
  console.log(`  mermaid: ${oracle.valid ? 'valid' : (oracle.message ?? '').split('\n').slice(0, 4).join(' | ')}`);
  console.log(`  ours:    ${ours.errors.map((e) => `${e.span.loc?.start.line}:${e.span.loc?.start.column} ${e.code}: ${e.message}`).join('; ') || 'valid'}`);
}
if (!parity.report()) process.exitCode = 1;
if (disagreements.length > 0) {
  console.log(`\n${disagreements.length} disagreement(s)`);
  process.exitCode = 1;
}
