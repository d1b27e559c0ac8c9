import { describe, expect, it } from 'vitest';
import { expectNoBlowUp } from '../../testing/linear.js';
import { describeFixtureLabels, describeOracleCases, parseWith } from '../../testing/oracle.js';
import { sanitisedIdDiffers } from './db.js';
import { parseState } from './index.js';

const parse = parseWith(parseState);
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describeFixtureLabels('state', 'state', parseState, 25);

describe('state quirks agree with Mermaid', () => {
  const S = 'stateDiagram-v2\n';
  const cases = [
    // descriptions: ':' + text up to ';', a line break or '::'; no separators needed between statements
    'A --> B : x; y', 'A --> B : x : y', 'A --> B : x::y', 'A :', 'A : ', 'A ::b', 'A B C', 'A --> B C', 'A --> B --> C', 'A --> B; B --> C',
    // arrows and concurrency: '--' only inside a composite state, where the lexer has no INVALID rule
    'A -> B', 'A --- B', 'A -- B', '--', 'state X {\nA -- B\n}', 'state X {\nA\n--\nB\n}', 'state X {\nA - B\n}', 'state X {\nA : \n}', 'state X {\nA :: \n}',
    // braces: '}' is an id at the top level; '{' only after state Name
    '}', 'A }', 'state A {\nB}\n}', 'state A {}', 'state A { B }', 'state A {\nB\n', 'state A\n{\nB\n}', '{', 'state {\n}', 'state X {\n{\n}', 'state X {\n A --> B\n}}',
    // state names: one word before '{', or state "…" as id
    'state A B', 'state A B {', 'state A\nB {', 'state A_B C_D {', 'state Café Crème {\n}', 'state A-B {\n}', 'state as x', 'state X as Y', 'state "d" as X Y',
    'state "d" as X:y', 'state "d"', 'state "d" X', 'state "d" as', 'state "unclosed', 'state "d"\nas X', 'STATE A {\n}', 'State "x" AS Y', 'state "d" as %%c',
    // comments: %% and # at a token start; an id is cut at %%
    'A%%c --> B', 'A --> B %% c', '%%{ x', 'A # c', '#c\nA', 'A --> B : x %% not a comment',
    // notes
    'note over A : x', 'note left of A : x', 'note left of A:x', 'note left of A\nx\nend note', 'note left of A\nx\n  END NOTE', 'note left of A\nx end note',
    'note left of A\nx', 'note left of my-state : x', 'note left  of A : x', 'note left of A\n: x', 'note left of A\nend note', 'note \nleft of A : x',
    'note "floating" as N', 'note "has as" as N', 'note "as x" as N', 'note "x"', 'note "x" asN', 'note "x"as N', 'state X {\nnote left of A\nx\nend note\n}',
    // fork, join, choice: everything before the marker on the line is the id
    'state F <<fork>>', 'state F [[choice]]', 'state a b <<fork>>', 'state <<fork>>', 'F <<fork>>', 'state C <<choice>> : pick', 'state F <<fork>> {',
    // direction: any line holding direction TB|BT|RL|LR is one token
    'direction LR', 'direction lr', 'direction\nTB', 'direction XY', 'A --> B : direction LR', 'state X direction LR', 'state X {\n  direction LR }',
    'subdirection TB', 'default direction LR', 'state X { direction LR }',
    // scale, hide empty description, classDef, class, style, :::
    'scale 100 width', 'scale 100', 'scale x', 'scale\n100 width', 'hide empty description', 'HIDE EMPTY DESCRIPTION', 'hide-empty-description',
    'classDef foo fill:#f00', 'classDef default fill:#f00', 'classDef foo', 'classDef 1a fill', 'classDef -x fill', 'class A,B foo', 'class A, B foo', 'class "A" foo',
    'style A fill:#f00', 'style A,B fill:#f00', 'style my-a fill:#f00', 'A:::foo --> B:::bar', '[*]:::foo', 'A:::', 'A:::foo-bar', 'A::: foo',
    // accessibility: only at the top level
    'accTitle: t', 'accTitle t', 'accDescr: d', 'accDescr { multi\nline }', 'accDescr {\nfoo', 'state X {\naccTitle: x\n}', 'state X {\naccTitle:\n}',
    // click: a line break must follow the last string
    'click A href "u"', 'click A href "u" ', 'click A href "u" x', 'click A "u" "t"', 'click A "u"', 'click A', 'click A href "u" "t"', 'state X {\nclick A href "u"\n}',
    // keywords that cannot be state names
    'default --> A', 'defaults --> A', 'href', '"x" --> A', 'a"b" --> A',
    // the database: a composite state may get one description only
    'state A {\nB\n}\nA : x', 'state A {\nB\n}\nA : x\nA : y', 'state "d" as A\nstate A {\nB\n}', 'state "d" as A\nA : e\nstate A {\nB\n}',
    'state "d" as A {\nB\n}\nA : e', 'state "" as A {\nB\n}\nA : e', 'state "d" as A:e\nstate A {\nB\n}', 'state a&b {\nB\n}\na&b : x',
    'state a<b {\nB\n}\na<b : x', 'state <b>x</b> {\nB\n}\n<b>x</b> : x', 'state <br/>x {\nB\n}\n<br/>x : x', 'state <script>x</script> {\nB\n}\n<script>x</script> : x',
    'state A {\nstate B {\nC\n}\nB : x\nB : y\n}',
    // `[*]` states are renamed after their parent (twice over: `[*] ` only by the second pass)
    'state [*] {\n  B\n}\n[*] : b\n[*] : c', 'state "q" as [*] {\n  B\n}\nroot_start : c', 'state X {\n  [*] : a\n  [*] : b\n}\nstate X_start {\n}',
    'state X {\n  [*] : a\n}\nstate X_start {\n}', 'state X {\n  state "a" as [*] {\n  }\n  [*] : b\n}', 'state X {\n  state "a" as [*] \n  state "b" as [*] \n}\nstate [*] {\n}',
    // keywords where a state name is expected: `state`, `note`, `class`… followed by a blank start their statement
    'A --> state\nB --> C', 'note --> A', 'A --> note\nleft of B : x', 'class --> A', 'A --> scale\n1 width', 'A --> hide empty description', 'stateDiagram --> A',
    // inside a composite state: no INVALID rule, no accTitle/click/scale, braces on one line
    'state A {\n  B --->C\n}', 'state A {\n  ---\n}', 'state A {\n  B:::\n}', 'state A {\n  %%{ x\n}', 'state A {\n  B : a\u2028b\n}', 'state A {\n  "quoted"\n}',
    'state A { state B { C } }', 'state A { state B { C }}', 'state A {B --> C}', 'state A {\n}}', 'state A {\n}\n}\n}', 'state A {\n  state\n}',
    '[ * ] --> A', '[*]x --> A', 'x[*] --> A', 'state "x" as A:b {\n}', 'state "x" as A:\nstate A {\n}', 'state "x" as A\nstate "y" as A\nstate A {\n}',
    // line terminators other than \n end `.*` but not `[^\n]*`; blanks in keywords
    'direction\u2028LR', 'x\u2028direction LR', 'state A\u2028<<fork>>', 'state a <<join>> x <<fork>>', 'state a <<FORK>>', 'state a\u2028b {', 'state a\tb {', 'state é b {',
    'note left of A\u2028x\nend note', 'note left of A\nx\nend notes', 'note left of A\nx\nend  note', 'note left of A:\nx\nend note', 'note left of A : x : y', 'note left ofA : x',
    'note right of A} : x', 'accDescr {x}y', 'accDescr {x}\n}', 'scale 10width', 'scale 10\nwidth', 'scale 1.5 width', 'hide empty descriptionx', 'hide  empty description',
    'classDef a,b fill', 'classDef DEFAULTX fill', 'classDef Default fill', 'class A,,B x', 'class é x', 'style ,A fill', 'style A:fill',
    'click A href"u"', 'click A "u""t"', 'click A "u" "t" %% c', 'click A href "u";',
    // blanks, unicode, entities
    'A --> é', '🚀 --> B', 'A\u00a0--> B', 'A --> B\u2028C --> D', 'A --> B\r\nC', 'A --> B : #quot;x#quot;', '#quot; --> A', 'A –-> B', 'A → B',
  ].map((body) => S + body);
  cases.push('stateDiagram\nA --> B', 'stateDiagram-v2', 'stateDiagram', 'stateDiagram-v2x\nA', 'stateDiagram-v2 A --> B', 'stateDiagram-v2 direction LR',
    'stateDiagram-v2\nstateDiagram-v2', 'stateDiagram-v2\n\n\nA', 'stateDiagram-v2\tA', 'stateDiagram\nstate A {\nB\n}\nA : x\nA : y');
  describeOracleCases('each probed text', cases, parseState);
});

describe('state AST and errors', () => {
  it('keeps descriptions, labels, note texts and composite names, with their spans', () => {
    const text = [
      'stateDiagram-v2', '  accTitle: Orders', '  accDescr { How an order moves }', '  Idle : waiting #quot;here#quot;', '  Idle --> Busy : go<br/>now',
      '  state "Long name" as L', '  state Group {', '    A --> B', '  }', '  note right of Idle : calm', '  note left of Busy', '    first', '    second', '  end note',
      '  note "floating" as N', '  state "Main" as M:second line',
    ].join('\n');
    const { ast, errors } = parseState(text);
    expect(errors).toEqual([]);
    expect(ast.texts.map((t) => t.text)).toEqual(['waiting "here"', 'go\nnow', 'Long name', 'Group', 'calm', 'first\n    second', 'floating', 'Main', 'second line']);
    expect(ast.texts.map((t) => slice(text, t.span))).toEqual(['waiting #quot;here#quot;', 'go<br/>now', 'Long name', 'Group', 'calm', 'first\n    second', 'floating', 'Main', 'second line']);
    expect(ast.accTitle?.text).toBe('Orders');
    expect(ast.accDescr?.text).toBe('How an order moves');
  });

  it('reports one issue where Mermaid stops, with a class per mistake', () => {
    const cases: [string, string, string][] = [
      ['stateDiagram-v2\nA -> B', 'bad-arrow', '-'],
      ['stateDiagram-v2\nA --> B\nB --> C :\n', 'state-colon', ':'],
      ['stateDiagram-v2\nstate Moving Fast {\n}', 'state-multi-word-name', 'Moving Fast {'],
      ['stateDiagram-v2\nstate S {\n  A --> B\n', 'state-unclosed-composite', '{'],
      ['stateDiagram-v2\nnote over A : x', 'state-bad-note', 'over'],
      ['stateDiagram-v2\nnote left of A\n  text\n', 'state-unterminated-note', 'A'],
      ['stateDiagram-v2\nstyle my-a fill:#f96', 'state-bad-style', 'my-a'],
      ['stateDiagram-v2\nnote "x" y', 'state-bad-note', 'y'],
      ['stateDiagram-v2\nstate X {\n  A - B\n}', 'bad-arrow', '-'],
      ['stateDiagram-v2\nA --> B : ratio 1::2', 'state-colon-in-label', '::2'],
      ['stateDiagram-v2\nA --> B\n: orphan', 'state-orphan-description', ': orphan'],
      ['stateDiagram-v2\nscale 100\n', 'state-bad-scale', '\n'],
      ['stateDiagram-v2\nclassDef default fill:#f00', 'state-classdef-default', 'default'],
      ['stateDiagram-v2\ndefault --> A', 'state-keyword-as-name', 'default'],
      ['stateDiagram-v2\nA --> B --> C', 'state-chained-transition', '-->'],
      ['stateDiagram-v2\n--> C', 'state-missing-source', '-->'],
      ['stateDiagram-v2\nA --> B\n"quoted"', 'unexpected-token', '"quoted"'],
      ['stateDiagram-v2\nstate "Waiting" W', 'state-bad-description', 'W'],
      ['stateDiagram-v2\nstate A {\nB\n}\nA : x\nA : y', 'state-group-description', ': y'],
      ['stateDiagram-v2\nclick A href "u" "t"', 'state-bad-click', '"t"'],
      ['stateDiagram-v2\n[*] -->\n', 'state-missing-target', '\n'],
      ['stateDiagram-v2\nA --> state\n  B --> C', 'state-keyword-as-name', 'state'],
      ['stateDiagram-v2\nA:::hot-x', 'bad-arrow', '-'],
      ['stateDiagram-v2\nstate X {\n  A\n  {\n}', 'state-unexpected-brace', '{'],
      ['stateDiagram-v2\nstateDiagram-v2\nA', 'duplicate-header', 'stateDiagram-v2'],
      ['stateDiagram-v2 direction LR\nA', 'bad-header', 'stateDiagram-v2 direction LR'],
      ['flowchart LR\nA', 'bad-header', 'flowchart'],
    ];
    for (const [text, code, at] of cases) {
      const { errors } = parseState(text);
      expect(errors, text).toHaveLength(1);
      expect(errors[0]!.code, text).toBe(code);
      expect(slice(text, errors[0]!.span), text).toBe(at);
      expect(errors[0]!.message.length, text).toBeGreaterThan(20);
      expect(errors[0]!.hint, text).toBeTruthy();
    }
  });

  it('knows which ids DOMPurify gives back unchanged', () => {
    expect(sanitisedIdDiffers('a&b')).toBe(false);
    expect(sanitisedIdDiffers('<b>x</b>')).toBe(false);
    expect(sanitisedIdDiffers('<br>x')).toBe(false);
    expect(sanitisedIdDiffers('<br/>x')).toBe(true);
    expect(sanitisedIdDiffers('<B>x</B>')).toBe(true);
    expect(sanitisedIdDiffers('a<b')).toBe(true);
  });

  it('stays linear on a 1 MB label, 100k lines and 500 nested composite states', () => {
    expect(expectNoBlowUp(parseState, `stateDiagram-v2\nA --> B : ${'x'.repeat(1e6)}`).errors).toEqual([]);
    expect(expectNoBlowUp(parseState, `stateDiagram-v2\n${'A'.repeat(1e6)} --> B`).errors).toEqual([]);
    expect(expectNoBlowUp(parseState, `stateDiagram-v2\n${'Idle --> Busy : go\n'.repeat(100_000)}`).errors).toEqual([]);
    const nested = `stateDiagram-v2\n${Array.from({ length: 500 }, (_, i) => `state S${i} {\n`).join('')}A --> B\n${'}\n'.repeat(500)}`;
    expect(parseState(nested).errors).toEqual([]);
    expect(parseState(nested.slice(0, -2)).errors[0]?.code).toBe('state-unclosed-composite');
    expect(expectNoBlowUp(parseState, `stateDiagram-v2\nnote right of A\n${'\n '.repeat(3e5)}`).errors[0]?.code).toBe('state-unterminated-note');
    expect(expectNoBlowUp(parseState, `stateDiagram-v2\n${'a '.repeat(2e5)} direction LR\nstate ${'b '.repeat(2e5)} <<fork>>`).errors).toEqual([]);
  });
});
