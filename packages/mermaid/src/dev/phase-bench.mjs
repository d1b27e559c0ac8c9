// Dev timing of the corpus flowcharts stage by stage (flowchart-phases.mjs), on the built package.
// --profile SECONDS instead parses them in a loop, for `node --cpu-prof`.
// Usage: node packages/mermaid/src/dev/phase-bench.mjs [--rounds N] [--profile SECONDS]
import { flowchartPhases, validFlowcharts } from './flowchart-phases.mjs';
import { corpusDiagrams } from './corpus-texts.mjs';
import { join } from 'node:path';
import { repoRoot } from '../../../../scripts/lib/corpus.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const texts = validFlowcharts(corpusDiagrams().map((d) => d.text));

const profile = option('profile', 0);
if (profile) {
  const { parseDiagramSync } = await import(join(repoRoot, 'packages/mermaid/dist/index.js'));
  const end = Date.now() + profile * 1000;
  while (Date.now() < end) for (const t of texts) parseDiagramSync(t);
} else {
  const { diagrams, whole, stages } = flowchartPhases(texts, option('rounds', 5));
  console.log(`${diagrams} valid corpus flowcharts, median µs: whole parse ${whole.toFixed(1)}`);
  for (const [stage, us] of Object.entries(stages)) console.log(`  ${stage.padEnd(32)} ${us.toFixed(1)}`);
}
