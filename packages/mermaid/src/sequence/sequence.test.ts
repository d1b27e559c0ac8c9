import { describe, expect, it } from 'vitest';
// The oracle: mermaid 11.17.2 itself, in jsdom.
import { mermaidVerdict } from '../../../../scripts/lib/mermaid-oracle.mjs';
import { preprocess } from '../preprocess.js';
import { expectNoBlowUp } from '../testing/linear.js';
import { parseSequence } from './index.js';
import { describeFixtureLabels } from '../testing/oracle.js';

const parse = (text: string) => parseSequence(preprocess(text).cleaned);
const body = (lines: string) => `sequenceDiagram\n${lines}`;
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describeFixtureLabels('sequence', 'sequence', parseSequence, 30);

describe('sequence edge cases agree with Mermaid', () => {
  // Quirks of the jison lexer, each checked against the oracle rather than hard-coded.
  const cases = [
    'participant A #c: d', 'activate A #c\ndeactivate A', 'title\nA->>B: x', 'autonumber \nA->>B: x', 'A->>B: x\nend A->>B: y',
    'K=afka->>B: x', 'Foo-Xavier->>B: x', 'A(x)->>B: y', 'A()->>B', '1 ->> B: x', '=', 'accDescr { unclosed', 'A->>B: style: #fff; x',
    'participant A-B@{ "type": "database" }', 'participant A@{ a: {b: 1} }', 'create destroy B\nA->>B: x', 'destroy B\nNote over B: x\nB->>A: y',
  ];
  for (const lines of cases) {
    it(JSON.stringify(lines), async () => {
      const text = body(lines);
      const mermaid = await mermaidVerdict(text);
      expect(parse(text).errors.length === 0, mermaid.message).toBe(mermaid.valid);
    });
  }
});

describe('sequence AST', () => {
  it('keeps participants, messages, notes and blocks with positions', () => {
    const text = body('  participant W as Web app\n  actor U\n  U->>+W: log in #quot;now#quot;<br>please\n  Note over U,W: TLS\n  alt ok\n    W-->>-U: token\n  else\n    W-xU: denied\n  end\n  W->>Db: save');
    const { ast, errors } = parseSequence(text);
    expect(errors).toEqual([]);
    expect(ast.participants.map((p) => [p.kind, p.id])).toEqual([['participant', 'W'], ['actor', 'U'], ['implicit', 'Db']]);
    expect(ast.participants[0]!.alias!.text).toBe('Web app');
    expect(slice(text, ast.participants[0]!.idSpan)).toBe('W');
    const [login, token, denied, save] = ast.messages;
    expect(login).toMatchObject({ from: 'U', to: 'W', arrow: '->>', activate: true });
    expect(login!.text!.text).toBe('log in "now"\nplease');
    expect(slice(text, login!.text!.span)).toBe(' log in #quot;now#quot;<br>please');
    expect(slice(text, login!.span)).toBe('U->>+W: log in #quot;now#quot;<br>please');
    expect(token).toMatchObject({ from: 'W', to: 'U', arrow: '-->>', deactivate: true });
    expect(slice(text, denied!.arrowSpan)).toBe('-x');
    expect(slice(text, save!.toSpan)).toBe('Db');
    expect(ast.notes[0]).toMatchObject({ placement: 'over', actors: ['U', 'W'] });
    expect(ast.notes[0]!.text.text).toBe('TLS');
    const alt = ast.blocks[0]!;
    expect(alt.kind).toBe('alt');
    expect(alt.label!.text).toBe('ok');
    expect(alt.sections.map((s) => [s.keyword, s.label])).toEqual([['else', null]]);
    expect(slice(text, alt.span)).toMatch(/^alt ok[\s\S]*end$/);
  });

  it('keeps title and accessibility texts', () => {
    const text = body('title: Checkout\naccTitle: Steps\naccDescr {\n  long\n}\nA->>B: x');
    const { ast } = parseSequence(text);
    expect(ast.title!.text).toBe('Checkout');
    expect(slice(text, ast.title!.span)).toBe('Checkout');
    expect(ast.accTitle!.text).toBe('Steps');
    expect(ast.accDescr!.text).toBe('long');
  });

  it('gives boxes and nested blocks their kinds and sections', () => {
    const { ast, errors } = parseSequence(body('box Aqua Team\nparticipant A\nend\npar one\nloop l\nA->>B: x\nend\nand two\nA->>C: y\nend\ncritical c\nA->>A: z\noption o\nA->>A: w\nend'));
    expect(errors).toEqual([]);
    expect(ast.blocks.map((b) => b.kind)).toEqual(['box', 'par', 'loop', 'critical']);
    expect(ast.blocks[1]!.sections.map((s) => s.label?.text)).toEqual(['two']);
    expect(ast.blocks[3]!.sections.map((s) => s.keyword)).toEqual(['option']);
  });
});

describe('sequence errors: class and position', () => {
  const cases: [string, string, string][] = [
    // [body, code, text at the reported span start]
    ['A->>B', 'missing-colon', 'B'],
    ['A->>>B: x', 'bad-arrow', '>'],
    ['A=>>B: x', 'bad-arrow', '>'],
    ['A->>B: pay; later', 'semicolon-in-text', ';'],
    ['A->>B: x\nend', 'stray-end', 'e'],
    ['loop x\nA->>B: y', 'missing-end', 'l'],
    ['opt x\nelse y\nend', 'else-outside-alt', 'e'],
    ['alt x\nand y\nend', 'and-outside-par', 'a'],
    ['deactivate A', 'inactive-deactivate', 'd'],
    ['A->>-B: x', 'inactive-deactivate', '-'],
    ['create participant B\nB->>A: x', 'create-without-message', 'B'],
    ['destroy B\nA->>C: x', 'destroy-without-message', 'A'],
    ['end->>B: x', 'keyword-participant', 'e'],
    ['A->>loop: x', 'keyword-participant', 'l'],
    ['participant A:B', 'bad-participant-name', 'A'],
    ['participant', 'missing-participant-name', 't'],
    ['participant A@{ "type": [ }', 'bad-participant-yaml', ' '],
    ['box\nA->>B: x\nend', 'box-content', 'A'],
    ['box\nparticipant A\nend\nbox\nparticipant A\nend', 'participant-in-two-boxes', 'p'],
    ['Note over A,B,C: x', 'note-too-many-participants', ','],
    ['Note above A: x', 'bad-note-placement', 'a'],
    ['autonumber ten', 'bad-autonumber', 't'],
  ];
  for (const [lines, code, at] of cases) {
    it(`${code}: ${JSON.stringify(lines)}`, async () => {
      const text = body(lines);
      const mermaid = await mermaidVerdict(text);
      expect(mermaid.valid).toBe(false);
      const { errors } = parseSequence(text);
      expect(errors).toHaveLength(1);
      const [issue] = errors;
      expect(issue!.code).toBe(code);
      expect(issue!.message.length).toBeGreaterThan(10);
      expect((text + '\n')[issue!.span.start]).toBe(at);
      expect(issue!.span.end).toBeGreaterThan(issue!.span.start);
    });
  }
});

describe('sequence performance is linear', () => {
  const bounded = (text: string) => expect(expectNoBlowUp(parseSequence, text).errors).toEqual([]);
  it('handles 100k messages, 5,000 nested loops and 1 MB of text', () => {
    bounded(body('A->>B: hello there\n'.repeat(100_000)));
    bounded(body(`${'loop x\n'.repeat(5000)}A->>B: y\n${'end\n'.repeat(5000)}`));
    bounded(body(`A->>B: ${'x'.repeat(1 << 20)}`));
    bounded(body(`participant ${'a #'.repeat(1 << 18)}`));
  });
});
