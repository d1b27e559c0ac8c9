import { describe, expect, it } from 'vitest';
// The oracle: mermaid 11.17.2 itself, in jsdom, and the key names of its default configuration.
import { mermaidConfigKeys, mermaidVerdict } from '../../../scripts/lib/mermaid-oracle.mjs';
import { CONFIG_KEYS } from './config-keys.js';
import { parseDiagramSync } from './parse.js';

const flowchart = '\nflowchart LR\n  A --> B';
const underKey = (key: string) => `%%{init: {"${key}": {"fontFamily": 1}}}%%${flowchart}`;

describe('config sanitiser', () => {
  it('knows the keys of Mermaid\'s default configuration (regenerate with scripts/mermaid-config-keys.mjs)', async () => {
    expect([...CONFIG_KEYS].sort()).toEqual(await mermaidConfigKeys());
  });

  // A sample of the kept keys (every 20th, and the special ones) and keys it deletes: a bad CSS
  // value under a kept key fails the diagram, under a deleted one it is never read.
  const sample = [...CONFIG_KEYS].sort().filter((_, i) => i % 20 === 0)
    .concat(['flowchart', 'themeVariables', 'fontFamily', 'nodeColors', 'htmlLabels', 'unknownSection', 'myfontFamily', 'altFontFamily', '__proto__']);
  it.each(sample)('an object under %j is walked exactly when Mermaid walks it', async (key) => {
    const text = underKey(key);
    const mermaid = await mermaidVerdict(text);
    expect(parseDiagramSync(text).verdict, mermaid.message).toBe(mermaid.valid ? 'valid' : 'invalid');
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
    const text = head + flowchart;
    const mermaid = await mermaidVerdict(text);
    expect(parseDiagramSync(text).verdict, mermaid.message).toBe(mermaid.valid ? 'valid' : 'invalid');
  });
});
