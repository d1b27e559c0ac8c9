// atlas-lint's extraction vs plain unified + remark-parse on a docs tree: the same diagrams, the
// same text, and every line's position verified against the file itself.
// Usage: node scripts/check-extraction.mjs [dir]   (run `npx tsc -b` first)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCorpus, listMarkdownFiles, referenceDiagrams, repoRoot } from './lib/corpus.mjs';

const { extractDiagrams, loadMarkdownParser } = await import(join(repoRoot, 'packages/markdown/dist/index.js'));
const { scanMarkdown, scanGaveUp } = await import(join(repoRoot, 'packages/markdown/dist/fast-scan.js'));
await loadMarkdownParser();
const dir = process.argv[2] ?? defaultCorpus;

const t0 = performance.now();
const reference = referenceDiagrams(dir);
const referenceMs = performance.now() - t0;
const byFile = new Map();
for (const d of reference) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);

let ours = 0;
let matched = 0;
let linesChecked = 0;
const problems = [];
let oursMs = 0;
const route = { scanner: 0, remark: 0, skipped: 0 };
const gaveUp = new Map();
for (const file of listMarkdownFiles(dir)) {
  const source = readFileSync(file, 'utf8');
  // Which route extractDiagrams takes: files without the word are not parsed at all.
  if (!source.includes('mermaid')) route.skipped++;
  else if (scanMarkdown(source)) route.scanner++;
  else {
    route.remark++;
    gaveUp.set(scanGaveUp.reason, (gaveUp.get(scanGaveUp.reason) ?? 0) + 1);
  }
  const start = performance.now();
  const { blocks } = extractDiagrams(source, { path: file });
  oursMs += performance.now() - start;
  const expected = byFile.get(file) ?? [];
  ours += blocks.length;
  if (blocks.length !== expected.length) problems.push(`${file}: ${blocks.length} diagrams, remark-parse finds ${expected.length}`);
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  blocks.forEach((block, i) => {
    const ref = expected[i];
    if (!ref || ref.text !== block.text) {
      problems.push(`${file}: diagram ${i + 1} text differs from remark-parse's`);
      return;
    }
    let ok = ref.startLine === block.fence.start.line;
    block.text.split('\n').forEach((line, j) => {
      const { line: l, column } = block.origins[j];
      const fileLine = source.slice(starts[l - 1], starts[l] ?? source.length).replace(/\r?\n$/, '');
      const offsetOk = block.lineOffsets[j] === starts[l - 1] + column - 1;
      if (!fileLine.slice(column - 1).startsWith(line.replace(/\r$/, '')) || !offsetOk) {
        ok = false;
        problems.push(`${file}:${l}:${column}: line ${j + 1} of diagram ${i + 1} is not at its origin`);
      }
      linesChecked++;
    });
    if (ok) matched++;
  });
}
console.log(`extraction: ${matched}/${reference.length} diagrams match remark-parse (atlas-lint found ${ours}), ${linesChecked} line positions checked`);
console.log(`files: ${route.scanner} read by the block scanner, ${route.remark} by remark-parse${[...gaveUp].map(([reason, n]) => ` (${n} × ${reason})`).join('')}, ${route.skipped} without "mermaid"`);
console.log(`time: atlas-lint extraction ${oursMs.toFixed(0)} ms, plain remark-parse ${referenceMs.toFixed(0)} ms (single thread)`);
if (problems.length > 0 || matched !== reference.length || ours !== reference.length) {
  console.log(problems.slice(0, 50).join('\n'));
  process.exitCode = 1;
}
