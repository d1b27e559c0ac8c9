// The corpus diagrams' texts for the dev benches, extracted once and kept in node_modules/.cache
// (extracting them with remark takes longer than the benches themselves). Delete the file to refresh.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultCorpus, referenceDiagrams, repoRoot } from '../../../../scripts/lib/corpus.mjs';

const file = join(repoRoot, 'node_modules/.cache/atlas-corpus-texts.json');

/** [{ rel, index, startLine, text }] of every diagram of the default corpus. */
export function corpusDiagrams() {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const diagrams = referenceDiagrams(defaultCorpus).map(({ rel, index, startLine, text }) => ({ rel, index, startLine, text }));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(diagrams));
  return diagrams;
}
