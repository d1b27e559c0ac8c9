import { describe, expect, it } from 'vitest';
import { parseDiagram } from './parse.js';

// Verdicts checked against mermaid.parse 11.17.2 (scripts/lib/mermaid-oracle.mjs); these types are
// judged through @mermaid-js/parser plus the database's checks, without loading Mermaid.
describe('Langium types judged without Mermaid', () => {
  it.each([
    ['info', 'valid', undefined],
    ['info showInfo', 'valid', undefined],
    ['info x', 'invalid', 'syntax'],
    ['packet\n  0-15: "Source"\n  16-31: "Dest"', 'valid', undefined],
    ['packet\n  0-15: "Source"\n  17-31: "Dest"', 'invalid', 'packet-gap'],
    ['packet\n  5-2: "x"', 'invalid', 'packet-range'],
    ['packet\n  +0: "x"', 'invalid', 'packet-empty'],
    ['gitGraph\n  commit\n  branch dev\n  commit\n  checkout main\n  merge dev', 'valid', undefined],
    ['gitGraph\n  commit\n  checkout nope', 'invalid', 'git-no-branch'],
    ['gitGraph\n  commit\n  branch main', 'invalid', 'git-branch-exists'],
    ['gitGraph\n  commit\n  branch dev\n  merge main', 'invalid', 'git-merge-self'],
    ['gitGraph\n  commit\n  branch a\n  branch b\n  checkout a\n  merge b', 'invalid', 'git-merge-same-head'],
    ['gitGraph\n  commit id: "a"\n  cherry-pick id: "a"', 'invalid', 'git-cherry-pick'],
    ['---\nconfig:\n  gitGraph:\n    mainBranchName: trunk\n---\ngitGraph\n  commit\n  checkout trunk', 'valid', undefined],
  ])('%j is %s', async (text, verdict, code) => {
    const diagram = await parseDiagram(text);
    expect(diagram.delegated).toBe(false);
    expect(diagram.verdict).toBe(verdict);
    expect(diagram.errors[0]?.code).toBe(code);
  });

  it('places a Langium syntax error on the right line of the file', async () => {
    const text = '%% chart\npacket\n  0-15: "a"\n  bogus';
    const diagram = await parseDiagram(text, { origin: text.split('\n').map((_, i) => ({ line: 40 + i, column: 1 })) });
    expect(diagram.errors[0]!.code).toBe('syntax');
    expect(diagram.delegated).toBe(false);
    expect(diagram.errors[0]!.span.loc!.start.line).toBe(43);
  });
});
