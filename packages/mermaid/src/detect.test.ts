import { describe, expect, it } from 'vitest';
import { detectConfig, detectType } from './detect.js';
import { preprocess } from './preprocess.js';

const typeOf = (text: string) => {
  const pre = preprocess(text);
  return detectType(pre.cleaned, detectConfig(pre));
};

// Each expectation was checked against mermaid.parse 11.17.2 (scripts/lib/mermaid-oracle.mjs).
describe('detectType (Mermaid 11.17.2 detectors, in order)', () => {
  it.each([
    ['graph TD\nA-->B', 'flowchart-v2'],
    ['flowchart LR\nA-->B', 'flowchart-v2'],
    ['flowchart-elk\nA-->B', 'flowchart-elk'],
    ['graphql TD', 'flowchart-v2'],
    ['sequenceDiagram\nA->>B: x', 'sequence'],
    ['classDiagram\nclass A', 'classDiagram'],
    ['stateDiagram\n[*] --> A', 'stateDiagram'],
    ['erDiagram', 'er'],
    ['pie\n"a": 1', 'pie'],
    ['xychart-beta', 'xychart'],
    ['radar-beta', 'radar'],
    ['ISHIKAWA-beta', 'ishikawa'],
    [' error ', 'error'],
    ['---\nflowchart LR', '---'],
    ['flowchart LR\nC4Container --> B', 'c4'],
  ])('%j → %s', (text, type) => {
    expect(typeOf(text)).toBe(type);
  });

  it.each(['Flowchart LR', 'FLOWCHART', 'sequencediagram', 'zenuml', '', '%% only a comment\n'])('%j → no type', (text) => {
    expect(typeOf(text)).toBeNull();
  });

  // detectType tries only the detectors whose first word can start with the text's first
  // character: each type's header, in each case its regex accepts, after each kind of \s.
  const headers: [string, string][] = [
    ['error', 'error'], ['ERROR', 'error'], ['---', '---'], ['flowchart-elk', 'flowchart-elk'], ['mindmap', 'mindmap'],
    ['architecture-beta', 'architecture'], ['C4Context', 'c4'], ['kanban', 'kanban'], ['classDiagram', 'classDiagram'],
    ['classDiagram-v2', 'classDiagram'], ['erDiagram', 'er'], ['gantt', 'gantt'], ['info', 'info'], ['pie', 'pie'],
    ['requirementDiagram', 'requirement'], ['sequenceDiagram', 'sequence'], ['swimlane-beta', 'swimlane'], ['graph', 'flowchart-v2'],
    ['flowchart', 'flowchart-v2'], ['timeline', 'timeline'], ['gitGraph', 'gitGraph'], ['stateDiagram-v2', 'stateDiagram'],
    ['journey', 'journey'], ['quadrantChart', 'quadrantChart'], ['sankey-beta', 'sankey'], ['packet-beta', 'packet'],
    ['xychart-beta', 'xychart'], ['block-beta', 'block'], ['eventmodeling', 'eventmodeling'], ['treeView-beta', 'treeView'],
    ['radar-beta', 'radar'], ['ishikawa', 'ishikawa'], ['Ishikawa-Beta', 'ishikawa'], ['treemap', 'treemap'],
    ['railroad-beta', 'railroad'], ['RAILROAD-EBNF-BETA', 'railroadEbnf'], ['railroad-abnf-beta', 'railroadAbnf'],
    ['Railroad-Peg-Beta', 'railroadPeg'], ['venn-beta', 'venn'], ['wardley-beta', 'wardley'], ['WARDLEY-BETA', 'wardley'],
    ['cynefin-beta', 'cynefin'],
  ];
  it.each(headers)('%s → %s, after any white space', (header, type) => {
    for (const lead of ['', ' ', '\t\n', '\u00a0', '\ufeff', '\u2028 ']) expect(detectType(`${lead}${header}${type === 'error' ? ' ' : '\n  x'}`)).toBe(type);
  });

  it('reads defaultRenderer from front matter and init directives', () => {
    expect(typeOf('---\nconfig:\n  flowchart:\n    defaultRenderer: elk\n---\ngraph TD\nA-->B')).toBe('flowchart-elk');
    expect(typeOf('---\nconfig:\n  flowchart:\n    defaultRenderer: dagre-d3\n---\ngraph TD\nA-->B')).toBe('flowchart');
    expect(typeOf("%%{init: {'flowchart': {'defaultRenderer': 'dagre-d3'}}}%%\nflowchart TD\nA-->B")).toBeNull();
    expect(typeOf('---\nconfig:\n  class:\n    defaultRenderer: dagre-d3\n---\nclassDiagram\nclass A')).toBe('class');
  });
});

describe('detectConfig', () => {
  it('ignores the config of front matter found only by the second round, as Mermaid does', () => {
    const late = '\n---\nconfig:\n  flowchart:\n    defaultRenderer: elk\n---\ngraph TD\nA-->B';
    expect(typeOf(late)).toBe('flowchart-v2');
    expect(typeOf(late.trimStart())).toBe('flowchart-elk');
  });

  it('ignores init directives found only by the second round, as Mermaid does', () => {
    expect(detectConfig(preprocess('%%{\n%% x\ninit: {"fontSize": 5}}%%\npie')).fontSize).toBeUndefined();
    expect(detectConfig(preprocess('%%{init: {"fontSize": 5}}%%\npie')).fontSize).toBe(5);
  });

  it('moves a lone init directive\'s config: to the section of the type detectInit finds (without a configuration)', () => {
    const config = (t: string) => detectConfig(preprocess(t)) as Record<string, unknown>;
    expect(config('%%{init: {"config": {"a": 1}}}%%\ngraph TD\nA-->B')).toEqual({ flowchart: { a: 1 } });
    expect(config('%%{init: {"config": {"a": 1}}}%%\nstateDiagram\nA-->B')).toEqual({ state: { a: 1 } });
    expect(config('%%{init: {"config": {"a": 1}}}%%\nstateDiagram-v2\nA-->B')).toEqual({ stateDiagram: { a: 1 } });
    expect(config('%%{init: {"gitGraph": {"b": 2}, "config": {"a": 1}}}%%\ngitGraph')).toEqual({ gitGraph: { a: 1 } });
    expect(config('%%{init: {"config": {"a": 1}}}%%\n%%{init}%%\npie').config).toEqual({ a: 1 });
  });
});
