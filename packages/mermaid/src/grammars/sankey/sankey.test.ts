import { describe, expect, it } from 'vitest';
import { expectNoBlowUp } from '../../testing/linear.js';
import { describeFixtureLabels, describeOracleCases, parseWith } from '../../testing/oracle.js';
import { parseSankey } from './index.js';
import { prepareSankeyText } from './lexer.js';

const parse = parseWith(parseSankey);
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describeFixtureLabels('sankey', 'sankey', parseSankey, 10);

describe('sankey quirks agree with Mermaid', () => {
  const cases = [
    'sankey-beta', 'sankey-beta\n', 'sankey-beta  \nA,B,1', 'sankey-betax\nA,B,1', 'sankey-BETA\nA,B,1', 'sankeyx\nA,B,1',
    'sankey-beta\nA,B,1 %% c', 'sankey-beta\n"A#quot;",B,1', 'sankey-beta\nA"x,B,1', 'sankey-beta\n"A"x,B,1', 'sankey-beta\n"A" ,B,1',
    'sankey-beta\n "A",B,1', 'sankey-beta\nA,B,"1"', 'sankey-beta\nA,B,1,', 'sankey-beta\n,A,B', 'sankey-beta\n"x\ny",B,1',
    'sankey-beta\n"x""",B,1', 'sankey\n"""",B,1', 'sankey-beta\n"café",B,1', 'sankey-beta\nstyle:#f;,B,1;', 'sankey-beta\nA,B,1\u2028C,D,2',
    'sankey-beta\nA,B,1\n\t\n', 'sankey-beta\nA,B,1\nsankey-beta\nC,D,2', 'sankey-beta\naccTitle: hi\nA,B,1', 'sankey-beta\n"\t",B,1',
  ];
  describeOracleCases('each probed text', cases, parseSankey);
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
    const wide = (n: number) => `sankey-beta\n"${'x'.repeat(n)}",B,1`;
    expect(parseSankey(wide(1_000_000)).errors).toEqual([]);
    expectNoBlowUp(parseSankey, wide(1_000_000));
    const tall = (n: number) => `sankey-beta\n${'Source node,Target node,12.5\n'.repeat(n)}`;
    expect(parseSankey(tall(10_000)).errors).toEqual([]);
    expectNoBlowUp(parseSankey, tall(100_000));
  });
});
