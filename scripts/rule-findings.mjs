// Runs the recommended preset over a docs tree and prints findings per rule and per top-level
// folder, with a few examples per rule to read by hand.
// Usage: node scripts/rule-findings.mjs [dir] [--examples N]   (build first: npx tsc -b; --examples 0: table only)
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { defaultCorpus, repoRoot } from './lib/corpus.mjs';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--examples') ?? defaultCorpus;
const examplesIndex = args.indexOf('--examples');
const examples = examplesIndex === -1 ? 3 : Number(args[examplesIndex + 1]);
const out = join(mkdtempSync(join(tmpdir(), 'atlas-lint-findings-')), 'results.json');
const run = spawnSync('node', [join(repoRoot, 'packages/cli/bin/atlas-lint.js'), dir, '--format', 'json', '--output-file', out], { encoding: 'utf8' });
if (run.status === 2) {
  console.error(run.stderr);
  process.exit(2);
}
const results = JSON.parse(readFileSync(out, 'utf8'));
const byRule = new Map();
const folders = new Set();
for (const result of results) {
  const rel = relative(dir, result.filePath);
  const folder = rel.includes('/') ? rel.split('/')[0] : '(top)';
  folders.add(folder);
  for (const m of result.messages) {
    const entry = byRule.get(m.ruleId) ?? { total: 0, perFolder: {}, examples: [] };
    entry.total++;
    entry.perFolder[folder] = (entry.perFolder[folder] ?? 0) + 1;
    if (entry.examples.length < examples) entry.examples.push(`${rel}:${m.line}:${m.column} ${m.message}`);
    byRule.set(m.ruleId, entry);
  }
}
const diagrams = results.reduce((n, r) => n + (r.diagramCount ?? 0), 0);
console.log(`${results.length} files, ${diagrams} diagrams, recommended preset`);
const sorted = [...byRule].sort((a, b) => b[1].total - a[1].total);
const cols = [...folders].sort();
console.log(`\n${'rule'.padEnd(28)}${'total'.padStart(7)}  ${cols.map((c) => c.slice(0, 9).padStart(9)).join('')}`);
for (const [rule, e] of sorted) console.log(`${String(rule).padEnd(28)}${String(e.total).padStart(7)}  ${cols.map((c) => String(e.perFolder[c] ?? '').padStart(9)).join('')}`);
for (const [rule, e] of examples > 0 ? sorted : []) {
  console.log(`\n${rule}:`);
  for (const ex of e.examples) console.log(`  ${ex}`);
}
