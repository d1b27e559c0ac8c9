// The block scanner against remark-parse: random Markdown documents built from seeded pieces
// (nested lists and quotes at varying indentation, fences of both kinds and lengths, unclosed
// fences, tabs, lazy lines, setext underlines, HTML blocks of every kind, link definitions,
// headings, blank lines), plus CommonMark's own spec examples, each extracted both ways.
// Usage: node packages/markdown/src/dev/block-fuzz.mjs [count=20000] [seed=1]   (after `npx tsc -b packages/markdown`)
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** mulberry32: small, seedable, good enough to spread cases. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

const WORDS = ['Some text', 'see https://example.com/a/b', 'inline ```mermaid``` code', 'a <!-- inline --> b', 'foo\tbar', '  leading space', 'trailing  ', '*emph* and `code`', '[link](http://x.example/z)', '<span>x</span>', '2) two', '3. three', '- dash', '+ plus', '* star', '==', '--', '#notheading', 'mermaid', 'flowchart', '> not quote?', '~~~ tilde', '```', '    four in', 'x ~~~mermaid', '[ref]', '[foo]: /not-def-here'];
const CODE = ['flowchart LR', '  A --> B', '\tC --> D', '', '   ', '```', '~~~', '````', '  ```', '    ```', '``` x', '~~~~~', '> x', '- x', '<!-- in code -->', 'http://in.code.example/x', '\t\tE', ' \tF', 'sequenceDiagram'];
const INFOS = ['mermaid', 'mermaid', 'mermaid', 'mermaid title="t"', ' mermaid', 'mermaid  a   b  ', 'mermaid\t', 'js', '', 'mermaid `x`', 'mer\\maid', 'mermaid&#32;x', '&#109;ermaid', 'mermaid\\_x', 'Mermaid', 'mermaid{.a}', 'python', 'c&amp;x', '&lt;mermaid'];
const ATX = ['# Title', '#Not', '## Sub ##', '# #', '####### seven', '   # three in', '# x \\#', '###   spaced   ###  ', '#', '## *emph* `code`', '# end #no', '#\tTab'];
const HTML = [
  ['<!-- atlas-lint-disable-next-diagram -->'], ['<!--', 'multi', '-->'], ['<!-- a --> tail <!-- b -->'], ['<!-->'], ['<!-- open', '', 'still -->'],
  ['<div>', 'text <!-- in div -->'], ['<div class="x">'], ['</div>'], ['<x>'], ['<a href="x" title=\'y\'>'], ['<b/>'], ['</pre>'], ['<pre/>'],
  ['<script>', 'x <!-- s -->', '</script>'], ['<style>body{}</style>'], ['<textarea>', '', 'x', '</textarea>'], ['<?php echo 1; ?>'], ['<?', 'x', '?>'],
  ['<!DOCTYPE html>'], ['<![CDATA[ x ]]>'], ['<![CDATA[', 'y', ']]>'], ['<table><tr><td>'], ['<search>'], ['<p>', 'para <!-- p -->'], ['<a b c=d>'], ['<a  b="c"d>'], ['<span>text</span>'],
  ['<script type="x">', 'a', 'b </script> after'], ['<!-- a -- b --> text'], ['<?x', '?> y'], ['<DIV>'], ['</ul>'], ['<!x>'],
];
const BREAKS = ['***', '---', '- - -', '_ _ _', ' * * *', '___', '-- -'];
const DEFS = [['[foo]: http://def.example/x'], ['[foo]: <http://x.example> "title"'], ['[bar]:', '  http://y.example \'multi', '  line\''], ['[baz]: /u (t)']];
const SETEXT = ['===', '---', '  ===  ', '=', '-', '= =', '--- -'];
const ITEM_MARKERS = ['- ', '* ', '+ ', '1. ', '2) ', '10. ', '-   ', '-\t', '1.  ', '-     ', '1)\t', '- ', '- ', '1. ', '01. ', '123456789) ', '1234567890. ', '-\t\t', ' -  '];
const QUOTE_PREFIXES = ['> ', '>', ' > ', '>\t', '   > ', '> ', '> '];

function width(text) {
  let col = 0;
  for (const ch of text) col = ch === '\t' ? (col & ~3) + 4 : col + 1;
  return col;
}

function fence(rng) {
  const char = rng.chance(0.7) ? '`' : '~';
  const length = 3 + (rng.chance(0.3) ? rng.int(3) : 0);
  const indent = rng.pick(['', '', '', ' ', '  ', '   ', '\t']);
  const lines = [indent + char.repeat(length) + rng.pick(INFOS)];
  const body = rng.int(5);
  for (let i = 0; i < body; i++) lines.push(rng.pick(CODE));
  if (!rng.chance(0.12)) lines.push(rng.pick(['', '', ' ', '  ', '   ', '    ']) + char.repeat(length + (rng.chance(0.2) ? 1 : 0)) + rng.pick(['', '', '  ', ' x']));
  return lines;
}

function paragraph(rng) {
  const lines = [];
  const count = 1 + rng.int(3);
  for (let i = 0; i < count; i++) lines.push(rng.pick(WORDS));
  return lines;
}

function leaf(rng) {
  switch (rng.int(11)) {
    case 0: case 1: return fence(rng);
    case 2: return paragraph(rng);
    case 3: return [...paragraph(rng), rng.pick(SETEXT)];
    case 4: return [rng.pick(ATX)];
    case 5: return [rng.pick(BREAKS)];
    case 6: return [...rng.pick(HTML)];
    case 7: return rng.chance(0.3) ? [...rng.pick(DEFS)] : [rng.pick(['', '  ', '\t'])];
    case 8: return [rng.pick(['    code http://indented.example/x', '\tcode tab', '     five']), ...(rng.chance(0.5) ? ['', '    more'] : [])];
    default: return [''];
  }
}

function blocks(rng, depth) {
  const out = [];
  const count = 1 + rng.int(depth === 0 ? 6 : 3);
  for (let i = 0; i < count; i++) {
    const r = rng.next();
    if (depth < 3 && r < 0.22) out.push(...list(rng, depth));
    else if (depth < 3 && r < 0.36) out.push(...quote(rng, depth));
    else out.push(...leaf(rng));
    if (rng.chance(0.35)) out.push(rng.pick(['', '', ' ', '\t']));
  }
  return out;
}

function list(rng, depth) {
  const out = [];
  const items = 1 + rng.int(3);
  const indent = rng.pick(['', '', '', ' ', '  ', '   ', '    ']);
  for (let k = 0; k < items; k++) {
    const marker = rng.pick(ITEM_MARKERS);
    const inner = rng.chance(0.08) ? [''] : blocks(rng, depth + 1);
    const w = width(indent + marker);
    inner.forEach((line, i) => {
      if (i === 0) out.push(line === '' ? (indent + marker).trimEnd() : indent + marker + line);
      else if (line.trim() === '') out.push(rng.pick(['', line, ' '.repeat(w)]));
      else {
        const r = rng.next();
        const pad = r < 0.75 ? ' '.repeat(w) : r < 0.82 ? ' '.repeat(w + 1) : r < 0.88 ? ' '.repeat(Math.max(0, w - 1)) : r < 0.94 ? '\t'.repeat(Math.ceil(w / 4)) : '';
        out.push(pad + line);
      }
    });
    if (rng.chance(0.3)) out.push('');
  }
  return out;
}

function quote(rng, depth) {
  const prefix = rng.pick(QUOTE_PREFIXES);
  return blocks(rng, depth + 1).map((line, i) => {
    if (i > 0 && rng.chance(0.08)) return line; // lazy, or the quote's end
    if (line === '' && rng.chance(0.2)) return '';
    return (rng.chance(0.85) ? prefix : rng.pick(QUOTE_PREFIXES)) + line;
  });
}

/** Single lines that meet each other in short documents (dense interactions: lazy lines, interrupts, closings). */
const SHORT_LINES = [
  '```mermaid', '```', '~~~mermaid', '~~~', '  ```', '    ```', '````', '> ```mermaid', '>', '> x', '>> x', '> > ```', '- x', '-', '- ', '1.', '1. x', '2. x', '2)',
  '  x', '   x', '    x', '     x', '\tx', '', ' ', '\t', '===', '---', '- - -', '<x>', '<div>', '<!--', '-->', '<!-- c -->', '[a]: /u', '[a]:', '"t"', 'x', 'A --> B',
  '> - ```mermaid', '- > x', '>     x', '-     x', '  - ```mermaid', '# h', 'x <!-- c -->', '  > x', '>\t```mermaid', '-\t```mermaid', '  -', '   - x', '10. x', '* x',
  '  ```mermaid', '   ~~~', '      x', '> ---', '> ===', '- ===', 'http://x.example/u', '    http://code.example/u',
];

function shortDocument(rng) {
  const lines = [];
  const count = 2 + rng.int(7);
  for (let i = 0; i < count; i++) lines.push(rng.pick(SHORT_LINES));
  return lines;
}

/** One random document for `seed`. */
export function generateDocument(seed) {
  const rng = random(seed);
  let lines = rng.chance(0.3) ? shortDocument(rng) : blocks(rng, 0);
  if (rng.chance(0.1)) lines = ['---', 'title: x', '---', ...lines];
  let text = lines.join(rng.chance(0.08) ? '\r\n' : '\n');
  if (rng.chance(0.5)) text += '\n';
  if (!text.includes('mermaid')) text += '\n\n```mermaid\nflowchart LR\n```\n';
  return rng.chance(0.03) ? `\uFEFF${text}` : text;
}

/** 'same', 'fallback' (the scanner gave up) or the first difference between the two routes. */
export function compare(source, extractWith) {
  const scanned = extractWith(source, 'scanner');
  if (!scanned) return 'fallback';
  const a = JSON.stringify(scanned);
  const b = JSON.stringify(extractWith(source, 'remark'));
  if (a === b) return 'same';
  let i = 0;
  while (a[i] === b[i]) i++;
  return `scanner …${a.slice(Math.max(0, i - 80), i + 80)}…\n   remark …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

/** The disagreeing document cut down line by line while it still disagrees (for reading). */
export function minimize(source, extractWith) {
  const differs = (text) => !['same', 'fallback'].includes(compare(text.includes('mermaid') ? text : `${text}\nmermaid`, extractWith));
  const ending = source.includes('\r\n') ? '\r\n' : '\n';
  let lines = source.split(ending);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < lines.length; i++) {
      const fewer = [...lines.slice(0, i), ...lines.slice(i + 1)];
      if (differs(fewer.join(ending))) {
        lines = fewer;
        changed = true;
        i--;
      }
    }
  }
  return lines.join(ending);
}

/** Runs `count` documents from `seed` on; returns the tallies and the first disagreements. */
export function fuzz(extractWith, count, seed = 1, gaveUp = { reason: '' }) {
  const tally = { same: 0, fallback: 0, differ: 0, first: [], reasons: new Map() };
  for (let s = seed; s < seed + count; s++) {
    const source = generateDocument(s);
    const verdict = compare(source, extractWith);
    if (verdict === 'same') tally.same++;
    else if (verdict === 'fallback') {
      tally.fallback++;
      tally.reasons.set(gaveUp.reason, (tally.reasons.get(gaveUp.reason) ?? 0) + 1);
    } else {
      tally.differ++;
      if (tally.first.length < 5) tally.first.push({ seed: s, source: minimize(source, extractWith), verdict });
    }
  }
  return tally;
}

/** CommonMark's spec examples that hold a fence, from the spec mirror (never committed here). */
export function specExamples(specPath) {
  const text = readFileSync(specPath, 'utf8');
  const examples = [];
  const fenceLine = '`'.repeat(32);
  const re = new RegExp(`^${fenceLine} example\\n([\\s\\S]*?)^\\.\\n`, 'gm');
  for (const match of text.matchAll(re)) {
    const markdown = match[1].replace(/→/g, '\t');
    if (/```|~~~/.test(markdown)) examples.push(markdown);
  }
  return examples;
}

/** Each spec example twice: as it is (with "mermaid" added so extraction runs), and with its fences made mermaid fences (found by remark). */
export function specCases(examples, parse) {
  const cases = [];
  for (const markdown of examples) {
    cases.push(`${markdown}\nmermaid\n`);
    const inserts = [];
    const visit = (node) => {
      if (node.type === 'code' && /^(`{3,}|~{3,})/.test(markdown.slice(node.position.start.offset))) {
        const run = /^(`{3,}|~{3,})/.exec(markdown.slice(node.position.start.offset))[1];
        inserts.push(node.position.start.offset + run.length);
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(parse(markdown));
    let mermaid = markdown;
    for (const at of inserts.sort((x, y) => y - x)) mermaid = `${mermaid.slice(0, at)}mermaid ${mermaid.slice(at)}`;
    if (inserts.length > 0) cases.push(mermaid);
  }
  return cases;
}

async function main() {
  const count = Number(process.argv[2] ?? 20000);
  const seed = Number(process.argv[3] ?? 1);
  const dist = new URL('../../dist/extract.js', import.meta.url);
  const { extractWith, loadMarkdownParser } = await import(dist.href);
  const { scanGaveUp } = await import(new URL('../../dist/fast-scan.js', import.meta.url).href);
  await loadMarkdownParser();
  const t0 = performance.now();
  const tally = fuzz(extractWith, count, seed, scanGaveUp);
  const checked = tally.same + tally.differ;
  console.log(`fuzz: ${tally.same}/${checked} documents agree (${((100 * tally.same) / Math.max(1, checked)).toFixed(2)} %), ${tally.fallback} of ${count} left to remark by the scanner (${(performance.now() - t0).toFixed(0)} ms)`);
  for (const [reason, n] of tally.reasons) console.log(`  left to remark: ${n} × ${reason}`);
  for (const { seed: s, source } of tally.first) console.log(`--- seed ${s}, cut down to\n${JSON.stringify(source)}\n   ${compare(source.includes('mermaid') ? source : `${source}\nmermaid`, extractWith)}`);

  const mirror = '/work/.mirror/commonmark+commonmark-spec/repo';
  let spec = process.env.COMMONMARK_SPEC;
  if (!spec && existsSync(mirror)) {
    spec = join(tmpdir(), 'commonmark-spec.txt');
    execFileSync('sh', ['-c', `git --git-dir=${mirror} show HEAD:spec.txt > ${spec}`]);
  }
  if (!spec) {
    console.log('spec examples: skipped (set COMMONMARK_SPEC to a spec.txt)');
  } else {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const processor = unified().use(remarkParse);
    const cases = specCases(specExamples(spec), (md) => processor.parse(md));
    let same = 0;
    let fallback = 0;
    const differ = [];
    for (const source of cases) {
      const verdict = compare(source, extractWith);
      if (verdict === 'same') same++;
      else if (verdict === 'fallback') fallback++;
      else differ.push({ source, verdict });
    }
    console.log(`spec examples with fences: ${same}/${same + differ.length} cases agree, ${fallback} left to remark`);
    for (const { source, verdict } of differ.slice(0, 5)) console.log(`--- ${JSON.stringify(source)}\n   ${verdict}`);
  }
  if (tally.differ > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
