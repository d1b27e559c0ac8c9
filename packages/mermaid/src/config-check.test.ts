import { describe, expect, it } from 'vitest';
// The oracle loads mermaid 11.17.2 in jsdom; its default configuration is read from that module.
import { mermaidVerdict } from '../../../scripts/lib/mermaid-oracle.mjs';
import { CONFIG_KEYS } from './config-keys.js';
import { configIssue } from './config-check.js';

/** Mermaid's configKeys: every key name of the default config, at any depth, arrays skipped. */
function keyNames(value: Record<string, unknown>, out = new Set<string>()): Set<string> {
  for (const [key, child] of Object.entries(value)) {
    if (Array.isArray(child)) continue;
    out.add(key);
    if (child !== null && typeof child === 'object') keyNames(child as Record<string, unknown>, out);
  }
  return out;
}

const noPreamble = { frontMatter: undefined, directives: [] } as unknown as Parameters<typeof configIssue>[0];

describe('config sanitiser', () => {
  it('knows exactly the key names of Mermaid\'s default configuration', async () => {
    await mermaidVerdict('pie\n"a": 1');
    const mermaid = (await import('mermaid')).default as unknown as { mermaidAPI: { defaultConfig: Record<string, unknown> } };
    expect([...CONFIG_KEYS].sort()).toEqual([...keyNames(mermaid.mermaidAPI.defaultConfig)].sort());
  });

  it('reads CSS values under any known key, whatever its default, and not under an unknown one', () => {
    expect(configIssue(noPreamble, { flowchart: { curve: { fontFamily: 5 } } })?.message).toMatch(/flowchart\.curve\.fontFamily/);
    expect(configIssue(noPreamble, { fontSize: [{ themeCSS: true }] })?.message).toMatch(/fontSize\[0\]\.themeCSS/);
    expect(configIssue(noPreamble, { flowchart: { curved: { fontFamily: 5 } } })).toBeNull();
    expect(configIssue(noPreamble, { sankey: { nodeColors: { fontFamily: 5, themeVariables: 'a-b' } } })).toBeNull();
    expect(configIssue(noPreamble, { treeView: { filenameIcons: { fontFamily: 5 }, extensionIcons: [{ themeCSS: 1 }] } })).toBeNull();
  });

  it('rejects a text themeVariables holding a character the sanitiser blanks, at any level it walks', () => {
    expect(configIssue(noPreamble, { class: { themeVariables: 'dagre-d3' } })?.message).toMatch(/class\.themeVariables/);
    expect(configIssue(noPreamble, { curve: [{ themeVariables: 'a_b' }] })?.message).toMatch(/curve\[0\]\.themeVariables/);
    expect(configIssue(noPreamble, { class: { themeVariables: 'dagre wrapper' } })).toBeNull();
    expect(configIssue(noPreamble, { bogus: { themeVariables: 'dagre-d3' } })).toBeNull();
  });
});
