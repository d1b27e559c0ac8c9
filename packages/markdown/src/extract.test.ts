import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { extractDiagramsAsync, extractMermaidFile } from './index.js';

const dir = fileURLToPath(new URL('../../../fixtures/markdown/', import.meta.url));
const read = (name: string) => readFileSync(dir + name, 'utf8');

/** 1-based line/column of the first occurrence of `needle` in the file. */
function where(source: string, needle: string): { line: number; column: number } {
  const offset = source.indexOf(needle);
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Where the extracted block says `needle` is in the file. */
function mapped(block: { text: string; origins: { line: number; column: number }[] }, needle: string) {
  const lines = block.text.split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  return { line: block.origins[i]!.line, column: block.origins[i]!.column + lines[i]!.indexOf(needle) };
}

describe('extractDiagrams', () => {
  it('finds the diagrams remark-parse finds, in every container, with exact positions', async () => {
    const source = read('containers.md');
    const { blocks, frontMatter, comments, headings } = await extractDiagramsAsync(source);
    const ids = blocks.map((b) => /(\w+) -->/.exec(b.text)?.[1]);
    // Admonition and tab bodies indented by 4 spaces are indented code to CommonMark (as MkDocs
    // sources are read by remark): not fences, so not diagrams.
    expect(ids).toEqual(['TOP', 'TILDE', 'FOUR', 'LIST', 'NESTED', 'QUOTE', 'DEEP', 'QLIST', 'TABBED']);
    const reference: string[] = [];
    const walk = (node: { type: string; lang?: string; value?: string; children?: unknown[] }) => {
      if (node.type === 'code' && node.lang === 'mermaid') reference.push(node.value!);
      for (const child of (node.children ?? []) as never[]) walk(child);
    };
    walk(unified().use(remarkParse).parse(source) as never);
    expect(blocks.map((b) => b.text)).toEqual(reference);
    for (const [i, id] of ids.entries()) expect(mapped(blocks[i]!, `${id} -->`), id).toEqual(where(source, `${id} -->`));
    expect(blocks[1]!.info).toBe('mermaid title="tilde"');
    expect(frontMatter).toEqual({ title: 'Containers', 'atlas-ids': ['CS-X-L0'] });
    expect(comments.map((c) => c.text.trim())).toEqual(['atlas-lint-disable-next-diagram mermaid/syntax']);
    expect(headings[0]).toMatchObject({ depth: 1, text: 'Top' });
    expect(blocks[0]!.headings).toEqual(['Top']);
    // lineOffsets point at the same characters as origins.
    for (const block of blocks) {
      block.text.split('\n').forEach((line, j) => expect(source.slice(block.lineOffsets[j]!, block.lineOffsets[j]! + line.length)).toBe(line));
    }
  });

  it('keeps positions through CRLF line endings', async () => {
    const source = read('crlf.md');
    const [block] = (await extractDiagramsAsync(source)).blocks;
    expect(mapped(block!, 'CRLF -->')).toEqual(where(source, 'CRLF -->'));
  });

  it('an unclosed fence runs to the end of its container, as CommonMark says', async () => {
    const source = read('unclosed.md');
    const [block] = (await extractDiagramsAsync(source)).blocks;
    expect(block!.text).toContain('UNCLOSED --> B');
    expect(mapped(block!, 'UNCLOSED')).toEqual(where(source, 'UNCLOSED'));
  });

  it('a .mmd file is one diagram', () => {
    const source = read('diagram.mmd');
    const { blocks } = extractMermaidFile(source);
    expect(blocks).toHaveLength(1);
    expect(mapped(blocks[0]!, 'MMD')).toEqual(where(source, 'MMD'));
  });

  it('is total on any input', async () => {
    for (const input of ['', '```mermaid', '\u0000\u0001mermaid', '> '.repeat(200) + '```mermaid\nx', '```mermaid\n'.repeat(50), '\uFEFF# x\n```mermaid\nflowchart LR\n```']) {
      await expect(extractDiagramsAsync(input)).resolves.toBeDefined();
    }
  });
});
