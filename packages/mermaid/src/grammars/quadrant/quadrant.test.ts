import { describe, expect, it } from 'vitest';
import { expectNoBlowUp } from '../../testing/linear.js';
import { describeFixtureLabels, describeOracleCases, parseWith } from '../../testing/oracle.js';
import { parseQuadrant, styleProblem } from './index.js';

const parse = parseWith(parseQuadrant);
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describeFixtureLabels('quadrant', 'quadrantChart', parseQuadrant, 12);

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
  describeOracleCases('each probed text', cases, parseQuadrant);
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
    const wide = (n: number) => `quadrantChart\n  x-axis ${'low '.repeat(n)}--> high`;
    expect(parseQuadrant(wide(250_000)).errors).toEqual([]);
    expectNoBlowUp(parseQuadrant, wide(240_000));
    const tall = (n: number) => `quadrantChart\n${'  Point A: [0.25, 0.75] radius: 3\n'.repeat(n)}`;
    expect(parseQuadrant(tall(10_000)).errors).toEqual([]);
    expectNoBlowUp(parseQuadrant, tall(100_000));
  });
});
