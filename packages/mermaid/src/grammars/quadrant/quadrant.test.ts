import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// The oracle: mermaid 11.17.2 itself, in jsdom.
import { mermaidVerdict } from '../../../../../scripts/lib/mermaid-oracle.mjs';
import { preprocess } from '../../preprocess.js';
import { parseQuadrant, styleProblem } from './index.js';

const dir = fileURLToPath(new URL('../../../../../fixtures/syntax/quadrant/', import.meta.url));
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.mmd')).sort();
const parse = (text: string) => parseQuadrant(preprocess(text).cleaned);
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('quadrantChart fixtures: file label = Mermaid verdict = our verdict', () => {
  it('has a valid and an invalid form of each feature', () => {
    const features = new Set(fixtures.map((f) => f.replace(/\.(valid|invalid)\.mmd$/, '')));
    for (const feature of features) {
      expect(fixtures).toContain(`${feature}.valid.mmd`);
      expect(fixtures).toContain(`${feature}.invalid.mmd`);
    }
    expect(features.size).toBeGreaterThan(12);
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

describe('quadrantChart quirks agree with Mermaid', () => {
  const Q = 'quadrantChart\n';
  const cases = [
    'A: [0,5, 0.5]', 'A: [0x5, 0.5]', 'A: [0\u20285, 0.5]', 'A: [0.5, 0.5\n]', 'A\n: [0.5, 0.5]', 'A:[0.5,0.5]', 'A : [ 0.5 , 0.5 ] ',
    'A: [0.5, 0.5] radius: 10: 5', 'A: [0.5, 0.5] RADIUS: 10', 'A: [0.5, 0.5] color: #abcd', 'A: [0.5, 0.5] color: #abc, color: abc',
    'A: [0.5, 0.5] radius: 10,', 'A: [0.5, 0.5]; B: [0.1, 0.1]', 'A: [0.5, 0.5] B: [0.1, 0.1]', 'A/B?!$%\': [0.5, 0.5]', 'A@B: [0.5, 0.5]',
    'A=B+C*D&E_F.G#H,I: [0.5, 0.5]', 'A: [0.5, 0.5] %% c', 'A: [0.5, 0.5]%% c', '"": [0.5, 0.5]', '"a" b: [0.5, 0.5]', 'a "b": [0.5, 0.5]',
    '"a: [0.5, 0.5]', '"`a: [0.5, 0.5]', 'Subtitle: [0.5, 0.5]', 'x-axisA', 'x-axis', 'x-axis -A', 'quadrant-1', 'title', 'title: a: b; c',
    'classDef c', 'classDef c\tradius: 3', 'classDef c:d radius: 3', 'A:::c d: [0.5, 0.5]', 'A ::: c: [0.5, 0.5]', 'accDescr {\nx', 'accDescr {}',
    '  ;  ; \n', 'X-AXIS A --> B\nTITLE T\nQUADRANT-1 Q', 'x-axis a\u00a0b --> c', 'classDef c stroke-width: 2px, stroke-color: #fff;',
    'style a: #fff;\nA: [0.5, 0.5]', 'A: [0.5, 0.5] color: #ff0000;', '\tA: [0.5, 0.5]', 'x-axis "a --> b" --> c', 'café #quot;x#quot;: [0.5, 0.5]',
  ].map((body) => Q + body);
  cases.push('quadrantChartx', 'quadrantChart title x');
  for (const text of cases) {
    it(JSON.stringify(text), async () => {
      const mermaid = await mermaidVerdict(text);
      expect(parse(text).errors.length === 0, mermaid.message).toBe(mermaid.valid);
    });
  }
});

describe('quadrantChart AST and errors', () => {
  it('keeps axis, quadrant and point texts, the title and accessibility texts', () => {
    const text = 'quadrantChart\n  title Reach vs engagement\n  accTitle: Campaigns\n  x-axis Low reach --> High reach\n  quadrant-1 Expand\n  "Campaign (A)": [0.3, 0.6]\n  B:::hot: [1, 0] radius: 4';
    const { ast, errors } = parseQuadrant(text);
    expect(errors).toEqual([]);
    expect(ast.texts.map((t) => [t.text, t.quoted])).toEqual([
      ['Low reach', false], ['High reach', false], ['Expand', false], ['Campaign (A)', true], ['B', false],
    ]);
    expect(slice(text, ast.texts[3]!.span)).toBe('"Campaign (A)"');
    expect(ast.title?.text).toBe('Reach vs engagement');
    expect(ast.accTitle?.text).toBe('Campaigns');
  });

  it('reports one issue where Mermaid stops, a style problem at the style', () => {
    const paren = 'quadrantChart\n  Service (v2): [0.4, 0.7]';
    expect(parseQuadrant(paren).errors[0]!.code).toBe('paren-in-label');
    expect(slice(paren, parseQuadrant(paren).errors[0]!.span)).toBe('(');
    const coordinate = 'quadrantChart\n  A: [1.0, 0.5]';
    expect(parseQuadrant(coordinate).errors[0]!.code).toBe('bad-coordinate');
    expect(slice(coordinate, parseQuadrant(coordinate).errors[0]!.span)).toBe('.');
    const style = 'quadrantChart\n  A: [0.5, 0.5] radius: 4, color: red\n  B: [0.1 0.2]';
    const { errors } = parseQuadrant(style);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('bad-point-style');
    expect(slice(style, errors[0]!.span)).toBe(' color: red');
  });

  it('judges styles as the database does', () => {
    expect(styleProblem(' radius : 12 ')).toBeNull();
    expect(styleProblem('color: #A0f')).toBeNull();
    expect(styleProblem('stroke-color: 00ff00')).toBeNull();
    expect(styleProblem('stroke-width: 2px')).toBeNull();
    expect(styleProblem('radius')).toMatch(/not a valid number/);
    expect(styleProblem('stroke-width: 2')).toMatch(/pixels/);
    expect(styleProblem('fill: #fff')).toMatch(/does not support/);
  });

  it('stays linear on a 1 MB line and on 10,000 lines', () => {
    const wide = `quadrantChart\n  x-axis ${'low '.repeat(250_000)}--> high`;
    let t = performance.now();
    expect(parseQuadrant(wide).errors).toEqual([]);
    expect(performance.now() - t).toBeLessThan(2000);
    const tall = `quadrantChart\n${'  Point A: [0.25, 0.75] radius: 3\n'.repeat(10_000)}`;
    t = performance.now();
    expect(parseQuadrant(tall).errors).toEqual([]);
    expect(performance.now() - t).toBeLessThan(1500);
  });
});
