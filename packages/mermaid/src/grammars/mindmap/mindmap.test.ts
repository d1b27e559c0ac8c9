import { describe, expect, it } from 'vitest';
import { expectNoBlowUp } from '../../testing/linear.js';
import { describeFixtureLabels, describeOracleCases, parseWith } from '../../testing/oracle.js';
import { parseMindmap } from './index.js';

const parse = parseWith(parseMindmap);
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describeFixtureLabels('mindmap', 'mindmap', parseMindmap, 15);

describe('mindmap quirks agree with Mermaid', () => {
  const M = 'mindmap\n  root\n';
  const cases = [
    // indentation: depth is the length of the leading blanks, tabs count one; only the root may be at its level
    '    A', '  A', ' A', 'A', '\tA', '   \tA', '    A\n  B', '    A\n   B', '      A\n    B', '    A\n\t\t\tB', '\u00a0\u00a0\u00a0A', '    A\n      B\n    C\n  D',
    // blank lines and comments
    '\n    A', '\n\n    A', '  \n    A', '    A\n\n', '    A\n  \n    B', '    A %% c', '    %% c\n    A', '%% c', '    A(b) %% c', '    A(b)%%c', '    A\n%%\n    B',
    // shapes, their texts and closings
    '    A(b)', '    A[b]', '    A((b))', '    A))b((', '    A)b(', '    A{{b}}', '    A(-b-)', '    A-)b(-', '    (b)', '    [b]', '    ((b))', '    A(b]', '    A[b)', '    A{{b)',
    '    A(b}}', '    A((b(', '    A(b))', '    A(b)))', '    A()', '    A[]', '    A[ ]', '    A(b', '    A(b\n    c)', '    A(b(c))', '    A[b[c]]', '    A{b}', '    A}b', '    A{{b}', '    A(b}c)', '    A(b)c',
    '    A (b)', '    A(b) ', '    A(b)\t', '    A(b) (c)', '    A[b]\n      C[d]', '    A ( b )',
    // quotes and markdown strings
    '    A["b"]', '    A["b (c)"]', '    A["b" c]', '    A[c "b"]', '    A[""]', '    A["b]', '    A["`b`"]', '    A["`b"]', '    A["`b` "]', '    A["`**b**\nc`"]', '    A("`b`")', '    "b"', '    A[`b`]',
    // icons and classes
    '    ::icon(fa fa-x)', '::icon(x)', '    ::icon()', '    ::icon(x', '    ::icon(x) y', '    ::icon(x)\n    ::icon(y)', '    :::c', '    :::c d', '    :::', '    ::: ', '    A:::c', '    A ::icon(x)', '    ::ICON(x)', '    :::c\n    :::d',
    // keywords, entity codes, odd characters
    '    mindmap', '    MINDMAP', '    Mindmap x', '    mindmap_x', '    x mindmap', '    A #35; b', '    A[#35;]', '    A\u2028B', '    A;B', '    é', '    🚀', '    A\\B', '    A\f', '    A\u00a0(b)',
  ].map((body) => M + body);
  cases.push('mindmap', 'mindmap\n', 'mindmap root', 'mindmap\nroot', 'mindmap\n\n  root', 'mindmaps\n  root', 'mindmap\n  root\n  B', 'mindmap\n  ::icon(x)\n  root',
    'mindmap\n  :::c\n  root', 'mindmap  \n  root', 'mindmap %% c\n  root', 'mindmap(x)\n  root', 'mindmap\n  root\nmindmap', '---\ntitle: T\n---\nmindmap\n  root', '%%{init: {}}%%\nmindmap\n  root', 'mindmap\r\n  root\r\n    A');
  describeOracleCases('each probed text', cases, parseMindmap);
});

describe('mindmap AST and errors', () => {
  it('keeps every node text with its span, quoted and markdown strings marked', () => {
    const text = 'mindmap\n  root((Garden #35;1))\n    Beds and paths\n    a["Ponds (2)"]\n      ::icon(fa fa-water)\n    b["`**Trees**`"]\n    :::big';
    const { ast, errors } = parseMindmap(text);
    expect(errors).toEqual([]);
    expect(ast.texts.map((t) => t.text)).toEqual(['Garden #1', 'Beds and paths', 'Ponds (2)', '**Trees**']);
    expect(ast.texts.map((t) => slice(text, t.span))).toEqual(['Garden #35;1', 'Beds and paths', 'Ponds (2)', '**Trees**']);
    expect(ast.texts.map((t) => [t.quoted, t.markdown])).toEqual([[false, false], [false, false], [true, false], [true, true]]);
  });

  it('reports one issue where Mermaid stops, with a class per mistake', () => {
    const cases: [string, string, string][] = [
      ['mindmap\n  root\n    A\n  B', 'mindmap-multiple-roots', 'B'],
      ['mindmap\nroot\nsecond', 'mindmap-multiple-roots', 'second'],
      ['mindmap\n  ::icon(fa)\n  root', 'mindmap-decoration-before-node', 'fa'],
      ['mindmap\n  root\n    A()', 'mindmap-empty-node', ')'],
      ['mindmap\n  root\n    A(b', 'mindmap-unclosed-shape', '('],
      ['mindmap\n  root\n    A((b\n    c', 'mindmap-unclosed-shape', '(('],
      ['mindmap\n  root\n    A["b" c]', 'mindmap-text-after-quote', ' c'],
      ['mindmap\n  root\n    A["b"\n    c', 'mindmap-unclosed-shape', '['],
      ['mindmap\n  root\n    A(b}c)', 'mindmap-bracket-in-text', '}c)'],
      ['mindmap\n  root\n    A(b) c', 'mindmap-text-after-node', ' '],
      ['mindmap\n  root\n    A{b}', 'mindmap-bracket-in-text', '{'],
      ['mindmap\n  root\n    mindmap notes', 'mindmap-keyword-node', 'mindmap'],
      ['mindmap\n  root\n    ::icon(fa', 'mindmap-unclosed-icon', ''],
      ['mindmap\n  root\n    :::\n    B', 'mindmap-empty-class', '    '],
      ['mindmap\n\n  root', 'mindmap-blank-after-header', '  '],
      ['mindmap\n  root\n    A["`b"c`"]', 'mindmap-bad-character', '"'],
      ['mindmap', 'mindmap-empty', 'mindmap'],
      ['mind map\n  root', 'bad-header', 'mind map'],
    ];
    for (const [text, code, at] of cases) {
      const { errors } = parseMindmap(text);
      expect(errors, text).toHaveLength(1);
      expect(errors[0]!.code, text).toBe(code);
      expect(errors[0]!.hint, text).toBeTruthy();
      if (at) expect(slice(text, errors[0]!.span), text).toBe(at);
      expect(errors[0]!.span.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('stays linear on a 1 MB node, 100k lines and 3k levels of nesting', () => {
    expect(expectNoBlowUp(parseMindmap, `mindmap\n  root\n    A[${'x'.repeat(1e6)}]`).errors).toEqual([]);
    expect(expectNoBlowUp(parseMindmap, `mindmap\n  root\n    A(${'x'.repeat(1e6)}`).errors).toHaveLength(1);
    expect(expectNoBlowUp(parseMindmap, `mindmap\n  root\n${'    child node\n'.repeat(100_000)}`).errors).toEqual([]);
    const deep = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}n${i}`).join('\n');
    expect(expectNoBlowUp(parseMindmap, `mindmap\n${deep}`).errors).toEqual([]);
    expect(expectNoBlowUp(parseMindmap, `mindmap\n  root\n${' '.repeat(1e6)}\n    A`).errors).toEqual([]);
  });
});
