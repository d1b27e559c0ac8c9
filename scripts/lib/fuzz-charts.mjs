// Lighter generators for the chart-like types we parse ourselves: pie (Langium), gantt, timeline,
// xychart, quadrantChart and sankey (jison), from each grammar's keywords and value forms.
import { lineDiagram } from './fuzz-kit.mjs';

const texts = ['Sales', 'A b', 'x (y)', 'a: b', 'a, b', '#35;', 'é ✓', 'a#b', 'a;b', '2024', 'end', 'title'];
const acc = (r) => r.pick(['accTitle: T', 'accDescr: D', 'accDescr {\n  multi\n}', 'accTitle T']);
const num = (r) => r.choose(['1', '42', '3.5', '0', '100.25'], ['-2', '1e3', '1,000', '5%', '.5', 'ten', '1.'], 'number');
const quoted = (r) => r.choose(['"A"', "'B'", '"x (y)"', '"a: b"', '"é"', '"a\'b"'], ['A', '""', '"a"b"', '"x'], 'quoted');

export const pie = (rng) => lineDiagram(rng, {
  headers: (r) => r.pick(['pie', 'pie showData', 'pie title Pets', 'pie showData title T', 'pie\ttitle x']),
  lines: [
    ['slice', 8, (r) => `${quoted(r)}${r.pick([' : ', ':', ' :', '\t:\t'])}${num(r)}`],
    ['title', 1, (r) => `title ${r.pick(texts)}`],
    ['acc', 1, acc],
    ['comment', 0.5, (r) => r.pick(['%% c', '"a" : 1 %% trailing'])],
  ],
});

const dates = ['2024-01-01', '2024-1-5', '2024-13-45', '10:00', '2024-01-01 10:00'];
export const gantt = (rng) => lineDiagram(rng, {
  headers: ['gantt'],
  lines: [
    ['task', 7, (r) => {
      const tags = r.chance(0.4) ? `${r.pick(['done', 'active', 'crit', 'milestone', 'crit, active'])}, ` : '';
      const id = r.chance(0.5) ? `${r.pick(['a1', 't2', 'x'])}, ` : '';
      const start = r.pick([...dates, 'after a1', 'after a1 t2', 'until x']);
      const end = r.pick(['30d', '2d', '1w', '12h', '2024-02-01', '']);
      return `${r.pick(['Task', 'Do it (x)', 'a: b', 'é'])}${r.choose([' : ', ':', ' :'], [' ', ''], 'colon')}${tags}${id}${start}${end ? `, ${end}` : ''}${r.chance(0.05) ? ' #c' : ''}`;
    }],
    ['section', 2, (r) => `section ${r.pick(texts)}`],
    ['dateFormat', 1, (r) => `dateFormat ${r.pick(['YYYY-MM-DD', 'HH:mm', 'X'])}`],
    ['axis', 1, (r) => r.pick(['axisFormat %Y-%m-%d', 'tickInterval 1week', 'tickInterval 2day', 'todayMarker off', 'todayMarker stroke-width:5px', 'topAxis', 'inclusiveEndDates'])],
    ['excludes', 1, (r) => `${r.pick(['excludes', 'includes'])} ${r.pick(['weekends', '2024-01-10', 'monday, friday'])}`],
    ['weekday', 0.5, (r) => r.choose(['weekday monday', 'weekend friday', 'weekend saturday'], ['weekday funday', 'weekend monday'], 'weekday')],
    ['title', 1, (r) => `title ${r.pick(texts)}`],
    ['click', 0.5, (r) => r.pick(['click a1 href "https://x.io"', 'click a1 call cb()', 'click a1 call cb("x")'])],
    ['acc', 0.5, acc],
    ['comment', 0.5, () => '%% c'],
  ],
});

export const timeline = (rng) => lineDiagram(rng, {
  headers: (r) => r.choose(['timeline', 'timeline LR', 'timeline TD'], ['timeline lr', 'timeline X'], 'header'),
  lines: [
    ['period', 6, (r) => `${r.pick(['2002', 'Q1 (x)', 'a#b', 'Era [x]', 'é'])}${r.pick([' : ', ' :\t'])}${r.pick(texts)}${r.chance(0.3) ? ` : ${r.pick(texts)}` : ''}`],
    ['continuation', 2, (r) => `${r.choose([': ', ':\t'], [':'], 'event colon')}${r.pick(texts)}`],
    ['section', 2, (r) => `section ${r.pick(texts)}`],
    ['title', 1, (r) => `title ${r.pick(texts)}`],
    ['acc', 0.5, acc],
    ['risky period', 0.3, (r) => r.pick(['2002:x', '2002 :x', '2002'])],
  ],
});

const nums = (r) => `[${Array.from({ length: 1 + r.int(4) }, () => num(r)).join(r.pick([', ', ',']))}]`;
export const xychart = (rng) => lineDiagram(rng, {
  headers: (r) => r.pick(['xychart-beta', 'xychart', 'xychart-beta horizontal', 'xychart vertical']),
  lines: [
    ['x-axis', 2, (r) => `x-axis ${r.chance(0.4) ? `${r.pick(['"Month"', 'Month', 'a b', '"x (y)"'])} ` : ''}${r.chance(0.5) ? `[${r.pick(['a, b, c', 'jan, "feb (x)"', '"a", "b"', '1, 2'])}]` : `${num(r)} --> ${num(r)}`}`],
    ['y-axis', 2, (r) => `y-axis ${r.chance(0.5) ? `${r.pick(['"Revenue"', 'Rev', 'a b'])} ` : ''}${r.chance(0.6) ? `${num(r)} --> ${num(r)}` : ''}`],
    ['line', 3, (r) => `line ${r.chance(0.3) ? `${r.pick(['"L"', 'L'])} ` : ''}${nums(r)}`],
    ['bar', 3, (r) => `bar ${r.chance(0.3) ? `${r.pick(['"B"', 'B'])} ` : ''}${nums(r)}`],
    ['title', 1, (r) => `title ${r.pick(['"Sales"', 'Sales', '"a (b)"'])}`],
    ['acc', 0.5, acc],
  ],
});

const point = (r) => `[${r.choose(['0.3', '0.75', '1', '0'], ['.5', '1.5', '-0.1', 'x'], 'coordinate')}, ${r.pick(['0.6', '0.1', '1', '0'])}]`;
export const quadrantChart = (rng) => lineDiagram(rng, {
  headers: ['quadrantChart'],
  lines: [
    ['point', 5, (r) => `${r.choose(['Campaign A', 'B', 'é', '"x (y)"'], ['a:b', 'x (y)'], 'point name')}${r.chance(0.2) ? ':::cls' : ''}: ${point(r)}${r.chance(0.2) ? ` ${r.pick(['radius: 10', 'color: #ff0000', 'stroke-width: 2px', 'radius: 10, color: #f00'])}` : ''}`],
    ['axis', 2, (r) => `${r.pick(['x-axis', 'y-axis'])} ${r.pick(['Low', '"Low (x)"', 'Low --> High', 'a --> "b"'])}`],
    ['quadrant', 2, (r) => `quadrant-${1 + r.int(r.chance(0.05) ? 5 : 4)} ${r.pick(texts)}`],
    ['title', 1, (r) => `title ${r.pick(texts)}`],
    ['classDef', 0.5, (r) => `classDef cls ${r.pick(['color: #109060, radius: 10', 'stroke-color: #000'])}`],
    ['acc', 0.5, acc],
  ],
});

const field = (r) => r.choose(['A', 'Bio fuel', '"a, b"', '"x ""q"""', '1'], ['"a', 'a"b', 'é', '"é"'], 'field');
export const sankey = (rng) => lineDiagram(rng, {
  headers: (r) => r.pick(['sankey-beta', 'sankey', 'sankey-beta\n']),
  indent: '',
  lines: [
    ['row', 8, (r) => `${field(r)},${field(r)},${r.choose(['1', '2.5', '10', 'ten'], ['', '1,2', ' 3'], 'value')}`],
    ['blank', 1, () => ''],
  ],
});
