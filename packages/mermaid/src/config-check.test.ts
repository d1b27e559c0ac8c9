import { describe, expect, it } from 'vitest';
// The oracle: mermaid 11.17.2 itself, in jsdom, and the key names of its default configuration.
import { mermaidConfigKeys, mermaidVerdict } from '../../../scripts/lib/mermaid-oracle.mjs';
import { configIssue } from './config-check.js';
import { CONFIG_KEYS } from './config-keys.js';
import { parseDiagram, parseDiagramSync } from './parse.js';

const flowchart = '\nflowchart LR\n  A --> B';
const noPreamble = { frontMatter: undefined, directives: [] } as unknown as Parameters<typeof configIssue>[0];
const underKey = (key: string) => `%%{init: {"${key}": {"fontFamily": 1}}}%%${flowchart}`;

/** Our verdict on `text` (parseDiagramSync's unless given) is Mermaid's own. */
async function expectMermaidsVerdict(text: string, ours = parseDiagramSync(text).verdict): Promise<void> {
  const mermaid = await mermaidVerdict(text);
  expect(ours, mermaid.message).toBe(mermaid.valid ? 'valid' : 'invalid');
}

describe('config sanitiser', () => {
  it('knows the keys of Mermaid\'s default configuration (regenerate with scripts/mermaid-config-keys.mjs)', async () => {
    expect([...CONFIG_KEYS].sort()).toEqual(await mermaidConfigKeys());
  });

  // A sample of the kept keys (every 20th, and the special ones) and keys it deletes: a bad CSS
  // value under a kept key fails the diagram, under a deleted one it is never read.
  const sample = [...CONFIG_KEYS].sort().filter((_, i) => i % 20 === 0)
    .concat(['flowchart', 'themeVariables', 'fontFamily', 'nodeColors', 'filenameIcons', 'extensionIcons', 'htmlLabels', 'unknownSection', 'myfontFamily', 'altFontFamily', '__proto__']);
  it.each(sample)('an object under %j is walked exactly when Mermaid walks it', async (key) => {
    await expectMermaidsVerdict(underKey(key));
  });

  it.each([
    '%%{init: {"sequence": {"actorFontFamily": 12}}}%%',
    '%%{init: {"flowchart": {"curve": {"themeCSS": true}}}}%%',
    '%%{init: {"htmlLabels": {"sequence": {"fontFamily": 2}}}}%%',
    '%%{init: {"fontFamily": [1]}}%%',
    '%%{init: {"flowchart": [{"fontFamily": 1}]}}%%',
    '---\nconfig:\n  sequence:\n    noteFontFamily: 3\n---',
    '---\nconfig:\n  theme:\n    themeCSS: 3\n---',
  ])('%j: our verdict is Mermaid\'s', async (head) => {
    await expectMermaidsVerdict(head + flowchart);
  });

  // Several theme variables, one unreadable: whether the theme reads it depends on the others
  // (neo derives secondaryColor from primaryColor only when secondaryColor is unset), so Mermaid decides.
  it.each([
    { theme: 'neo', themeVariables: { secondaryColor: 'red', primaryColor: 'notacolour' } },
    { theme: 'neo', themeVariables: { primaryColor: 'notacolour', lineColor: 'red' } },
    { theme: 'neo-dark', themeVariables: { background: '#ggg', lineColor: 'red', secondaryBorderColor: '#ff0000' } },
    { theme: 'base', themeVariables: { primaryColor: 'notacolour' } },
  ])('theme %j: Mermaid\'s verdict, from Mermaid when several variables are set', async (init) => {
    const text = `%%{init: ${JSON.stringify(init)}}%%${flowchart}`;
    const several = Object.keys(init.themeVariables).length > 1;
    expect(parseDiagramSync(text).verdict).toBe(several ? 'needs-oracle' : 'invalid');
    const diagram = await parseDiagram(text);
    await expectMermaidsVerdict(text, diagram.verdict);
    expect(diagram.delegated).toBe(several);
  });

  it.each([
    '%%{init: {"__proto__": {"fontFamily": 1, "polluted": true}}}%%',
    '%%{init: {"flowchart": {"__proto__": {"polluted": true}}}}%%',
    '---\nconfig:\n  __proto__:\n    polluted: true\n---',
    '%%{init: {"constructor": {"prototype": {"polluted": true}}}}%%',
  ])('%j: Mermaid\'s verdict, and nothing merged into Object.prototype', async (head) => {
    const text = head + flowchart;
    const ours = parseDiagramSync(text).verdict;
    expect(Object.keys(Object.prototype)).toEqual([]);
    await expectMermaidsVerdict(text, ours);
  });

  // Deleted at any depth by Mermaid: a nested __proto__ must not become a section's prototype either.
  it.each([
    ['%%{init: {"flowchart": {"__proto__": {"defaultRenderer": "elk"}}}}%%', '\ngraph LR\n  A --> B'],
    ['---\nconfig:\n  flowchart:\n    __proto__:\n      defaultRenderer: dagre-d3\n---', '\nflowchart LR\n  A --> B'],
    ['%%{init: {"gitGraph": {"__proto__": {"mainBranchName": "trunk"}}}}%%', '\ngitGraph\n  commit\n  checkout trunk'],
  ])('%j: Mermaid\'s type and verdict', async (head, body) => {
    const text = head + body;
    const ours = parseDiagramSync(text);
    const mermaid = await mermaidVerdict(text);
    expect(ours.verdict, mermaid.message).toBe(mermaid.valid ? 'valid' : 'invalid');
    if (mermaid.valid) expect(ours.type).toBe(mermaid.type);
  });

  it('reads CSS values under any known key, whatever its default, and not under an unknown one', () => {
    expect(configIssue(noPreamble, { flowchart: { curve: { fontFamily: 5 } } })).toMatchObject({ message: expect.stringMatching(/flowchart\.curve\.fontFamily/) });
    expect(configIssue(noPreamble, { fontSize: [{ themeCSS: true }] })).toMatchObject({ message: expect.stringMatching(/fontSize\[0\]\.themeCSS/) });
    expect(configIssue(noPreamble, { flowchart: { curved: { fontFamily: 5 } } })).toBeNull();
    expect(configIssue(noPreamble, { sankey: { nodeColors: { fontFamily: 5, themeVariables: 'a-b' } } })).toBeNull();
    expect(configIssue(noPreamble, { treeView: { filenameIcons: { fontFamily: 5 }, extensionIcons: [{ themeCSS: 1 }] } })).toBeNull();
  });

  it('rejects a text themeVariables holding a character the sanitiser blanks, at any level it walks', () => {
    expect(configIssue(noPreamble, { class: { themeVariables: 'dagre-d3' } })).toMatchObject({ message: expect.stringMatching(/class\.themeVariables/) });
    expect(configIssue(noPreamble, { curve: [{ themeVariables: 'a_b' }] })).toMatchObject({ message: expect.stringMatching(/curve\[0\]\.themeVariables/) });
    expect(configIssue(noPreamble, { class: { themeVariables: 'dagre wrapper' } })).toBeNull();
    expect(configIssue(noPreamble, { bogus: { themeVariables: 'dagre-d3' } })).toBeNull();
  });
});
