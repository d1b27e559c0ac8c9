// Fix conformance: copy a docs tree, run `atlas-lint --fix` on the copy, then check with
// Mermaid's own parser that broken diagrams now render, that no rendering diagram broke, that no
// label text changed, and that a second --fix changes nothing.
// Usage: npm run conformance:fix -- [dir]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { defaultCorpus, listMarkdownFiles, referenceDiagrams, repoRoot } from './lib/corpus.mjs';
import { VerdictCache } from './lib/mermaid-oracle.mjs';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? defaultCorpus;
const { parseDiagramSync } = await import(join(repoRoot, 'packages/mermaid/dist/index.js'));
const cli = join(repoRoot, 'packages/cli/bin/atlas-lint.js');
const work = join(mkdtempSync(join(tmpdir(), 'atlas-lint-fix-')), 'docs');
cpSync(dir, work, { recursive: true });

const before = referenceDiagrams(work);
const run = () => spawnSync('node', [cli, work, '--fix', '--format', 'json', '--output-file', '/dev/null', '--rule', '{"mermaid/syntax":"error"}'], { encoding: 'utf8', maxBuffer: 1 << 28 });
const snapshot = () => new Map(listMarkdownFiles(work).map((f) => [f, readFileSync(f, 'utf8')]));
const first = run();
if (first.status === 2) {
  console.error(first.stderr);
  process.exit(2);
}
const afterFirst = snapshot();
const after = referenceDiagrams(work);
run();
const afterSecond = snapshot();
const secondChanged = [...afterSecond].filter(([f, text]) => afterFirst.get(f) !== text).length;

// Label texts a fix may touch: every label of the fixed diagram must read, once decoded (Mermaid's
// entity codes #quot; #58; #59; … turned back into characters), as text the author wrote in the
// original diagram: flowchart node/edge labels and subgraph titles, sequence message and note
// texts, and the texts other grammars expose.
const decode = (raw) => raw.replace(/#quot;/g, '"').replace(/#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));
const labelsOf = (text) => {
  const { ast } = parseDiagramSync(text);
  if (!ast) return [];
  const labels =
    ast.kind === 'flowchart'
      ? [...ast.nodeRefs.flatMap((r) => (r.label ? [r.label] : [])), ...ast.edges.flatMap((e) => (e.label ? [e.label] : [])), ...ast.subgraphs.flatMap((g) => (g.title ? [g.title] : []))]
      : ast.kind === 'sequence'
        ? [...ast.messages.flatMap((m) => (m.text ? [m.text] : [])), ...ast.notes.map((n) => n.text)]
        : ast.texts;
  return labels.map((l) => decode(l.raw).trim()).filter((l) => l !== '');
};

const cache = new VerdictCache();
let rejectedBefore = 0;
let nowAccepted = 0;
let broken = 0;
let labelsChanged = 0;
let mismatchedCount = 0;
const byFile = new Map();
for (const d of after) byFile.set(`${d.rel}#${d.index}`, d);
for (const d of before) {
  const fixed = byFile.get(`${d.rel}#${d.index}`);
  if (!fixed) {
    mismatchedCount++;
    continue;
  }
  const was = await cache.verdict(d.text);
  const now = fixed.text === d.text ? was : await cache.verdict(fixed.text);
  if (!was.valid) {
    rejectedBefore++;
    if (now.valid) nowAccepted++;
  } else if (!now.valid) {
    broken++;
  }
  if (fixed.text !== d.text) {
    for (const label of labelsOf(fixed.text)) {
      if (!d.text.includes(label)) {
        labelsChanged++;
        if (labelsChanged <= 5) console.log(`label changed in ${d.rel}:${d.startLine}: ${JSON.stringify(label)}`);
      }
    }
  }
}
cache.save();
rmSync(join(work, '..'), { recursive: true, force: true });
const pct = ((nowAccepted / Math.max(1, rejectedBefore)) * 100).toFixed(1);
console.log(`fix conformance on ${relative(process.cwd(), dir) || dir}: ${before.length} diagrams`);
console.log(`rejected before --fix: ${rejectedBefore}; accepted by Mermaid after --fix: ${nowAccepted} (${pct}%)`);
console.log(`accepted diagrams that became rejected: ${broken}`);
console.log(`label texts changed: ${labelsChanged}`);
console.log(`files changed by a second --fix: ${secondChanged}`);
if (mismatchedCount) console.log(`diagrams lost or added by --fix: ${mismatchedCount}`);
if (broken > 0 || labelsChanged > 0 || secondChanged > 0 || mismatchedCount > 0) process.exitCode = 1;
