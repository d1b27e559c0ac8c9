// Dev check for speed work on the front door and our grammars: parseDiagramSync's whole result
// (AST, errors, spans with their lazily computed loc, lines, comments, directives, locate()) for
// every corpus diagram, each again with a file origin, and seeded mutants, against a snapshot
// saved before the change. Reads the built package (packages/mermaid/dist): build first.
// Usage: node packages/mermaid/src/dev/snapshot-check.mjs [--save] [--mutants 4000] [--seed 7] [--show 5] [--ignore-types er,mindmap]
// --ignore-types: leave out cases of types whose grammars others are changing meanwhile (differences per type are listed).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { repoRoot } from '../../../../scripts/lib/corpus.mjs';
import { corpusDiagrams } from './corpus-texts.mjs';
import { mutators, seededRandom } from '../../../../scripts/lib/mutators.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const save = args.includes('--save');
const mutantCount = option('mutants', 4000);
const seed = option('seed', 7);
const show = option('show', 5);
const ignored = new Set(args.includes('--ignore-types') ? args[args.indexOf('--ignore-types') + 1].split(',') : []);
const file = join(repoRoot, 'node_modules/.cache/atlas-parse-snapshot.json.gz');

const { parseDiagramSync } = await import(join(repoRoot, 'packages/mermaid/dist/index.js'));

/** Plain JSON of a value, Maps as entry lists, every `loc` read through its getters (lazy or not). */
function replacer(key, value) {
  const raw = this[key];
  if (raw instanceof Map) return { $map: [...raw.entries()] };
  if (key === 'loc' && raw && typeof raw === 'object') {
    return { start: { line: raw.start.line, column: raw.start.column }, end: { line: raw.end.line, column: raw.end.column } };
  }
  return value;
}

/** Everything a rule may read of a ParsedDiagram, getters included (JSON skips prototype getters). */
function serialise(d) {
  const positions = [0, 1, Math.floor(d.text.length / 2), d.text.length - 1, d.text.length].filter((p) => p >= 0);
  return JSON.stringify({
    text: d.text, type: d.type, kind: d.kind, verdict: d.verdict, delegated: d.delegated, errors: d.errors, ast: d.ast,
    frontMatter: d.frontMatter, directives: d.directives, comments: d.comments, headerSpan: d.headerSpan, lines: d.lines,
    located: positions.map((p) => d.locate(p)), ownKeys: Object.keys(d).sort(),
  }, replacer);
}

const corpus = corpusDiagrams();
const cases = [];
for (const d of corpus) {
  cases.push({ name: `${d.rel}#${d.index}`, text: d.text });
  // As the lint calls it: positions in file coordinates (the block's lines start at column 3 here, to differ).
  const lineCount = d.text.split(/\r\n|\r|\n/).length;
  cases.push({ name: `${d.rel}#${d.index}@origin`, text: d.text, origin: Array.from({ length: lineCount }, (_, i) => ({ line: d.startLine + 1 + i, column: 3 })) });
}
const rng = seededRandom(seed);
const names = Object.keys(mutators);
for (let made = 0, attempts = 0; made < mutantCount && attempts < mutantCount * 20; attempts++) {
  let text = corpus[Math.floor(rng() * corpus.length)].text;
  const applied = [];
  for (let k = 0, n = 1 + Math.floor(rng() * 3); k < n; k++) {
    const which = names[Math.floor(rng() * names.length)];
    const out = mutators[which](text, rng);
    if (out !== null && out !== text) {
      text = out;
      applied.push(which);
    }
  }
  if (applied.length === 0) continue;
  cases.push({ name: `mutant ${made} (${applied.join('+')})`, text });
  made++;
}

const results = cases.map((c) => serialise(c.origin ? parseDiagramSync(c.text, { origin: c.origin }) : parseDiagramSync(c.text)));

if (save) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, gzipSync(JSON.stringify({ names: cases.map((c) => c.name), results })));
  console.log(`snapshot saved: ${cases.length} cases (${corpus.length} corpus diagrams, each also with an origin, ${mutantCount} mutants) → ${file}`);
  process.exit(0);
}
if (!existsSync(file)) {
  console.error(`no snapshot at ${file}: run with --save first (before the change)`);
  process.exit(2);
}
const saved = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
if (saved.results.length !== results.length) {
  console.error(`snapshot has ${saved.results.length} cases, this run ${results.length}: same --mutants/--seed?`);
  process.exit(2);
}
let differ = 0;
let skipped = 0;
const byType = {};
const typeOf = (json) => /"type":("[^"]*"|null)/.exec(json.slice(json.indexOf('"type":')))?.[1] ?? '?';
for (let i = 0; i < results.length; i++) {
  if (results[i] === saved.results[i]) continue;
  const types = `${typeOf(saved.results[i])}→${typeOf(results[i])}`;
  if ([typeOf(saved.results[i]), typeOf(results[i])].some((t) => ignored.has(JSON.parse(t)))) {
    skipped++;
    continue;
  }
  byType[types] = (byType[types] ?? 0) + 1;
  if (differ++ >= show) continue;
  const a = saved.results[i];
  const b = results[i];
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  console.log(`\nDIFF ${cases[i].name} at char ${at}:\n  before: …${a.slice(Math.max(0, at - 120), at + 120)}\n  after:  …${b.slice(Math.max(0, at - 120), at + 120)}`);
}
if (differ) console.log('differences by type (snapshot → now):', byType);
const left = skipped ? `, ${skipped} differing cases of ignored types (${[...ignored].join(', ')}) left out` : '';
console.log(`${differ === 0 ? 'IDENTICAL' : 'DIFFERENT'}: ${results.length - differ - skipped} of ${results.length - skipped} cases identical (${corpus.length} corpus diagrams ×2, ${mutantCount} mutants${left})`);
process.exit(differ === 0 ? 0 : 1);
