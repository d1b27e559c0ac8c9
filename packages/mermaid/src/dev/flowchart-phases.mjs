// Where a flowchart's parse time goes, stage by stage, on the built package: each stage is timed
// together with the ones before it (a stage alone would see other inputs than it does in a parse),
// and the cost of a stage is the difference of two medians. Per diagram the best of `rounds`
// rounds of the mean of 5 calls (the bench's unit), then the median over diagrams.
import { join } from 'node:path';
import { repoRoot } from '../../../../scripts/lib/corpus.mjs';

const dist = (p) => import(join(repoRoot, 'packages/mermaid/dist', p));
const { parseDiagramSync } = await dist('index.js');
const { preprocess } = await dist('preprocess.js');
const { detectConfig, detectType } = await dist('detect.js');
const { encodeFlowchartText } = await dist('flowchart/encode.js');
const { lexFlowchart } = await dist('flowchart/lexer.js');
const { FlowParser } = await dist('flowchart/parser.js');
const { FlowAstBuilder } = await dist('flowchart/builder.js');
const { FlowChecks } = await dist('flowchart/checks.js');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The valid flowcharts among `texts` (a parse that fails stops early and says little). */
export function validFlowcharts(texts) {
  return texts.filter((t) => {
    const parsed = parseDiagramSync(t);
    return parsed.type === 'flowchart-v2' && parsed.verdict === 'valid';
  });
}

/** Median µs per stage: front door, lex, parse, AST, and the rest (spans in file terms, the result). */
export function flowchartPhases(texts, rounds = 5) {
  const items = texts.map((text) => {
    const pre = preprocess(text);
    return { text, pre, encoded: encodeFlowchartText(pre.cleaned) };
  });
  const parseWith = (encoded, builder) => new FlowParser(lexFlowchart(encoded.text).tokens, builder).parse();
  const cumulative = {
    front: (x) => detectType(preprocess(x.text).cleaned, detectConfig(x.pre)),
    lex: (x) => lexFlowchart(encodeFlowchartText(x.pre.cleaned).text),
    // The parser with the database's checks alone (no AST): validateDiagramSync's flowchart path.
    parse: (x) => {
      const encoded = encodeFlowchartText(x.pre.cleaned);
      parseWith(encoded, new FlowChecks(encoded.source, encoded.text.length));
    },
    ast: (x) => {
      const encoded = encodeFlowchartText(x.pre.cleaned);
      parseWith(encoded, new FlowAstBuilder(encoded.text, encoded.source, encoded.text.length, { start: 0, end: 0 }, 'flowchart'));
    },
    whole: (x) => parseDiagramSync(x.text),
  };
  const best = Object.fromEntries(Object.keys(cumulative).map((k) => [k, items.map(() => Infinity)]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, fn] of Object.entries(cumulative)) {
      items.forEach((x, i) => {
        const start = process.hrtime.bigint();
        for (let k = 0; k < 5; k++) fn(x);
        best[name][i] = Math.min(best[name][i], Number(process.hrtime.bigint() - start) / 5e3);
      });
    }
  }
  const m = Object.fromEntries(Object.entries(best).map(([k, v]) => [k, median(v)]));
  return {
    diagrams: items.length,
    whole: m.whole,
    stages: {
      'front door (preprocess, type)': m.front,
      'lex (with entity encoding)': m.lex,
      'parse (with the checks)': m.parse - m.lex,
      'AST build': m.ast - m.parse,
      'spans in file terms, result': m.whole - m.ast - m.front,
    },
  };
}
