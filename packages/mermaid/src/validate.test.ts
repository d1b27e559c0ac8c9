import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// The oracle: mermaid 11.17.2 itself, in jsdom.
import { mermaidVerdict } from '../../../scripts/lib/mermaid-oracle.mjs';
import { mutators, seededRandom } from '../../../scripts/lib/mutators.mjs';
import { parseDiagramSync, validateDiagram, validateDiagramSync, type ParsedDiagram } from './parse.js';

// validateDiagramSync runs the flowchart parser with the database's checks alone (no AST): its
// verdict and errors must be parseDiagramSync's, to the span, on every kind of text.

const syntaxDir = fileURLToPath(new URL('../../../fixtures/syntax/', import.meta.url));
const fixtureTexts = readdirSync(syntaxDir).flatMap((folder) =>
  readdirSync(syntaxDir + folder).filter((f) => f.endsWith('.mmd')).map((f) => ({ name: `${folder}/${f}`, text: readFileSync(`${syntaxDir}${folder}/${f}`, 'utf8') })));

/** What both report, as plain data (spans read through their lazy loc). */
const verdictOf = (d: Pick<ParsedDiagram, 'type' | 'verdict' | 'errors' | 'delegated'>) =>
  JSON.parse(JSON.stringify({ type: d.type, verdict: d.verdict, errors: d.errors, delegated: d.delegated }));

const expectSameVerdict = (text: string, origin?: { line: number; column: number }[]) => {
  const options = origin ? { origin } : {};
  expect(verdictOf(validateDiagramSync(text, options))).toEqual(verdictOf(parseDiagramSync(text, options)));
};

/** Flowcharts that pass the grammar and fail in Mermaid's database: the checks validate keeps. */
const semanticFailures = {
  'edge limit': `flowchart LR\n${Array.from({ length: 501 }, (_, i) => `  n${i} --> n${i + 1}`).join('\n')}`,
  'edge limit by a node group': `flowchart LR\n${Array.from({ length: 60 }, (_, i) => `  a${i} & b${i} --> c${i} & d${i} & e${i} & f${i} & g${i}`).join('\n')}`,
  'linkStyle past the edges': 'flowchart LR\n  A --> B\n  linkStyle 1 stroke:red',
  'linkStyle with a leading zero': 'flowchart LR\n  A --> B\n  B --> C\n  linkStyle 01 stroke:red',
  // Mermaid takes a statement's last node group first.
  'hasOwnProperty before another item': 'flowchart LR\n  subgraph s\n    A --> hasOwnProperty\n  end',
  'bare subgraph': 'flowchart LR\n  subgraph\n    A\n  end',
  'bad shape data YAML': 'flowchart LR\n  A@{ shape: [ }',
  'unknown shape': 'flowchart LR\n  A@{ shape: no_such }',
  'empty multi-line shape data': 'flowchart LR\n  A@{\n  }',
};

/** Texts that pass those checks only because of the state they keep. */
const semanticPasses = {
  'shape data on an edge id': 'flowchart LR\n  A e1@--> B\n  e1@{ animate: true }',
  'shape data on a subgraph id': 'flowchart LR\n  subgraph s1\n    A\n  end\n  s1@{ shape: no_such }',
  'shape data on a generated subgraph id': 'flowchart LR\n  subgraph a b\n    A\n  end\n  subGraph0@{ shape: no_such }',
  'hasOwnProperty last in its subgraph': 'flowchart LR\n  subgraph s\n    hasOwnProperty --> B\n  end',
  'linkStyle on the last edge': 'flowchart LR\n  A --> B & C\n  linkStyle 1 stroke:red',
};

describe('validateDiagramSync: parseDiagramSync\'s verdict and errors, without the AST', () => {
  it.each(Object.entries(semanticFailures))('rejects as Mermaid and the parse do: %s', async (_name, text) => {
    expect((await mermaidVerdict(text)).valid).toBe(false);
    expect(validateDiagramSync(text).verdict).toBe('invalid');
    expectSameVerdict(text);
  }, 60_000);

  it.each(Object.entries(semanticPasses))('accepts as Mermaid and the parse do: %s', async (_name, text) => {
    expect((await mermaidVerdict(text)).valid).toBe(true);
    expect(validateDiagramSync(text).verdict).toBe('valid');
    expectSameVerdict(text);
  }, 60_000);

  it('agrees on every syntax fixture, with and without a file origin', () => {
    expect(fixtureTexts.length).toBeGreaterThan(200);
    for (const { text } of fixtureTexts) {
      expectSameVerdict(text);
      expectSameVerdict(text, text.split('\n').map((_, i) => ({ line: i + 11, column: 5 })));
    }
  });

  it('agrees on 3,000 seeded mutants of the fixtures', () => {
    const rng = seededRandom(5);
    const kinds = Object.values(mutators);
    let rejected = 0;
    for (let n = 0; n < 3000; n++) {
      let text = fixtureTexts[Math.floor(rng() * fixtureTexts.length)]!.text;
      for (let k = 1 + Math.floor(rng() * 2); k > 0; k--) text = kinds[Math.floor(rng() * kinds.length)]!(text, rng) ?? text;
      expectSameVerdict(text);
      if (validateDiagramSync(text).verdict === 'invalid') rejected++;
    }
    // Both verdicts are exercised.
    expect(rejected).toBeGreaterThan(300);
    expect(rejected).toBeLessThan(2700);
  });

  it('leaves types only Mermaid judges to validateDiagram, which asks Mermaid', async () => {
    const text = 'classDiagram\n  class A {\n    +run()\n  }\n  A <|-- B';
    expect(validateDiagramSync(text).verdict).toBe('needs-oracle');
    const verdict = await validateDiagram(text);
    expect(verdict).toMatchObject({ verdict: 'valid', delegated: true, errors: [] });
    const broken = await validateDiagram('classDiagram\n  class A {{\n');
    expect(broken.verdict).toBe('invalid');
    expect(broken.errors).toHaveLength(1);
  }, 60_000);
});
