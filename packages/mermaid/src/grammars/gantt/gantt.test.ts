import { describe, expect, it } from 'vitest';
import { expectNoBlowUp } from '../../testing/linear.js';
import { describeFixtureLabels, describeOracleCases, parseWith } from '../../testing/oracle.js';
import { parseGantt } from './index.js';
import { onlyTags } from './parser.js';

const parse = parseWith(parseGantt);
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describeFixtureLabels('gantt', 'gantt', parseGantt, 12);

describe('gantt quirks agree with Mermaid', () => {
  const G = 'gantt\n';
  const cases = [
    // database crashes while parsing: tag-only data, topAxis
    'A : done', 'A : crit, done, active, milestone, vert', 'A : done ,  crit ', 'A :DONE', 'A : , done', 'A : done,', 'A : active crit', 'topAxis', 'topAxisy : 1d',
    // dates, durations and ids are only read at render time
    'A : 2024-13-45, 1d', 'A : after nowhere, 1d', 'A : a1, 24-1-1, -3d', 'A : until x, y',
    // comments: one % (and any char but } before %) ends the line
    'a%b : 1d', '}%c\nA : 1d', 'A}%c : 1d', 'A : 1d %c', 'A : 1d}%x', '%c\nA : 1d',
    // task data stops at # and ;
    'A : 1d #c', 'A : 1d ; B : 2d', 'A : 1d;B : 2d', 'A : 1d;', 'A :', 'A :  ', 'A :: 1d', 'A : 1d : 2d', 'A\n: 1d', ':1d',
    // keywords: case, values across the line break, word ends
    'DATEFORMAT YYYY', 'dateFormat', 'dateFormat #x', 'axisFormat\nA : 1d', 'weekday  FRIDAY', 'weekday mon', 'weekdaymonday', 'weekend sunday',
    'inclusiveEndDatesX', 'title', 'title: x', 'section', 'section: S', 'accDescription x', 'accTitle:', 'accDescr {\nx', 'accDescr {}', '2024-01-01 : 1d', '2024-01-01x : 1d',
    // click, href, call
    'click a', 'click', 'click a href u', 'click a href "u', 'click a call f', 'click a call f(x', 'click a call (x)', 'click a call f( )', 'href "u"', 'call f()',
    'click a href "u" call f()', 'click a call f() href "u"', 'click a call f(1) href "u" call g()',
    // blanks, unicode, entities, statements without line breaks
    'A:1d B:2d', '\tA\t:\t1d', 'A : 1d\u2028B : 2d', 'A\u00a0: 1d', 'é : 1d', '#quot; : 1d', 'A : 1d, #59;', 'A;B : 1d', '#A : 1d', 'A : 1d\ngantt',
  ].map((body) => G + body);
  cases.push('gantt', 'ganttx\nA : 1d', 'gantt A : 1d', 'gantt title x', 'gantt:1d', 'gantt%x\nA : 1d', 'gantt}\nA:1d');
  describeOracleCases('each probed text', cases, parseGantt);
});

describe('gantt AST and errors', () => {
  it('keeps the title, section and task names and the accessibility texts, with their spans', () => {
    const text = 'gantt\n  title Launch #quot;Q3#quot;\n  accTitle: Plan\n  accDescr { Two\n lines }\n  section Build #35;1\n    Design work  : d1, 2024-01-01, 3d\n    Code : after d1, 2d';
    const { ast, errors } = parseGantt(text);
    expect(errors).toEqual([]);
    expect(ast.texts.map((t) => t.text)).toEqual(['Launch "Q3"', 'Build #1', 'Design work', 'Code']);
    expect(ast.texts.map((t) => slice(text, t.span))).toEqual(['Launch #quot;Q3#quot;', 'Build #35;1', 'Design work', 'Code']);
    expect(ast.title?.text).toBe('Launch "Q3"');
    expect(ast.accTitle?.text).toBe('Plan');
    expect(ast.accDescr?.text).toBe('Two\n lines');
  });

  it('reports one issue where Mermaid stops, with a class per mistake', () => {
    const cases: [string, string, string][] = [
      ['gantt\nDesign d1, 2024-01-01, 3d\nB : 1d', 'gantt-missing-colon', '\n'],
      ['gantt\nA : 1d # note\nB : 1d', 'gantt-comment-after-data', '\n'],
      ['gantt\nA : done, crit\n', 'gantt-tags-only', ': done, crit'],
      ['gantt\n  topAxis\n', 'gantt-top-axis', 'topAxis'],
      ['gantt\nclick\n', 'gantt-bad-click', ''],
      ['gantt\n2024-01-01 : 1d', 'gantt-bare-date', '2024-01-01'],
      ['gantt\nA :\nB : 1d', 'gantt-empty-task-data', ':'],
      ['title x\nA : 1d', 'bad-header', 'title x'],
    ];
    for (const [text, code, at] of cases) {
      const { errors } = parseGantt(text);
      expect(errors, text).toHaveLength(1);
      expect(errors[0]!.code, text).toBe(code);
      if (at) expect(slice(text, errors[0]!.span), text).toBe(at);
      expect(errors[0]!.span.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('knows which task data is only tags', () => {
    expect(onlyTags(' done, crit')).toBe(true);
    expect(onlyTags(' done, 1d')).toBe(false);
    expect(onlyTags(' Done')).toBe(false);
    expect(onlyTags(' ')).toBe(false);
  });

  it('stays linear on a 1 MB line and 10k lines', () => {
    const name = (n: number) => `gantt\n${'A'.repeat(n)} : 1d`;
    const tasks = (n: number) => `gantt\nsection S\n${'Task x : t1, 2024-01-01, 3d\n'.repeat(n)}`;
    const semicolons = (n: number) => `gantt\nA : 1d${';'.repeat(n)}`;
    expect(parseGantt(name(1e6)).errors).toEqual([]);
    expect(parseGantt(tasks(10_000)).errors).toEqual([]);
    expect(parseGantt(semicolons(1e6)).errors).toHaveLength(1);
    expectNoBlowUp(parseGantt, name(1_000_000));
    expectNoBlowUp(parseGantt, tasks(100_000));
    expectNoBlowUp(parseGantt, semicolons(1_000_000));
  });
});
