// Diagrams from a checkout of Mermaid's own repository, as Markdown for `npm run conformance`:
// the examples of its documentation (```mermaid and ```mermaid-example blocks) and the diagrams
// of its tests (template literals in cypress/ and in *.spec.* files that start like a diagram).
// They are other real diagrams than the Atlas corpus, many of them broken on purpose, so a
// grammar of ours that only fits the corpus shows here. Read at run time, never copied into
// this repository.
// Usage: node scripts/upstream-diagrams.mjs <mermaid-checkout> <out-dir>
//        npm run conformance -- <out-dir>
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';

const [checkout, outDir] = process.argv.slice(2);
if (!checkout || !outDir) {
  console.error('usage: node scripts/upstream-diagrams.mjs <mermaid-checkout> <out-dir>');
  process.exit(2);
}

/** Header words a test's template literal must start with (after comments) to count as a diagram. */
const DIAGRAM_START = /^(---|%%\{|flowchart|graph|sequenceDiagram|classDiagram|stateDiagram|erDiagram|gantt|pie|journey|gitGraph|mindmap|timeline|quadrantChart|xychart|sankey|requirementDiagram|C4|block|packet|architecture|kanban|radar|treemap)/;

function files(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) files(full, out);
    else out.push(full);
  }
  return out;
}

/** Removes the indentation every non-blank line shares (as a test's template literal is indented). */
function dedent(text) {
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n').replace(/^\n+|\s+$/g, '');
}

function docDiagrams(text) {
  const found = [];
  visit(unified().use(remarkParse).parse(text), 'code', (node) => {
    if (node.lang === 'mermaid' || node.lang === 'mermaid-example') found.push(node.value);
  });
  return found;
}

function testDiagrams(text) {
  const found = [];
  for (const m of text.matchAll(/`((?:[^`\\]|\\.)*)`/gs)) {
    // Interpolations and escapes would have to be evaluated: such literals are left out.
    if (!m[1].includes('\n') || m[1].includes('${') || m[1].includes('\\')) continue;
    const diagram = dedent(m[1]);
    const first = diagram.split('\n').map((l) => l.trim()).find((l) => (l && !l.startsWith('%%')) || l.startsWith('%%{')) ?? '';
    if (DIAGRAM_START.test(first)) found.push(diagram);
  }
  return found;
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const seen = new Set();
let written = 0;
for (const file of files(checkout)) {
  const rel = relative(checkout, file);
  const isDoc = /^(docs|packages\/mermaid\/src\/docs)\/.*\.md$/.test(rel);
  const isTest = /^cypress\/.*\.(js|ts)$/.test(rel) || /\.spec\.(js|ts)$/.test(rel);
  if (!isDoc && !isTest) continue;
  const text = readFileSync(file, 'utf8');
  const diagrams = (isDoc ? docDiagrams(text) : testDiagrams(text)).filter((d) => !seen.has(d) && seen.add(d));
  if (diagrams.length === 0) continue;
  // A fence longer than any run of backticks inside the diagram.
  const blocks = diagrams.map((d) => {
    const fence = '`'.repeat(Math.max(3, ...[...d.matchAll(/`+/g)].map((r) => r[0].length + 1)));
    return `${fence}mermaid\n${d}\n${fence}\n`;
  });
  writeFileSync(join(outDir, `${rel.replace(/[/\\]/g, '_')}.md`), blocks.join('\n'));
  written += diagrams.length;
}
console.log(`${written} distinct diagrams from ${checkout} → ${outDir}`);
