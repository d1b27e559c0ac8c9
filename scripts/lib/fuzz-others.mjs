// The lighter generators of the other types we parse ourselves, with the tokens their damage uses.
import { gantt, pie, quadrantChart, sankey, timeline, xychart } from './fuzz-charts.mjs';
import { erDiagram, gitGraph, mindmap, stateDiagram } from './fuzz-structures.mjs';

const common = [':', ';', ',', '"', "'", '(', ')', '[', ']', '{', '}', '#', '%%', '-', '\n', ' ', '\t'];
export const otherBuilders = {
  pie: [pie, [...common, 'title', 'showData', '.', '-']],
  gantt: [gantt, [...common, 'section', 'title', 'after', 'dateFormat', 'crit', 'done', ', ']],
  timeline: [timeline, [...common, 'section', 'title', ' : ']],
  xychart: [xychart, [...common, 'x-axis', 'y-axis', 'line', 'bar', '-->', 'title']],
  quadrantChart: [quadrantChart, [...common, 'x-axis', 'quadrant-1', '-->', ':::', 'radius:']],
  sankey: [sankey, [',', '"', '\n', ' ', ';', '""']],
  stateDiagram: [stateDiagram, [...common, '-->', '[*]', 'state', 'note', 'end note', '<<fork>>', ':::', '--']],
  erDiagram: [erDiagram, [...common, '||', '--', '..', 'o{', 'PK', 'to', '|']],
  mindmap: [mindmap, [...common, '((', '))', '::icon(', ':::', '    ', '{{']],
  gitGraph: [gitGraph, [...common, 'commit', 'branch', 'checkout', 'merge', 'id:', 'tag:', 'type:', 'main']],
};
