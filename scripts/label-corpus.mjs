// Labels every diagram of a docs tree with Mermaid's own parser (cached) and prints a summary.
import { referenceDiagrams, defaultCorpus } from './lib/corpus.mjs';
import { VerdictCache } from './lib/mermaid-oracle.mjs';

const dir = process.argv[2] ?? defaultCorpus;
const diagrams = referenceDiagrams(dir);
const cache = new VerdictCache();
let rejected = 0;
const types = {};
for (const d of diagrams) {
  const v = await cache.verdict(d.text);
  if (!v.valid) rejected++;
  else types[v.type ?? '?'] = (types[v.type ?? '?'] ?? 0) + 1;
}
cache.save();
console.log(`${diagrams.length} diagrams, ${rejected} rejected by Mermaid ${cache.version}`);
console.log(types);
