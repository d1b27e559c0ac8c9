// Reference extraction of the corpus diagrams with plain unified + remark-parse, independent of
// atlas-lint's own extractor, so the two can be compared.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const defaultCorpus = resolve(repoRoot, '../shared/corpus/atlas-docs');

export function listMarkdownFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (/\.md$/i.test(name)) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** Every ```mermaid block remark-parse finds: { file, rel, index, text, startLine } */
export function referenceDiagrams(dir = defaultCorpus) {
  const processor = unified().use(remarkParse);
  const diagrams = [];
  for (const file of listMarkdownFiles(dir)) {
    const tree = processor.parse(readFileSync(file, 'utf8'));
    let index = 0;
    visit(tree, 'code', (node) => {
      if (node.lang !== 'mermaid') return;
      diagrams.push({ file, rel: relative(dir, file), index: index++, text: node.value, startLine: node.position.start.line });
    });
  }
  return diagrams;
}
