import { describe, expect, it } from 'vitest';
import { expectNoBlowUp } from '../../testing/linear.js';
import { describeFixtureLabels, describeOracleCases, parseWith } from '../../testing/oracle.js';
import { parseTimeline } from './index.js';

const parse = parseWith(parseTimeline);
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describeFixtureLabels('timeline', 'timeline', parseTimeline, 8);

describe('timeline quirks agree with Mermaid', () => {
  const T = 'timeline\n';
  const cases = [
    // event separators: ': ' (any blank, also a line break) starts an event; other colons break
    '2002:LinkedIn', '2002 :LinkedIn', '2002 : a : b', '2002 : a: b', '2002 : a:b', '2002 : a :b', '2002 :', '2002 : ', '2002 :\ta', '2002 :\u00a0a',
    '2002 :\n2003 : b', '2002 :\n\n2003 : b', '2002 ::a', '2002 : :a', '2002 : a::b', '2002 :: a', ':', '::', 'x\n:\ny', '10:00 : x', '10#58;00 : x',
    // the database crashes on an event before any period
    ': a', 'title T\n: a', 'section S\n: a', '2002\n: a', '2002\n  : a\n  : b',
    // comments: # at a token start, % not before {, any char but } before %%
    '2002 # c', '2002 : a # c', '# c\n2002 : a', '20#02 : x', '2002 % c', '2002 %% c', '2002 %{x', '}%% c\n2002', 'a}%%b\n2002 : x',
    // sections, titles, accessibility
    'section S', 'section S: x', 'section S : x', 'section', 'section ', 'SECTION S', 'title', 'title\n2002 : a', 'title: T', 'TITLE T', 'accTitle t',
    'accDescr {\nx', 'accDescr {}', 'accDescr: d',
    // blanks, unicode, entities, a second header
    '  2002  :  a  ', '2002 : a\u2028: b', 'é : ü', '#quot; : a', '2002 : a;b', '(x) [y] {z} : <b>', '2002 : a\ntimeline',
  ].map((body) => T + body);
  cases.push('timeline', 'timeline lr\n2002 : a', 'timeline RL\n2002 : a', 'timeline\tLR\n2002 : a', 'timelineLR\n2002 : a', 'timeline LRX\n2002 : a',
    'timeline 2002 : a', 'timeline : a', 'timeline title x', 'timelines\n2002 : a', 'timeline LR TD\n2002 : a', 'timeline LR:2002 : a');
  describeOracleCases('each probed text', cases, parseTimeline);
});

describe('timeline AST and errors', () => {
  it('keeps the title, sections, periods and events, with their spans', () => {
    const text = 'timeline LR\n  title History #35;1\n  accTitle: Milestones\n  section Early\n    1990 : Web : Browser\n         : HTML 2:0\n  section Late\n    2000 : Dot-com';
    const { ast, errors } = parseTimeline(text);
    expect(errors).toEqual([]);
    expect(ast.texts.map((t) => t.text)).toEqual(['History #1', 'Early', '1990', 'Web', 'Browser', 'HTML 2:0', 'Late', '2000', 'Dot-com']);
    expect(ast.texts.map((t) => slice(text, t.span))).toEqual(['History #35;1', 'Early', '1990', 'Web', 'Browser', 'HTML 2:0', 'Late', '2000', 'Dot-com']);
    expect(ast.title?.text).toBe('History #1');
    expect(ast.accTitle?.text).toBe('Milestones');
  });

  it('reports one issue where Mermaid stops, with a class per mistake', () => {
    const cases: [string, string, string][] = [
      ['timeline\n  10:00 : standup', 'timeline-colon-in-text', ':'],
      ['timeline\n  2002:LinkedIn', 'timeline-colon-in-text', ':'],
      ['timeline\n  section Day 09:00\n  2002 : a', 'timeline-colon-in-section', ':'],
      ['timeline\n  : first\n  2002 : a', 'timeline-event-without-period', ': first'],
      ['timeline\n  2002 :', 'timeline-empty-event', ':'],
      ['timeline\n  2002 : a\n  accDescr {\n  x', 'unclosed-acc-descr', ''],
      ['timeline\n  2002 : a\ntimeline', 'duplicate-header', 'timeline'],
      ['title x\n2002 : a', 'bad-header', 'title x'],
    ];
    for (const [text, code, at] of cases) {
      const { errors } = parseTimeline(text);
      expect(errors, text).toHaveLength(1);
      expect(errors[0]!.code, text).toBe(code);
      if (at) expect(slice(text, errors[0]!.span), text).toBe(at);
      expect(errors[0]!.span.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('stays linear on a 1 MB line and 10k lines', () => {
    const period = (n: number) => `timeline\n${'A'.repeat(n)} : x`;
    const events = (n: number) => `timeline\nsection S\n${'2024 : event one : event two\n'.repeat(n)}`;
    const colons = (n: number) => `timeline\n2024 : ${'a:'.repeat(n)}`;
    expect(parseTimeline(period(1e6)).errors).toEqual([]);
    expect(parseTimeline(events(10_000)).errors).toEqual([]);
    expect(parseTimeline(colons(5e5)).errors).toHaveLength(1);
    expectNoBlowUp(parseTimeline, period(1_000_000));
    expectNoBlowUp(parseTimeline, events(100_000));
    expectNoBlowUp(parseTimeline, colons(500_000));
  });
});
