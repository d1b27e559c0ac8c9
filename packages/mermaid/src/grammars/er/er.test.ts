import { describe, expect, it } from 'vitest';
import { expectNoBlowUp } from '../../testing/linear.js';
import { describeFixtureLabels, describeOracleCases, parseWith } from '../../testing/oracle.js';
import { parseEr } from './index.js';

const parse = parseWith(parseEr);
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describeFixtureLabels('er', 'erDiagram', parseEr, 15);

describe('erDiagram quirks agree with Mermaid', () => {
  const E = 'erDiagram\n';
  const cases = [
    // header and statements without separators
    'A B C', 'A ||--o{ B : has C', 'A ||--o{ B : has many', 'A{}B{}', 'A ||--o{ B:has', 'A||--o{B:has',
    // direction: the whole line from the current token, wherever `direction XX` stands
    'direction LR', 'direction lr', 'direction  TB extra', 'direction XY', 'direction', 'A ||--o{ B : "direction LR"', 'A direction RL', 'direction\n\nBT', 'Adirection LR', 'direction LRX',
    // keywords as names
    'one', 'many', 'to', 'u', 'u-', 'U.x', 'only', 'ones', 'one_thing', 'one-thing', 'style', 'styles', 'class', 'classes', 'end', 'END', 'endpoint', 'subgraph', '"end"', 'erDiagram',
    // numbers as names and the many faces of 1
    '1', '2', '1.5', '1 B', '1 2', '1--1 B : x', 'A 1--1 B : x', '12 ||--|| 13 : x', 'A ||--|| B : 1', 'A ||--|| B : 1x', '1+--0+ B : x', 'A 1+--1 1 : x',
    // cardinalities and lines
    'A |o..o| B : x', 'A }o--o{ B : x', 'A }|..|{ B : x', 'A u--u B : x', 'A o|--|o B : x', 'A ||--- B : x', 'A ||- -|| B : x', 'A || -- || B : x', 'A ||to|| B : x', 'A || to || B : x',
    'A one or more optionally to zero or one B : x', 'A many(0)..many(1) B : x', 'A many (0)..one B : x', 'A }o-o{ B : x', 'A ||.|| B : x', 'A ||~~|| B : x',
    // labels and quotes
    'A ||--o{ B : "a % b"', 'A ||--o{ B : "x\ny"', 'A ||--o{ B : "a" "b"', 'A ||--o{ B : a.b-c*d', 'A ||--o{ B : é', '"A%" ||--o{ B : x', '"" ||--o{ B : x', '"a\\b"', '"a b" ||--o{ "c d" : "e f"',
    // blanks: only space, tab and CR are skipped
    'A\u00a0B', 'A\fB', 'A\vB', 'A\u2028B', 'A\tB', '\tA', 'A ||--o{ B :\tx',
    // attribute blocks
    'A {\n}', 'A {string name}', 'A { string name PK, FK, UK "c" }', 'A { string name "c" PK }', 'A { string name PK "c" "d" }', 'A { string? name }', 'A { string ? name }', 'A { string?? name }',
    'A { List~int~ x }', 'A { x~y z~ w }', 'A { ~a~ b }', 'A { a~b c }', 'A { `a b` `c d` }', 'A { `` a b }', 'A { `a b }', 'A { a-b.c,d(e)[f] g }', 'A { 1a b }', 'A { _a *b }', 'A { a b\n c d }',
    'A { pk fk }', 'A { a PK }', 'A { a b pk }', 'A { a b PKX }', 'A { a b PK,FK }', 'A { a b PK , FK }', 'A { a b PK, }', 'A { a b c }', 'A { é ü }', 'A { a b #35; }', 'A { a b "#35;" }', 'A { a\u00b5 b }', 'A { a: b }', 'A {{ a b }}',
    // aliases and classes
    'A[B]', 'A["B c"]', 'A[B C]', 'A[]', 'A [B]', 'A[B] {a b}', 'A[B]:::c', 'A[B]:::c {a b}', 'A[B] ||--o{ C : x', 'A:::c ||--o{ B:::d : x', 'A:::c,d', 'A:::c, d', 'A:::', 'A:::1', 'A ::: c',
    // styles and classes
    'style A fill:#f9f', 'style A fill:#f9f;', 'style A fill:#f9f;stroke:#333;', 'style A,B fill:red', 'style A', 'style A fill:red,', 'style A fill:red,,stroke:blue', 'style A fill:red;B', 'style A color:red;;',
    'style A stroke-width:2px', 'style A stroke-width:2.5px', 'style A fill:"red"', 'style A font-size:12px!important', 'style A fill:#f9f %% c', 'style 1 fill:red', 'style A fill : red', 'style A fill:red stroke:blue',
    'classDef c fill:red', 'classDef c', 'classDef c,d fill:red', 'classDef c, fill:red', 'classDef c fill:red\nclass A c', 'class A c', 'class A', 'class A,B c,d', 'class A c d', 'class 1 c',
    // subgraphs
    'subgraph S\nA\nend', 'subgraph S [T]\nA\nend', 'subgraph S [T U]\nA\nend', 'subgraph S []\nend', 'subgraph S\nend', 'subgraph S', 'subgraph\nA\nend', 'subgraph S T\nend', 'subgraph S\nsubgraph T\nend\nend',
    'subgraph S\nsubgraph T\nend', 'subgraph S\nend\nend', 'subgraph S\nA\nendx\nend', 'subgraph S\nA end', 'subgraph S\n  direction LR\nend', 'subgraph "S s"\nend',
    // accessibility
    'accTitle: t', 'accTitle t', 'accDescr: d', 'accDescr {\nd\n}', 'accDescr {\nd', 'accDescr{}', 'accTitle:', 'title T', 'accTitle: a\nA',
    // entity codes and odd characters
    'A#35;B', '#35;', 'A ||--o{ B : #quot;x#quot;', 'A ;', 'A,B', 'A & B', 'A (x)', 'A.B', 'A*', '-A', '🚀', 'A ||--o{ B : 🚀',
  ].map((body) => E + body);
  cases.push('erDiagram', 'erDiagram\n', 'erDiagramX', 'erDiagram A', 'erDiagram direction LR', 'erDiagram:\nA', 'erDiagram\n\n\n', 'erDiagram\nA\nerDiagram',
    'erDiagram {\n}', 'erDiagram\r\nA ||--o{ B : x\r\n', '%%{init: {}}%%\nerDiagram\nA', '---\ntitle: T\n---\nerDiagram\nA', 'erDiagram\n%% comment\nA', 'erDiagram\nA %% comment', 'erDiagram\nA { a b %% c }');
  describeOracleCases('each probed text', cases, parseEr);
});

describe('erDiagram AST and errors', () => {
  it('keeps entity names, aliases, attributes, comments, labels and accessibility texts with their spans', () => {
    const text = 'erDiagram\n  accTitle: Shop\n  "Customer #35;1"["Buyer"] {\n    string email UK "login name"\n  }\n  "Customer #35;1" ||--o{ ORDER : places\n  ORDER ||..|{ ITEM : "made of"';
    const { ast, errors } = parseEr(text);
    expect(errors).toEqual([]);
    expect(ast.texts.map((t) => t.text)).toEqual(['Customer #1', 'Buyer', 'email', 'login name', 'ORDER', 'places', 'ITEM', 'made of']);
    expect(ast.texts.map((t) => slice(text, t.span))).toEqual(['Customer #35;1', 'Buyer', 'email', 'login name', 'ORDER', 'places', 'ITEM', 'made of']);
    expect(ast.texts.map((t) => t.quoted)).toEqual([true, true, false, true, false, false, false, true]);
    expect(ast.accTitle?.text).toBe('Shop');
  });

  it('reports one issue where Mermaid stops, with a class per mistake', () => {
    const cases: [string, string, string][] = [
      ['erDiagram\n  A ||--o{ B', 'er-missing-label', ''],
      ['erDiagram\n  A ||--o{ B :', 'er-missing-label', ''],
      ['erDiagram\n  A ||-->o{ B : x', 'er-bad-cardinality', '>'],
      ['erDiagram\n  A ||~~o{ B : x', 'er-bad-relationship', '~'],
      ['erDiagram\n  A |>--o{ B : x', 'er-unexpected-character', '|'],
      ['erDiagram\n  A || o{ B : x', 'er-bad-relationship', 'o{'],
      ['erDiagram\n  A : x', 'er-bad-relationship', ':'],
      ['erDiagram\n  many ||--o{ B : x', 'er-keyword-as-name', 'many'],
      ['erDiagram\n  A ||--o{ end : x', 'er-keyword-as-name', 'end '],
      ['erDiagram\n  end', 'er-stray-end', 'end'],
      ['erDiagram\n  A {\n    string\n  }', 'er-bad-attribute', '}'],
      ['erDiagram\n  A {\n    string name PK FK\n  }', 'er-bad-attribute', 'FK'],
      ['erDiagram\n  A {\n    string name\n  B {', 'er-unclosed-block', '{'],
      ['erDiagram\n  A {\n    string #35;x\n  }', 'er-entity-code', '#35;'],
      ['erDiagram\n  A["x" y]', 'er-bad-alias', 'y'],
      ['erDiagram\n  style A fill:rgba(0,0,0,1)', 'er-style-character', '('],
      ['erDiagram\n  classDef c\n', 'er-bad-style', ''],
      ['erDiagram\n  subgraph S\n  A', 'er-unclosed-subgraph', 'subgraph'],
      ['erDiagram\n  subgraph S\n  subgraph T\n  end', 'er-unclosed-subgraph', 'subgraph'],
      ['erDiagram\n  A {\n    string name', 'er-unclosed-block', '{'],
      ['erDiagram\n  A ||--o{ B : "open', 'er-unclosed-quote', '"'],
      ['erDiagram\n  accDescr {\n  x', 'unclosed-acc-descr', ''],
      ['erDiagram direction LR\n  A', 'bad-header', 'erDiagram direction LR'],
      ['erDiagramm\n  A', 'bad-header', 'erDiagramm'],
    ];
    for (const [text, code, at] of cases) {
      const { errors } = parseEr(text);
      expect(errors, text).toHaveLength(1);
      expect(errors[0]!.code, text).toBe(code);
      expect(errors[0]!.hint, text).toBeTruthy();
      if (at) expect(slice(text, errors[0]!.span), text).toBe(at);
      expect(errors[0]!.span.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('stays linear on a 1 MB name, a 1 MB block line and 100k lines', () => {
    expect(expectNoBlowUp(parseEr, `erDiagram\n${'A'.repeat(1e6)} ||--o{ B : x`).errors).toEqual([]);
    // Many tokens on one line: the direction and ~generic~ rules must not rescan the line per token.
    expect(expectNoBlowUp(parseEr, `erDiagram\nA { int x ${'PK,'.repeat(1e5)}FK }`).errors).toEqual([]);
    expect(expectNoBlowUp(parseEr, `erDiagram\nA { ${'a~b '.repeat(1e5)}~ }`).errors).toHaveLength(1);
    expect(expectNoBlowUp(parseEr, `erDiagram\nclass ${'a,'.repeat(1e5)}a c`).errors).toEqual([]);
    expect(expectNoBlowUp(parseEr, `erDiagram\n${'A ||--o{ B : x\n'.repeat(100_000)}direction LR`).errors).toEqual([]);
    expect(expectNoBlowUp(parseEr, `erDiagram\n${'subgraph S\n'.repeat(100_000)}${'end\n'.repeat(100_000)}`).errors).toEqual([]);
    expect(expectNoBlowUp(parseEr, `erDiagram\nA ||--o{ B : "${'x'.repeat(1e6)}`).errors).toHaveLength(1);
  });
});
