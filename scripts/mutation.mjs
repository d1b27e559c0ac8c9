// Mutation test: damage real diagrams the way authors do, label every mutant with Mermaid's own
// parser, and measure how often atlas-lint's verdict agrees. Mutants are generated at run time
// from the docs tree given (the corpus is read, never copied into the repository).
// Usage: npm run mutation -- [dir] [--count 3000] [--seed 1] [--show 20] [--no-build]
// Sources: 55% flowchart, 30% sequence, 15% every other type; a source of a type with its own
// mutators (gantt, pie, er, state, gitGraph, …) is damaged with them half of the time.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCorpus, referenceDiagrams, repoRoot } from './lib/corpus.mjs';
import { VerdictCache } from './lib/mermaid-oracle.mjs';
import { mutate as mutateChart } from './lib/chart-mutators.mjs';
import { mutateErMindmap } from './lib/er-mindmap-mutators.mjs';
import { mutateGanttTimeline } from './lib/gantt-timeline-mutators.mjs';
import { mutate as mutateGitGraph } from './lib/gitgraph-mutators.mjs';
import { mutators, seededRandom } from './lib/mutators.mjs';
import { mutatePie } from './lib/pie-mutators.mjs';
import { mutateState } from './lib/state-mutators.mjs';

/** Damage in each grammar's own vocabulary, for the types that have an exact grammar of ours. */
const typedMutators = {
  gantt: mutateGanttTimeline, timeline: mutateGanttTimeline,
  xychart: mutateChart, quadrantChart: mutateChart, sankey: mutateChart,
  pie: mutatePie, er: mutateErMindmap, mindmap: mutateErMindmap,
  stateDiagram: mutateState, state: mutateState, gitGraph: mutateGitGraph,
};

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const count = option('count', 3000);
const seed = option('seed', 1);
const show = option('show', 20);
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? defaultCorpus;
if (!args.includes('--no-build')) execFileSync('npx', ['tsc', '-b', 'packages/mermaid'], { cwd: repoRoot, stdio: 'inherit' });
const { parseDiagram, parseDiagramSync, validateDiagramSync } = await import(join(repoRoot, 'packages/mermaid/dist/index.js'));
const { validateParity } = await import('./lib/validate-check.mjs');
const parity = validateParity(validateDiagramSync);

const rng = seededRandom(seed);
const all = referenceDiagrams(dir).map((d) => ({ text: d.text, type: parseDiagramSync(d.text).type }));
const ours = all.filter((d) => /^flowchart|^sequence$/.test(d.type ?? ''));
const others = all.filter((d) => !/^flowchart|^sequence$/.test(d.type ?? ''));
const flowchartShare = ours.filter((d) => d.type !== 'sequence');
const sequenceShare = ours.filter((d) => d.type === 'sequence');
/** 55% flowchart, 30% sequence, 15% other types (each pool only when it is not empty). */
const pickSource = () => {
  const r = rng();
  const pool = r < 0.55 && flowchartShare.length ? flowchartShare : r < 0.85 && sequenceShare.length ? sequenceShare : others.length ? others : all;
  return pool[Math.floor(rng() * pool.length)];
};
const names = Object.keys(mutators);
const cache = new VerdictCache();
const stats = { total: 0, agree: 0, delegated: 0, delegatedAgree: 0, rejected: 0, perMutator: {}, perType: {} };
const disagreements = [];
let attempts = 0;
while (stats.total < count && attempts < count * 20) {
  attempts++;
  const { text: source, type: sourceType } = pickSource();
  const name = names[Math.floor(rng() * names.length)];
  // One to three damages, as an edit session makes them.
  let text = source;
  const applied = [];
  const typed = typedMutators[sourceType];
  if (typed && rng() < 0.5) {
    const out = typed(text, rng, sourceType);
    if (out !== null && out !== text) {
      text = out;
      applied.push(`${sourceType}-vocabulary`);
    }
  } else for (let k = 0, n = 1 + Math.floor(rng() * 2); k < n; k++) {
    const which = k === 0 ? name : names[Math.floor(rng() * names.length)];
    const out = mutators[which](text, rng);
    if (out !== null && out !== text) {
      text = out;
      applied.push(which);
    }
  }
  if (applied.length === 0) continue;
  const sync = parseDiagramSync(text);
  if (sync.verdict !== 'needs-oracle') parity.check(text, sync);
  const oracle = await cache.verdict(text);
  stats.total++;
  if (!oracle.valid) stats.rejected++;
  const type = sync.type ?? '(no type)';
  const bucketType = (stats.perType[type] ??= { total: 0, agree: 0 });
  const bucket = (stats.perMutator[applied[0]] ??= { total: 0, agree: 0 });
  bucketType.total++;
  bucket.total++;
  // Types only Mermaid judges go through the product's delegate (which takes shortcuts into
  // Mermaid): compared too, so the shortcuts are tested.
  const final = sync.verdict === 'needs-oracle' ? await parseDiagram(text) : sync;
  if (final.delegated) stats.delegated++;
  const agree = (final.verdict === 'valid') === oracle.valid;
  if (final.delegated && agree) stats.delegatedAgree++;
  if (agree) {
    stats.agree++;
    bucketType.agree++;
    bucket.agree++;
  } else {
    disagreements.push({ applied, type, text, mermaid: oracle.valid ? 'valid' : oracle.message, ours: final.verdict === 'valid' ? 'valid' : final.errors.map((e) => `${e.code}: ${e.message}`).join('; ') });
  }
}
cache.save();
const own = stats.total - stats.delegated;
const ownAgree = stats.agree - stats.delegatedAgree;
console.log(`mutation (seed ${seed}): ${stats.total} mutants (${stats.rejected} rejected by Mermaid), ${stats.agree} agree with Mermaid ${cache.version} (${((stats.agree / stats.total) * 100).toFixed(2)}%)`);
console.log(`judged without Mermaid (our grammars, Langium, no-type): ${own}, agreement ${((ownAgree / Math.max(1, own)) * 100).toFixed(2)}%; judged by Mermaid itself at lint time: ${stats.delegated ? `${stats.delegated}, agreement ${((stats.delegatedAgree / stats.delegated) * 100).toFixed(2)}%` : 'none'}`);
console.log(`per type: ${Object.entries(stats.perType).map(([t, v]) => `${t} ${v.agree}/${v.total}`).join(', ')}`);
console.log(`per mutator: ${Object.entries(stats.perMutator).map(([m, v]) => `${m} ${v.agree}/${v.total}`).join(', ')}`);
const out = `/tmp/atlas-lint-mutation-disagreements-seed${seed}.json`;
writeFileSync(out, JSON.stringify(disagreements, null, 2));
for (const d of disagreements.slice(0, show)) console.log(`\n[${d.type}: ${d.applied.join('+')}] mermaid: ${String(d.mermaid).split('\n')[0]} | ours: ${d.ours}\n${d.text.split('\n').slice(0, 12).join('\n')}`);
console.log(`\n${disagreements.length} disagreement(s); all written to ${out}`);
if (!parity.report() || stats.agree / stats.total < 0.995) process.exitCode = 1;
