import { describe, expect, it } from 'vitest';
import { expectNoBlowUp } from '../../testing/linear.js';
import { describeFixtureLabels, describeOracleCases, parseWith } from '../../testing/oracle.js';
import { encodeEntities } from './encode.js';
import { parseXychart } from './index.js';

const parse = parseWith(parseXychart);
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describeFixtureLabels('xychart', 'xychart', parseXychart, 15);

describe('xychart lexer and parser quirks agree with Mermaid', () => {
  // Texts found tricky while probing; each is judged by the oracle, not hard-coded.
  const cases = [
    'xychart-beta', 'xychart-beta\n', 'xychart-beta\nxychart-beta\nbar [1]', 'xychart-beta\nbar [1]\nxychart-beta',
    'xychart-beta\ntitle My vertical chart\nbar [1]', 'xychart-beta\ntitle titles verticalx\nbar [1]', 'xychart-beta\ntitle a "b"\nbar [1]',
    'xychart-beta\ntitle "a" b\nbar [1]', 'xychart-beta\ntitle 2024\nbar [1]', 'xychart-beta\nx-axis 0 --> 10; title 2024\nbar [1]',
    'xychart-beta\nline [1]\ntitle 2024', 'xychart-beta\nline [1] \ntitle 2024', 'xychart-beta\nx-axis [Q1 (a), Q2]\nbar [1, 2]',
    'xychart-beta\nx-axis []\nbar [1]', 'xychart-beta\nbar [1 2]', 'xychart-beta\nbar [1e3]', 'xychart-beta\nbar [1.]',
    'xychart-beta\nbar 2024 [1]', 'xychart-beta\nbar\n[1]', 'xychart-beta\nbar [1,\n2]', 'xychart-beta\ny-axis a 1 --> 2\nbar [1]',
    'xychart-beta\ny-axis 1-->2\nbar [1]', 'xychart-beta\ny-axis 1 ---> 2\nbar [1]', 'xychart-beta\naccDescr {abc', 'xychart-beta\naccDescr{}\nbar [1]',
    'xychart-beta\naccTitle:', 'xychart-beta\naccTitle\n: next line\nbar [1]', 'xychart-beta\ntitle a}%% c\nbar [1]', 'xychart-beta\ntitle "abc\nbar [1]',
    'xychart-beta\ntitle é\nbar [1]', 'xychart-beta\ntitle "é"\nbar [1]', 'xychart-beta\nBAR [1]\nLINE [2]\nX-AXIS [a]\nTITLE t',
    'xychart-betax\nbar [1]', 'xychart-beta-x\nbar [1]', 'xychart-beta\nbar [1] bar', 'xychart-beta\nx-axis "t" [a] 1 --> 2',
    'xychart-beta\nbars [1]', 'xychart-beta\ntitle a`b\nbar [1]', 'xychart-beta\ntitle style:#f;a;\nbar [1]', 'xychart-beta\ntitle style:#f;\nbar [1]',
    'xychart-beta\n  x-axis [a, b]\n  bar [1, 2]\u2028line [3]', 'xychart-beta\ntitle a\u00a0b\nbar [1]', 'xychart-beta;bar [1]',
    'xychart-beta\nx-axis 1 --> 2 ; bar x [1.5]\nbar [2]', 'xychart-beta\nx-axis [-1, .2]\nbar [1]', 'xychart-beta\nline [1] "s"',
    // jison turned the markdown-string rules into one literal: text that spells it out is skipped.
    'xychart-beta\nbar [1]\n`)                                    { this.pushState(md_string); }\n<md_string>(?:(?!`").)+                  { return MD_STR; }\n<md_string>(?:`\nline [2]',
  ];
  describeOracleCases('each probed text', cases, parseXychart);
});

describe('xychart AST and errors', () => {
  it('keeps titles, axis and band labels, plot titles and point labels with positions', () => {
    const text = 'xychart-beta horizontal\n  title Sales by  region\n  accTitle: Sales\n  x-axis "Region" [north, "south (est)"]\n  y-axis Units 0 --> 90\n  line "Trend" [1 "low", 2]\n  accDescr {\n  two lines\n  }';
    const { ast, errors } = parseXychart(text);
    expect(errors).toEqual([]);
    expect(ast.texts.map((t) => [t.text, t.quoted])).toEqual([
      ['Salesbyregion', false], ['Region', true], ['north', false], ['south (est)', true], ['Units', false], ['Trend', true], ['low', true],
    ]);
    expect(slice(text, ast.texts[0]!.span)).toBe('Sales by  region');
    expect(slice(text, ast.texts[3]!.span)).toBe('"south (est)"');
    expect(ast.title?.text).toBe('Salesbyregion');
    expect(ast.accTitle?.text).toBe('Sales');
    expect(ast.accDescr?.text).toBe('two lines');
  });

  it('reports one issue at the character Mermaid stops at', () => {
    const text = 'xychart-beta\n  x-axis [a, b (c)]\n  bar [1, 2]';
    const { errors } = parseXychart(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('paren-in-label');
    expect(slice(text, errors[0]!.span)).toBe('(');
    const colon = 'xychart-beta\n  title Revenue: USD';
    expect(parseXychart(colon).errors[0]!.code).toBe('colon-in-text');
    expect(slice(colon, parseXychart(colon).errors[0]!.span)).toBe(':');
    const units = 'xychart-beta\n  bar [10%]';
    expect(slice(units, parseXychart(units).errors[0]!.span)).toBe('%');
  });

  it('maps spans through entity encoding back to the input', () => {
    const text = 'xychart-beta\n  title "a #quot;b#quot;" c\n  bar [1]';
    const { errors } = parseXychart(text);
    expect(errors).toHaveLength(1);
    expect(slice(text, errors[0]!.span)).toBe('c');
  });

  it("drops the ';' Mermaid drops on style lines, and only that one", () => {
    expect(encodeEntities('style fill:#abc y;\nz;').text).toBe('style fill:#abc y\nz;\n');
    expect(encodeEntities('classDef c fill:#abc;').text).toBe('classDef c fill:#abc\n');
    // The colon must reach the '#' without blanks.
    expect(encodeEntities('style fill: #abc y;').text).toBe('style fill: #abc y;\n');
    // Entities: '#word;' becomes marker characters, integers get a second '°'.
    expect(encodeEntities('a #quot; #35;').text).toBe('a \uFB02\u00B0quot\u00B6\u00DF \uFB02\u00B0\u00B035\u00B6\u00DF\n');
  });

  it('stays linear on a 1 MB line and on 10,000 lines', () => {
    const wide = (n: number) => `xychart-beta\n  line [${Array.from({ length: n }, (_, i) => `${i}.${'7'.repeat(45)}`).join(', ')}]`;
    expect(wide(20_000).length).toBeGreaterThan(1_000_000);
    expect(parseXychart(wide(20_000)).errors).toEqual([]);
    expectNoBlowUp(parseXychart, wide(20_000));
    const tall = (n: number) => `xychart-beta\n${'  bar "b" [1, 2, 3]\n'.repeat(n)}`;
    expect(parseXychart(tall(10_000)).errors).toEqual([]);
    expectNoBlowUp(parseXychart, tall(100_000));
  });
});
