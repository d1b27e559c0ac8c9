import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// The oracle: mermaid 11.17.2 itself, in jsdom.
import { mermaidVerdict } from '../../../../../scripts/lib/mermaid-oracle.mjs';
import { preprocess } from '../../preprocess.js';
import { parseSankey } from './index.js';
import { prepareSankeyText } from './lexer.js';

const dir = fileURLToPath(new URL('../../../../../fixtures/syntax/sankey/', import.meta.url));
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.mmd')).sort();
const parse = (text: string) => parseSankey(preprocess(text).cleaned);
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('sankey fixtures: file label = Mermaid verdict = our verdict', () => {
  it('has a valid and an invalid form of each feature', () => {
    const features = new Set(fixtures.map((f) => f.replace(/\.(valid|invalid)\.mmd$/, '')));
    for (const feature of features) {
      expect(fixtures).toContain(`${feature}.valid.mmd`);
      expect(fixtures).toContain(`${feature}.invalid.mmd`);
    }
    expect(features.size).toBeGreaterThan(10);
  });
  for (const file of fixtures) {
    it(file, async () => {
      const text = readFileSync(dir + file, 'utf8');
      const label = file.includes('.valid.');
      const mermaid = await mermaidVerdict(text);
      expect(mermaid.valid, `Mermaid's verdict on ${file}: ${mermaid.message}`).toBe(label);
      const ours = parse(text);
      expect(ours.errors.length === 0, ours.errors.map((e) => `${e.code}: ${e.message}`).join('; ')).toBe(label);
      expect(ours.errors.length).toBeLessThanOrEqual(1);
    });
  }
});

describe('sankey quirks agree with Mermaid', () => {
  const cases = [
    'sankey-beta', 'sankey-beta\n', 'sankey-beta  \nA,B,1', 'sankey-betax\nA,B,1', 'sankey-BETA\nA,B,1', 'sankeyx\nA,B,1',
    'sankey-beta\nA,B,1 %% c', 'sankey-beta\n"A#quot;",B,1', 'sankey-beta\nA"x,B,1', 'sankey-beta\n"A"x,B,1', 'sankey-beta\n"A" ,B,1',
    'sankey-beta\n "A",B,1', 'sankey-beta\nA,B,"1"', 'sankey-beta\nA,B,1,', 'sankey-beta\n,A,B', 'sankey-beta\n"x\ny",B,1',
    'sankey-beta\n"x""",B,1', 'sankey\n"""",B,1', 'sankey-beta\n"café",B,1', 'sankey-beta\nstyle:#f;,B,1;', 'sankey-beta\nA,B,1\u2028C,D,2',
    'sankey-beta\nA,B,1\n\t\n', 'sankey-beta\nA,B,1\nsankey-beta\nC,D,2', 'sankey-beta\naccTitle: hi\nA,B,1', 'sankey-beta\n"\t",B,1',
  ];
  for (const text of cases) {
    it(JSON.stringify(text), async () => {
      const mermaid = await mermaidVerdict(text);
      expect(parse(text).errors.length === 0, mermaid.message).toBe(mermaid.valid);
    });
  }
});

describe('sankey AST and errors', () => {
  it('keeps source and target names (not values) with positions', () => {
    const text = 'sankey-beta\n\n  Solar ,"Grid ""A""",20\nGrid,Homes,15';
    const { ast, errors } = parseSankey(text);
    expect(errors).toEqual([]);
    expect(ast.texts.map((t) => [t.text, t.quoted])).toEqual([['Solar', false], ['Grid "A"', true], ['Grid', false], ['Homes', false]]);
    expect(slice(text, ast.texts[0]!.span)).toBe('Solar');
    expect(slice(text, ast.texts[1]!.span)).toBe('"Grid ""A"""');
    expect(slice(text, ast.texts[3]!.span)).toBe('Homes');
  });

  it('reports one issue where Mermaid stops', () => {
    const cases: [string, string, string][] = [
      ['sankey-beta\nA,B,1\nCafé,D,2', 'é', 'bad-character'],
      ['sankey-beta\nA,,1', ',', 'empty-field'],
      ['sankey-beta\nA,B,1,2', ',', 'extra-field'],
      ['sankey-beta\nA;B;1', '\n', 'missing-field'],
    ];
    for (const [text, at, code] of cases) {
      const { errors } = parseSankey(text);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.code).toBe(code);
      if (at !== '\n') expect(slice(text, errors[0]!.span)).toBe(at);
    }
  });

  it('prepares the text as Mermaid does: line-break runs collapse, the ends are trimmed', () => {
    const { text, source } = prepareSankeyText('  a\n\n\nb  \n\n');
    expect(text).toBe('a\nb');
    expect([...source]).toEqual([2, 3, 6, 7]);
  });

  it('stays linear on a 1 MB line and on 10,000 lines', () => {
    const wide = `sankey-beta\n"${'x'.repeat(1_000_000)}",B,1`;
    let t = performance.now();
    expect(parseSankey(wide).errors).toEqual([]);
    expect(performance.now() - t).toBeLessThan(1500);
    const tall = `sankey-beta\n${'Source node,Target node,12.5\n'.repeat(10_000)}`;
    t = performance.now();
    expect(parseSankey(tall).errors).toEqual([]);
    expect(performance.now() - t).toBeLessThan(1500);
  });
});
