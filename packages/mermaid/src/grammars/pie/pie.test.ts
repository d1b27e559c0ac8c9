import { describe, expect, it } from 'vitest';
import { expectNoBlowUp } from '../../testing/linear.js';
import { describeFixtureLabels, describeOracleCases, parseWith } from '../../testing/oracle.js';
import { parsePie } from './index.js';
import { lexPie, T } from './lexer.js';

const parse = parseWith(parsePie);
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describeFixtureLabels('pie', 'pie', parsePie, 15);

describe('pie quirks agree with Mermaid', () => {
  const P = 'pie\n';
  const cases = [
    // numbers: the float form backs off a digit before a second '.', the integer form refuses leading zeros
    '"a": 1.23.4', '"a": 1.2.3', '"a": 12.', '"a": 0.', '"a": 007', '"a": 00.5', '"a": -0', '"a": -0.0', '"a": -.5', '"a": .5',
    '"a": +1', '"a": 1e5', '"a": 99999999999999999999999', '"a": 1_000', '"a": - 1', '"a":1;',
    // hidden blocks inside the diagram: --- … --- and %%{ … }%% are skipped like comments
    '---\n"a": -1\n---\n"b": 2', '---\n---\n"a": 1', '--- \n"a": 1\n--- "b": 1', '"a": 1\n---\nx\n---\n---\ny\n---', '---\n"a": 1',
    '"a": 1 %%{x}%%', '"a": 1 %%{x}%%y', '%%{x}%% "a": 1', '"a": 1 %% c', '"a": 1%%c',
    // strings: may span lines, backslash escapes anything but a line break
    '"a\nb": 1', '"a\\\nb": 1', '"a\\"b": 1', '\'a"b\': 1', '"a"b": 1', '"": 1', '"a" "b": 1', '"a\\ b": 1', '"a\u2028b": 1', '"a\\\u2028b": 1',
    // keywords end at a blank, the end or %%
    'title', 'titlex', 'title%%x', 'title x\ntitle\n"a":1', 'showData', 'pie', 'accDescr {\nx\n}\n"a":1', 'accDescr {x} "a":1',
    'accDescr\n\n{\nx\n}', 'accDescr {x', 'accDescr:x %% y', 'accDescr x', 'accTitle x', 'accTitle : x', 'ACCTITLE: x', 'Title x',
    // blanks, separators, entities
    '\u00a0"a":1', '"a":1\u00a0', '\t"a"\t:\t1\t', '"a":1\n;', '"a" :\n1', '"a"\n:1', '"a":#35;', '"#35;":1', '"a#quot;b":1',
    '"style:a#b;" : 5;', 'style x:#f00;\n"a":1', '"a":1\n"a":-2', '"a":0\n"b":0', '"a":1\r"b":2',
  ].map((body) => P + body);
  cases.push('pie title x', 'pie titlex', 'pie showData title x', 'pie showDatax', 'pie showData%%x', 'pie%%x\n"a":1', 'pie showData showData', 'pie accTitle: t', 'pies\n"a":1', 'pie\t"a": 1');
  describeOracleCases('each probed text', cases, parsePie);
});

describe('pie AST and errors', () => {
  it('keeps slice labels, the last title and the accessibility texts', () => {
    const text = 'pie showData title  Old   one\n  title Pets  by   kind %% note\n  accTitle: Pets\n  accDescr {\n    one\n    two\n  }\n  "Dogs #35;1" : 3\n  \'Cats \\"x\\"\' : 2.5';
    const { ast, errors } = parsePie(text);
    expect(errors).toEqual([]);
    expect(ast.texts.map((t) => t.text)).toEqual(['Dogs #1', 'Cats "x"']);
    expect(ast.texts.map((t) => slice(text, t.span))).toEqual(['Dogs #35;1', 'Cats \\"x\\"']);
    expect(ast.texts.map((t) => t.raw)).toEqual(['Dogs #35;1', 'Cats \\"x\\"']);
    expect(ast.title?.text).toBe('Pets by kind');
    expect(slice(text, ast.title!.span)).toBe('title Pets  by   kind ');
    expect(ast.accTitle?.text).toBe('Pets');
    expect(ast.accDescr?.text).toBe('one\ntwo');
  });

  it('leaves an empty title unset, as the database does', () => {
    expect(parsePie('pie title\n"a": 1').ast.title).toBeNull();
  });

  it('reports a negative slice on the slice, after an entity shifted the encoded text', () => {
    const text = 'pie\n  "#35;x" : 1\n  "Loss" : -2.5';
    const { errors } = parsePie(text);
    expect(errors.map((e) => e.code)).toEqual(['negative-slice']);
    expect(slice(text, errors[0]!.span)).toBe('"Loss" : -2.5');
  });

  it.each([
    ['pie\n  Dogs : 3', 'unquoted-label', 'D'],
    ['pie\n  "Dogs" 3', 'missing-colon', '3'],
    ['pie\n  "Dogs" : "3"', 'bad-number', '"3"'],
    ['pie\n  "Dogs" : 3,5', 'bad-number', ','],
    ['pie\n  "Dogs" : 007', 'bad-number', '0'],
    ['pie\n  "Dogs" : 3 "Cats" : 2', 'unexpected-token', '"Cats"'],
    ['pie\n  "Dogs" : 3 x', 'unexpected-character', 'x'],
    ['pie\n  "Dogs" :   title x', 'missing-number', 'title x'],
    ['pie\n  "Do"gs" : 3', 'quote-in-label', 'g'],
    ['pie\n  "Dogs : 3', 'unclosed-string', '"'],
    ['pie\n  showData', 'misplaced-show-data', 'showData'],
    ['pie\npie', 'duplicate-header', 'pie'],
    ['pie titleX', 'bad-title', 'X'],
    ['pie\n  accTitle Pets', 'bad-acc-title', 'a'],
    ['pie\n  accDescr {', 'bad-acc-descr', 'a'],
    ['pie\n  "a" #35; : 1', 'entity-outside-label', '#'],
    ['pie\n\u00a0"a" : 1', 'unusual-blank', '\u00a0'],
  ])('%j → %s at %j', (text, code, at) => {
    const { errors } = parsePie(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe(code);
    expect(slice(text, errors[0]!.span)).toBe(at);
    expect(errors[0]!.hint).toBeTruthy();
  });

  it('points at the last character when the diagram ends too early', () => {
    const text = 'pie\n  "Dogs" :';
    const { errors } = parsePie(text);
    expect(errors[0]!.code).toBe('missing-number');
    expect(errors[0]!.span).toEqual({ start: text.length - 1, end: text.length });
  });
});

describe('pie lexer', () => {
  it('follows Chevrotain: first matching token type wins, hidden tokens dropped', () => {
    const types = lexPie('pie showData %% c\n  title x\n"a":-1.5\n---\n"h": 1\n---\n').map((t) => t.type);
    expect(types).toEqual([T.PIE, T.SHOW_DATA, T.NEWLINE, T.TITLE, T.NEWLINE, T.STRING, T.COLON, T.NUMBER, T.NEWLINE, T.EOF]);
  });

  it('is linear on a 1 MB line and on 10k lines', () => {
    const long = (n: number) => `pie\n"${'x'.repeat(n)}" : 1\n"${'y'.repeat(1000)} : 2`;
    const lines = (n: number) => `pie\n${Array.from({ length: n }, (_, i) => (i % 3 ? `"s${i}" : ${i}` : `title t${i} %% c`)).join('\n')}`;
    const braces = (n: number) => `pie\n${'accDescr {\n'.repeat(n)}`;
    const yaml = (n: number) => `pie\n${'---\n"a": 1\n'.repeat(n)}`;
    const digits = (n: number) => `pie\n"a" : ${'1'.repeat(n)}.`;
    expect(parsePie(long(1_000_000)).errors[0]?.code).toBe('unclosed-string');
    expect(parsePie(lines(10_000)).errors).toEqual([]);
    expect(parsePie(lines(10_000)).ast.texts).toHaveLength(6666);
    expect(parsePie(braces(20_000)).errors[0]?.code).toBe('bad-acc-descr');
    expect(parsePie(yaml(20_000)).errors).toEqual([]);
    expect(parsePie(digits(1_000_000)).errors[0]?.code).toBe('bad-number');
    expectNoBlowUp(parsePie, long(1_000_000));
    expectNoBlowUp(parsePie, lines(100_000));
    expectNoBlowUp(parsePie, braces(100_000));
    expectNoBlowUp(parsePie, yaml(100_000));
    expectNoBlowUp(parsePie, digits(1_000_000));
  });
});
