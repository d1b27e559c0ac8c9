import { describe, expect, it } from 'vitest';
import { parseDiagramSync } from '../parse.js';
import { parseFlowchart } from './index.js';
import { expectNoBlowUp } from '../testing/linear.js';
import { describeFixtureVerdicts } from '../testing/oracle.js';

describeFixtureVerdicts('flowchart', 'flowchart', parseDiagramSync, 40);

describe('flowchart AST', () => {
  it('keeps nodes, edges, subgraphs and classes with positions', () => {
    const text = 'flowchart LR\n  subgraph Edge["Edge Plane"]\n    CDN[CloudFront] -->|p99 20ms| LB(ALB)\n  end\n  LB --> API:::svc\n  classDef svc fill:#10B981\n  class CDN,LB edge';
    const { ast, errors } = parseFlowchart(text);
    expect(errors).toEqual([]);
    expect([...ast.nodes.keys()]).toEqual(['CDN', 'LB', 'API']);
    expect(ast.nodes.get('CDN')!.label!.text).toBe('CloudFront');
    expect(ast.nodes.get('CDN')!.subgraph).toBe('Edge');
    expect(ast.nodes.get('API')!.subgraph).toBe(null);
    const [first, second] = ast.edges;
    expect(first).toMatchObject({ from: 'CDN', to: 'LB', index: 0, stroke: 'normal', arrowEnd: 'arrow' });
    expect(first!.label!.text).toBe('p99 20ms');
    expect(text.slice(first!.label!.span.start, first!.label!.span.end)).toBe('p99 20ms');
    expect(second).toMatchObject({ from: 'LB', to: 'API', index: 1 });
    expect(ast.subgraphs[0]).toMatchObject({ id: 'Edge', members: ['CDN', 'LB'] });
    expect(ast.subgraphs[0]!.title!.text).toBe('Edge Plane');
    expect(ast.classDefs[0]!.names).toEqual(['svc']);
    expect(ast.classDefs[0]!.styles[0]).toMatchObject({ name: 'fill', value: '#10B981' });
    expect(ast.classAssigns.map((c) => [c.form, c.className, c.nodeIds])).toEqual([['shorthand', 'svc', ['API']], ['statement', 'edge', ['CDN', 'LB']]]);
    const label = ast.nodes.get('LB')!.refs[0]!.label!;
    expect(text.slice(label.span.start, label.span.end)).toBe('ALB');
  });

  it('reports the failure where Mermaid stops, classified, with file positions', () => {
    const diagram = parseDiagramSync('flowchart LR\n    A[Service (v2)] --> B', { origin: [{ line: 10, column: 3 }, { line: 11, column: 3 }] });
    expect(diagram.verdict).toBe('invalid');
    const [issue] = diagram.errors;
    expect(issue!.code).toBe('paren-in-label');
    expect(issue!.hint).toMatch(/double quotes/);
    expect(issue!.span.loc!.start).toEqual({ line: 11, column: 3 + 'A[Service '.length + 4 });
  });

  it('gives label failures the whole label as labelSpan, and the offending character as span', () => {
    const cases: [string, string, string, string][] = [
      ['flowchart LR\n  A[Service (v2)] --> B', 'paren-in-label', '(', 'Service (v2)'],
      ['flowchart LR\n  A[/a (b)/] --> B', 'paren-in-label', '(', 'a (b)'],
      ['flowchart LR\n  A -->|a [b]| B', 'bracket-in-label', '[', 'a [b]'],
      ['flowchart LR\n  A[say "hi" now] --> B', 'quote-in-label', 'hi', 'say "hi" now'],
      ['flowchart LR\n  A -- a "b" --> B', 'quote-in-label', 'b', 'a "b"'],
      ['flowchart LR\n  A[mail@host] --> B', 'at-in-label', 'A[mail@', 'mail@host'],
    ];
    for (const [text, code, at, label] of cases) {
      const [issue] = parseFlowchart(text).errors;
      expect(issue?.code, text).toBe(code);
      expect(text.slice(issue!.span.start, issue!.span.end), text).toBe(at);
      expect(text.slice(issue!.labelSpan!.start, issue!.labelSpan!.end), text).toBe(label);
    }
  });

  it('stays linear on long lines that make Mermaid’s own rules rescan (direction, edge ids)', () => {
    // "direction" with no valid direction after it, and an '@' at the end of a long unbroken run.
    expect(expectNoBlowUp(parseFlowchart, `flowchart LR\nA${' &  B'.repeat(40_000)} direction XY`).errors).toHaveLength(1);
    expect(expectNoBlowUp(parseFlowchart, `flowchart LR\n${'A:'.repeat(40_000)}A@{ shape: rect }`).errors).toEqual([]);
    // Far deeper than any recursion would survive.
    const nested = `flowchart LR\n${'subgraph s\n'.repeat(20_000)}A\n${'end\n'.repeat(20_000)}`;
    expect(expectNoBlowUp(parseFlowchart, nested).errors).toEqual([]);
  });

  it('parses pathological input in linear time', () => {
    const nodes = Array.from({ length: 10_000 }, (_, i) => `  n${i} --> n${i + 1}`).join('\n');
    const big = `flowchart LR\n${nodes}`;
    expect(expectNoBlowUp(parseFlowchart, big).errors[0]?.code).toBe('edge-limit');
    const label = `flowchart LR\n  A["${'x'.repeat(1_000_000)}"] --> B`;
    expect(expectNoBlowUp(parseFlowchart, label).errors).toEqual([]);
    const nested = `flowchart LR\n${'subgraph s\n'.repeat(500)}A\n${'end\n'.repeat(500)}`;
    expect(expectNoBlowUp(parseFlowchart, nested).errors).toEqual([]);
  });
});
