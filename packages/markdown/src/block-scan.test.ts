import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { extractWith, loadMarkdownParser } from './extract.js';
import { scanMarkdown } from './fast-scan.js';
// @ts-expect-error: a plain ES module without types (a dev tool, run by node as well)
import { compare, fuzz, specCases, specExamples } from './dev/block-fuzz.mjs';

beforeAll(() => loadMarkdownParser());

/** The scanner's extraction, after checking it equals remark-parse's for the same source. */
function scanned(source: string) {
  const ours = extractWith(source, 'scanner');
  expect(ours, 'the scanner gave up').not.toBeNull();
  expect(ours).toEqual(extractWith(source, 'remark'));
  return ours!;
}

/** 1-based line/column of the first occurrence of `needle`. */
function where(source: string, needle: string) {
  const before = source.slice(0, source.indexOf(needle)).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Where the block's origins put `needle` (which must be in its text). */
function mapped(block: { text: string; origins: { line: number; column: number }[] }, needle: string) {
  const lines = block.text.split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  return { line: block.origins[i]!.line, column: block.origins[i]!.column + lines[i]!.indexOf(needle) };
}

const md = (...lines: string[]) => lines.join('\n');

describe('block scanner: containers', () => {
  it('a fence indented 4 spaces in a numbered item is a fence, its indentation removed', () => {
    const source = md('1. Step one', '', '    ```mermaid', '    flowchart LR', '      ITEM --> B', '    ```', '', '2. Step two');
    const { blocks } = scanned(source);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.text).toBe('flowchart LR\n  ITEM --> B');
    expect(mapped(blocks[0]!, 'ITEM')).toEqual(where(source, 'ITEM'));
    expect(blocks[0]!.fence).toEqual({ start: { line: 3, column: 5 }, end: { line: 6, column: 8 } });
  });

  it('a list item may start with a fence; ordered items with ")" too', () => {
    const source = md('- ```mermaid', '  A --> B', '  ```', '3) ~~~~mermaid title="x"', '   C --> D', '   ~~~~');
    const { blocks } = scanned(source);
    expect(blocks.map((b) => b.text)).toEqual(['A --> B', 'C --> D']);
    expect(blocks[1]!.info).toBe('mermaid title="x"');
    expect(mapped(blocks[1]!, 'C -->')).toEqual(where(source, 'C -->'));
  });

  it('block quotes, lists in quotes and quotes in lists keep each line’s position', () => {
    const source = md('> - item', '>   ```mermaid', '>   QL --> B', '>   ```', '', '- > ```mermaid', '  > LQ --> B', '  > ```', '', '> > ```mermaid', '> >   DEEP', '> > ```');
    const { blocks } = scanned(source);
    for (const [i, id] of ['QL', 'LQ', 'DEEP'].entries()) expect(mapped(blocks[i]!, id), id).toEqual(where(source, id));
  });

  it('an unclosed fence runs to the end of its container', () => {
    const source = md('- ```mermaid', '  OPEN --> B', '', 'after the list');
    const [block] = scanned(source).blocks;
    expect(block!.text).toBe('OPEN --> B');
    // The blank line still belongs to the item.
    expect(block!.fence.end).toEqual({ line: 3, column: 1 });
    expect(scanned(md('> ```mermaid', '> X', '', 'after')).blocks[0]!.fence.end).toEqual({ line: 2, column: 4 });
    // A new container on the next line: remark ends the block at that line's start.
    expect(scanned(md('> ```mermaid', '> X', '- item')).blocks[0]!.fence.end).toEqual({ line: 3, column: 1 });
    expect(scanned(md('```mermaid', 'EOF', '')).blocks[0]!.text).toBe('EOF');
  });

  it('lazy continuation lines continue a paragraph, not a fence', () => {
    const source = md('> quoted text', 'lazy line ```mermaid', '> ```mermaid', '> LAZY', '> ```');
    const { blocks } = scanned(source);
    expect(blocks).toHaveLength(1);
    expect(mapped(blocks[0]!, 'LAZY')).toEqual(where(source, 'LAZY'));
  });

  it('tabs: a tab partly taken by a container prefix becomes spaces', () => {
    const [block] = scanned(md('> ```mermaid', '>\t\tTAB --> B', '> ```')).blocks;
    expect(block!.text).toBe('  \tTAB --> B');
    // The fence's own indentation (here the rest of that tab) is removed from its lines.
    expect(scanned(md('>\t```mermaid', '>\t\tTAB --> B', '>\t```')).blocks[0]!.text).toBe('\tTAB --> B');
  });
});

describe('block scanner: interrupts and leaves', () => {
  it('an ordered list interrupts a paragraph only from 1, an empty item never', () => {
    expect(scanned(md('text', '2. ```mermaid', 'A', '```')).blocks).toHaveLength(0);
    expect(scanned(md('text', '1. ```mermaid', '   A', '   ```')).blocks).toHaveLength(1);
    expect(scanned(md('text', '-', '```mermaid', 'A', '```')).headings).toEqual([{ depth: 2, text: 'text', line: 1 }]);
  });

  it('after indented code, as in remark, a list cannot start from 2 either', () => {
    const { headings } = scanned(md('    code', '2. not a list', '===', '', '```mermaid', '```'));
    expect(headings).toEqual([{ depth: 1, text: '2. not a list', line: 2 }]);
  });

  it('indented code is code: no diagram, and its URLs are not links', () => {
    const { blocks, links } = scanned(md('    ```mermaid', '    A --> B', '    ```', '', 'see https://example.com/x', '', '    https://in.code.example/'));
    expect(blocks).toHaveLength(0);
    expect(links.map((l) => l.url)).toEqual(['https://example.com/x']);
  });

  it('HTML blocks: a block tag swallows lines to the blank one; comments are read from HTML blocks only', () => {
    expect(scanned(md('<div>', '```mermaid', 'A', '```', '</div>')).blocks).toHaveLength(0);
    const source = md('<!-- atlas-lint-disable-next-diagram -->', 'text <!-- inline, not a block -->', '', '<details>', '<!-- in details -->', '', '```mermaid', 'A', '```');
    const { blocks, comments } = scanned(source);
    expect(blocks).toHaveLength(1);
    expect(comments.map((c) => c.text.trim())).toEqual(['atlas-lint-disable-next-diagram', 'in details']);
    expect(comments[1]!.start).toEqual(where(source, '<!-- in details'));
    for (const kind of ['<script>', '<?php', '<!DOCTYPE x', '<![CDATA[', '<x-y a="1">']) {
      expect(scanned(md(kind, '```mermaid', 'A', '```')).blocks, kind).toHaveLength(0);
    }
  });

  it('setext and ATX headings, a thematic break, link definitions before a setext heading', () => {
    const source = md('Title', '=====', '', '## Sub ##', '', '***', '', '[ref]: https://example.com', 'Under defs', '---', '', '```mermaid', 'A', '```');
    const { blocks, headings } = scanned(source);
    expect(headings).toEqual([
      { depth: 1, text: 'Title', line: 1 },
      { depth: 2, text: 'Sub', line: 4 },
      { depth: 2, text: 'Under defs', line: 8 },
    ]);
    expect(blocks[0]!.headings).toEqual(['Title', 'Under defs']);
  });

  it('CRLF line endings stay in the text, positions exact', () => {
    const source = '> ```mermaid\r\n> CR --> B\r\n> ```\r\n';
    const [block] = scanned(source).blocks;
    expect(block!.text).toBe('CR --> B');
    expect(mapped(block!, 'CR')).toEqual(where(source, 'CR'));
  });

  it('a byte-order mark is not in the text, and positions stay in the file', () => {
    const source = '\uFEFF```mermaid\nBOM --> B\n```\n# Title <!-- x -->\n<!-- c -->';
    const { blocks, headings, comments } = scanned(source);
    expect(blocks[0]!.fence.start).toEqual({ line: 1, column: 2 });
    expect(source.slice(blocks[0]!.lineOffsets[0]!)).toMatch(/^BOM/);
    expect(headings).toEqual([{ depth: 1, text: 'Title <!-- x -->', line: 4 }]);
    expect(comments.map((c) => c.start)).toEqual([{ line: 5, column: 1 }]);
  });

  it('gives up only on what it names', () => {
    expect(scanMarkdown('```mermaid t&auml;\nx\n```')).toBeNull();
    expect(scanMarkdown('```mer&auml;id\nx\n```')).not.toBeNull();
    expect(scanMarkdown('a\rb')).toBeNull();
    expect(scanMarkdown('- '.repeat(100) + 'x')).toBeNull();
    expect(scanMarkdown('```mermaid&#32;x\nx\n```')).not.toBeNull();
  });
});

describe('block scanner against remark-parse', () => {
  it('agrees on 300 random documents', () => {
    const tally = fuzz(extractWith, 300, 7);
    expect(tally.first.map((f: { source: string }) => f.source)).toEqual([]);
    expect(tally.same + tally.fallback).toBe(300);
  }, 60_000);

  const spec = process.env.COMMONMARK_SPEC;
  it.skipIf(!spec || !existsSync(spec))('agrees on the CommonMark spec examples with fences', async () => {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const processor = unified().use(remarkParse);
    const cases: string[] = specCases(specExamples(spec!), (text: string) => processor.parse(text));
    expect(cases.filter((source) => !['same', 'fallback'].includes(compare(source, extractWith)))).toEqual([]);
  });
});
