import { describe, expect, it } from 'vitest';
import { lineStarts, makeLocator } from './locate.js';
import { parseDiagramSync } from './parse.js';

describe('locate', () => {
  it('finds line starts after LF, CRLF and lone CR', () => {
    expect(lineStarts('a\nb\r\nc\rd')).toEqual([0, 2, 5, 7]);
  });

  it('gives 1-based positions in the diagram, or in the file through an origin', () => {
    const starts = lineStarts('ab\ncd');
    expect(makeLocator(starts)(4)).toEqual({ line: 2, column: 2 });
    expect(makeLocator(starts, [{ line: 10, column: 5 }, { line: 11, column: 5 }])(4)).toEqual({ line: 11, column: 6 });
  });
});

describe('positions through preprocessing (parseDiagramSync)', () => {
  const origin = (text: string) => text.split('\n').map((_, i) => ({ line: 20 + i, column: 4 }));

  it('maps a grammar error past front matter, a directive and a comment line back to the file', () => {
    const text = '---\ntitle: T\n---\n%%{init: {"theme": "dark"}}%%\nflowchart LR\n  %% note\n  A[a (b)] --> B';
    const diagram = parseDiagramSync(text, { origin: origin(text) });
    expect(diagram.verdict).toBe('invalid');
    const error = diagram.errors[0]!;
    expect(error.span.loc!.start.line).toBe(26);
    expect(text.slice(error.span.start, error.span.end)).toContain('(');
    expect(diagram.headerSpan!.loc!.start).toEqual({ line: 24, column: 4 });
    expect(diagram.comments[0]!.span.loc!.start).toEqual({ line: 25, column: 6 });
    expect(diagram.directives[0]!.span.loc!.start).toEqual({ line: 23, column: 4 });
  });

  it('keeps CRLF texts in step: line 3 is line 3', () => {
    const text = 'flowchart LR\r\n  A --> B\r\n  C[x (y)] --> D\r\n';
    const diagram = parseDiagramSync(text);
    expect(diagram.errors[0]!.span.loc!.start.line).toBe(3);
    expect(diagram.lines.map((l) => l.text)).toEqual(['flowchart LR', '  A --> B', '  C[x (y)] --> D', '']);
  });

  it('maps AST spans of a valid diagram onto the original text', () => {
    const text = '%% c\n\nflowchart LR\n  Alpha --> Beta';
    const diagram = parseDiagramSync(text);
    expect(diagram.verdict).toBe('valid');
    const ast = diagram.ast!;
    if (ast.kind !== 'flowchart') throw new Error('expected a flowchart');
    const edge = ast.edges[0]!;
    expect(text.slice(edge.fromSpan.start, edge.fromSpan.end)).toBe('Alpha');
    expect(text.slice(edge.toSpan.start, edge.toSpan.end)).toBe('Beta');
    expect(edge.toSpan.loc!.start).toEqual({ line: 4, column: 13 });
  });

  it('rejects an unknown type and an unclosed directive without Mermaid', () => {
    expect(parseDiagramSync('Flowchart LR\nA-->B').errors[0]!.code).toBe('unknown-type');
    expect(parseDiagramSync('%%{init: {"a": 1}\nflowchart LR').errors[0]!.code).toBe('unclosed-directive');
  });
});
