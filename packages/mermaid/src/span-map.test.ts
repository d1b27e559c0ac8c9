import { describe, expect, it } from 'vitest';
import { parseFlowchart } from './flowchart/index.js';
import { lineStarts, makeLocator, LazyLocation } from './locate.js';
import { preprocess } from './preprocess.js';
import { parseSequence } from './sequence/index.js';
import { SpanMapper } from './span-map.js';

/**
 * The field-by-field walks must map exactly the spans the generic walk (every object with numeric
 * start/end) maps: a span field added to an AST and not to its walk would keep cleaned offsets.
 */
function bothWalks(text: string, grammar: (cleaned: string) => { ast: object; errors: { span: object }[] }) {
  const pre = preprocess(text);
  const locate = makeLocator(lineStarts(text));
  const typed = grammar(pre.cleaned);
  const generic = grammar(pre.cleaned);
  new SpanMapper(pre, locate).result(typed as never);
  new SpanMapper(pre, locate).any(generic);
  // The AST holds a Map: compare through JSON, with Maps as entry lists.
  const json = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (v instanceof Map ? [...v.entries()] : v));
  return { typed: json(typed), generic: json(generic) };
}

const FLOWCHART = [
  '%% a comment moves every offset',
  'flowchart LR',
  '  accTitle: Title',
  '  accDescr: Described',
  '  subgraph one [First group]',
  '    A[Start] -->|go| B(Next) & C{Choice}',
  '    A:::hot --- D',
  '  end',
  '  D e1@--> F',
  '  B -- label text --> E@{ shape: rect, label: "From data" }',
  '  classDef hot fill:#f00,stroke:#0f0',
  '  class B,C hot',
  '  style D fill:#ccc,stroke-width:2px',
  '  linkStyle 0,1 stroke:#f00',
  '  click A href "https://example.com" "tip" _blank',
].join('\n');

describe('span mapping', () => {
  it('maps the same flowchart spans as the generic walk, valid and invalid', () => {
    const valid = bothWalks(FLOWCHART, parseFlowchart);
    expect(valid.typed).toContain('"loc"');
    expect(valid.typed).toBe(valid.generic);
    const invalid = bothWalks(`${FLOWCHART}\n  X[a (b)] --> Y`, parseFlowchart);
    expect(invalid.typed).toContain('labelSpan');
    expect(invalid.typed).toBe(invalid.generic);
  });

  it('maps the same sequence spans as the generic walk', () => {
    const text = [
      '%% c',
      'sequenceDiagram',
      '  title T',
      '  participant A as Alice',
      '  actor B',
      '  A->>+B: hello',
      '  Note over A,B: a note',
      '  alt yes',
      '    B-->>-A: ok',
      '  else no',
      '    B-xA: fail',
      '  end',
    ].join('\n');
    const result = bothWalks(text, parseSequence);
    expect(result.typed).toContain('"loc"');
    expect(result.typed).toBe(result.generic);
  });

  it('locates lazily with the eager values, settable and as plain JSON', () => {
    const text = 'ab\ncd\nef';
    const locate = makeLocator(lineStarts(text));
    const loc = new LazyLocation(locate, 1, 7);
    expect(loc.end).toEqual({ line: 3, column: 2 });
    expect(loc.start).toEqual(locate(1));
    expect(JSON.parse(JSON.stringify(loc))).toEqual({ start: { line: 1, column: 2 }, end: { line: 3, column: 2 } });
    loc.start = { line: 9, column: 9 };
    expect(loc.start).toEqual({ line: 9, column: 9 });
  });
});
